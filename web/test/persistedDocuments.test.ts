// The web's urql client (persistedDocuments.ts) against a real API process, with GRAPHQL_PERSISTED_DOCUMENTS on and
// off: each page's operation returns its data either way, sent by hash; an API without the manifest gets the
// manifest's own text, once per hash.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client, fetchExchange } from '@urql/core';
import type { DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogPageDocument, IndicatorDefinitionDocument, MeDocument } from '../src/gql/graphql';
import manifest from '../src/gql/persisted-documents.json';
import { fetchWithManifestText, persistedDocumentsExchange } from '../src/lib/persistedDocuments';

const ROOT = join(import.meta.dirname, '..', '..');
const documents: Record<string, string | undefined> = manifest;

/**
 * The pages' operations with variables, and one field of their answer to check: those an anonymous reader may run (this
 * API has no accounts), with and without variables.
 */
const OPERATIONS: [name: string, document: DocumentNode, variables: Record<string, unknown>, expected: unknown][] = [
  ['CatalogPage', CatalogPageDocument, {}, { sectors: expect.arrayContaining([expect.any(Object)]) }],
  [
    'IndicatorDefinition',
    IndicatorDefinitionDocument,
    { code: 'TOU_VISITORS' },
    { indicator: { name: 'Tổng lượt khách du lịch' } },
  ],
  ['Me', MeDocument, {}, { me: null }],
];

const hashOf = (document: DocumentNode) => (document as { __meta__?: { hash?: string } }).__meta__?.hash ?? '';

/** `node api/src/main.ts` on an empty in-memory database and a free port; resolves once it serves. */
async function startApi(env: Record<string, string>): Promise<{ url: string; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, DATABASE_URL: ':memory:', API_PORT: '0', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const port = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API did not start in 30 s:\n${output}`)), 30_000);
    child.stdout?.on('data', () => {
      const started = /GraphQL API on http:\/\/localhost:(\d+)\//.exec(output);
      if (started?.[1]) {
        clearTimeout(timer);
        resolve(started[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API exited with ${code}:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

interface Sent {
  hash?: string;
  query?: string;
}

/** The web's client as urql.ts builds it, recording what each request it makes carries to the API. */
function webClient(url: string) {
  const sent: Sent[] = [];
  const client = new Client({
    url,
    exchanges: [persistedDocumentsExchange, fetchExchange],
    fetch: fetchWithManifestText,
    preferGetMethod: false,
    requestPolicy: 'network-only',
  });
  return {
    sent,
    async run(document: DocumentNode, variables: Record<string, unknown>) {
      // fetchWithManifestText calls the global fetch: a pass-through there sees the very body the API reads.
      const realFetch = globalThis.fetch;
      globalThis.fetch = (input, init) => {
        const body = JSON.parse(String(init?.body)) as {
          query?: string;
          extensions?: { persistedQuery?: { sha256Hash?: string } };
        };
        sent.push({ hash: body.extensions?.persistedQuery?.sha256Hash, query: body.query });
        return realFetch(input, init);
      };
      try {
        return await client.query(document, variables).toPromise();
      } finally {
        globalThis.fetch = realFetch;
      }
    },
  };
}

describe.each([
  ['on', true],
  ['off', false],
])('with GRAPHQL_PERSISTED_DOCUMENTS %s', (_, on) => {
  let api: Awaited<ReturnType<typeof startApi>>;
  beforeAll(async () => {
    const manifestFile = join(ROOT, 'web', 'src', 'gql', 'persisted-documents.json');
    api = await startApi(on ? { GRAPHQL_PERSISTED_DOCUMENTS: manifestFile } : {});
  }, 30_000);
  afterAll(async () => {
    await api?.stop();
  });

  it.each(OPERATIONS)('the web runs %s by its hash', async (_name, document, variables, expected) => {
    const hash = hashOf(document);
    const text = documents[hash];
    expect(text).toBeDefined();
    const first = webClient(api.url);
    const result = await first.run(document, variables);
    expect(result.error).toBeUndefined();
    expect(result.data).toMatchObject(expected as object);
    // On: the hash alone. Off: the hash, then (PersistedQueryNotFound) the hash with the manifest's text.
    expect(first.sent).toEqual(on ? [{ hash }] : [{ hash }, { hash, query: text }]);
    // Either way the API now knows the hash: the next page view sends it alone, once.
    const next = webClient(api.url);
    expect((await next.run(document, variables)).error).toBeUndefined();
    expect(next.sent).toEqual([{ hash }]);
  });
});
