// Mutation.checkCatalogFile: a proposed catalog file checked against the rest of the served catalog, with the same
// located problems as `npm run catalog -- check`; nothing is written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CATALOG_DIR } from '@ioc/schema/catalogDir';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadServedCatalog } from '../src/servedCatalog';
import { type InProcessApi, openInProcessApi, testActor } from './authorization/inProcess';

const maintainer = testActor('CATALOG_MAINTAINER', 5);
const CHECK = `mutation($path: String!, $text: String!) {
  checkCatalogFile(path: $path, text: $text) { path line column message }
}`;
const health = readFileSync(join(DEFAULT_CATALOG_DIR, '16-health.yaml'), 'utf8');

let api: InProcessApi;
beforeAll(async () => {
  api = await openInProcessApi(loadServedCatalog());
});
afterAll(() => api?.close());

async function check(path: string, text: string) {
  const result = await api.run(maintainer, CHECK, { path, text });
  expect(result.errors).toBeUndefined();
  return (result.data as { checkCatalogFile: unknown[] }).checkCatalogFile;
}

describe('Mutation.checkCatalogFile', () => {
  it('finds nothing wrong with a file as shipped', async () => {
    expect(await check('schema/catalog/16-health.yaml', health)).toEqual([]);
  });

  it('locates a misspelt field in the proposed file', async () => {
    const text = health.replace('    frequency:', '    frequncy:');
    const problems = await check('16-health.yaml', text);
    const line = text.split('\n').findIndex((l) => l.includes('frequncy:')) + 1;
    expect(problems).toContainEqual({
      path: '16-health.yaml',
      line,
      column: 5,
      message: 'indicators[0].frequncy: unknown field; did you mean "frequency"?',
    });
  });

  it('checks a new file against the rest: an indicator code already defined elsewhere', async () => {
    const problems = (await check('99-new.yaml', health.replace(/code: health\b/, 'code: healthTwo'))) as Array<{
      path: string;
      message: string;
    }>;
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: '99-new.yaml',
        line: 8,
        message: 'duplicate indicator code "HEA_BEDS": first defined at 16-health.yaml:8:5',
      }),
    );
  });

  it('refuses a path that is not a catalog file name', async () => {
    const result = await api.run(maintainer, CHECK, { path: '../../etc/passwd', text: 'x' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'path' });
  });
});
