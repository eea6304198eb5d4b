// The fixture matrix of broken catalogs: each fixture's `# expect:` lines are the exact problems it must produce.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCatalog, loadCatalog } from '../src/catalog';
import { loadCatalogFile } from '../src/loader';
import { formatProblem } from '../src/problem';

const dir = join(import.meta.dirname, 'fixtures', 'broken');

function expected(files: string[]): string[] {
  return files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('# expect: '))
      .map((l) => l.slice('# expect: '.length)),
  );
}

const fixtures = readdirSync(dir).sort();

describe('broken catalogs', () => {
  it('has a matrix of at least 25 fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
  });

  it.each(fixtures)('%s', (name) => {
    const path = join(dir, name);
    const files = statSync(path).isDirectory()
      ? readdirSync(path)
          .sort()
          .map((f) => join(path, f))
      : [path];
    const result = statSync(path).isDirectory()
      ? loadCatalog(path)
      : (() => {
          const loaded = loadCatalogFile(path);
          return compileCatalog(loaded.file ? [loaded.file] : [], loaded.problems);
        })();
    expect(result.ok).toBe(false);
    const base = statSync(path).isDirectory() ? path : dir;
    const shown = result.problems.map((p) =>
      formatProblem({ ...p, file: relative(base, p.file) }).replaceAll(`${base}/`, ''),
    );
    const want = expected(files);
    expect(want.length).toBeGreaterThan(0);
    expect(shown).toEqual(want);
  });
});
