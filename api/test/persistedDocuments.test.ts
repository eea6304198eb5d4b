// GRAPHQL_PERSISTED_DOCUMENTS against the real server and the web's committed manifest: every document of it runs by
// hash alone; anything else is refused with HTTP 400 and one message; a missing or malformed manifest stops the
// start; without the variable, free-form queries and the web's hash-then-text exchange both run.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explain } from '../src/alerts/explain';
import { issueDirective } from '../src/alerts/issueDirective';
import type { Actor, Role } from '../src/auth/actor';
import { openDatabase } from '../src/db/database';
import { LiveData } from '../src/live/liveData';
import { loadServedCatalog } from '../src/servedCatalog';
import { startApiServer } from '../src/server';
import { insertAlertChange, insertOpenAlerts } from '../src/store/alerts';
import { createCamera } from '../src/store/cameras';
import { UnitDirectory } from '../src/units/unitDirectory';
import { createAccount, signedInWebSocket, signIn, signInServer, TEST_PASSWORD } from './accounts';
import {
  defaultTokenFor,
  type GraphQLErrorBody,
  type GraphQLResult,
  onlyError,
  postGraphQL,
  queryData,
} from './graphqlClient';

const ROOT = join(import.meta.dirname, '..', '..');
const MANIFEST = join(ROOT, 'web', 'src', 'gql', 'persisted-documents.json');
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
const catalog = loadServedCatalog();

/** Variables for each operation of the web, by name: a new operation in the manifest needs its line here. */
const VARIABLES: Record<string, Record<string, unknown>> = {
  CatalogPage: {},
  UnitHeader: { code: '68', period: '2025-06' },
  UnitTilesLatest: { code: '68', asOf: '2025-06-30', sector: 'TOURISM' },
  ValueExplanation: { unit: '68', indicator: 'TOU_VISITORS', period: '2025-06' },
  UnitTilesOverPeriod: { code: '68', period: '2025-06', sector: 'TOURISM' },
  UnitChildrenLatest: { code: '68', asOf: '2025-06-30', indicators: ['TOU_VISITORS'], withValues: true },
  UnitChildrenOverPeriod: { code: '68', period: '2025-06', indicators: ['TOU_VISITORS'], withValues: true },
  IndicatorHeader: { code: 'TOU_VISITORS', province: '68' },
  IndicatorDefinition: { code: 'TOU_VISITORS' },
  IndicatorSeries: { code: 'TOU_VISITORS', unit: '68', from: '2025-01', to: '2025-06' },
  IndicatorProjection: { code: 'TOU_VISITORS', unit: '68', period: '2025-06' },
  IndicatorRanking: { code: 'TOU_VISITORS', level: 'COMMUNE', period: '2025-06' },
  LiveValue: { code: '68', indicator: 'TOU_VISITORS', period: '2025-06' },
  LiveLatestValue: { code: '68', indicator: 'TOU_VISITORS' },
  LiveValuesChanged: { unit: '68' },
  LiveAlertActivity: {},
  Me: {},
  NavAlertCount: { state: 'OPEN' },
  UnitAlertCounts: { code: '68' },
  AlertsInbox: { first: 10 },
  AuditLog: { first: 5 },
  ReportValues: { code: '68', period: '2025-06' },
  ReportSeries: { code: '68', period: '2025-06', indicators: ['TOU_VISITORS'], count: 12 },
  ReportAlerts: { unit: '68', period: '2025-06' },
  UnitCameras: { code: '24781' },
};

/**
 * The operations that need a state or a role of their own: what to make first (a fresh alert, a directive in the
 * state the step needs, an account) and who runs them. The workflow steps go through the domain functions.
 */
type Prepared = { variables: Record<string, unknown>; token?: string };
const PREPARE: Record<string, (api: PersistedApi) => Promise<Prepared>> = {
  Login: async (api) => {
    const user = await createAccount(api.data.db, 'ANALYST', { password: TEST_PASSWORD });
    return { variables: { username: user.username, password: TEST_PASSWORD } };
  },
  Logout: async (api) => ({ variables: {}, token: await signIn(api.url, 'ANALYST') }),
  AuditLog: async (api) => ({ variables: VARIABLES.AuditLog ?? {}, token: await signIn(api.url, 'ADMIN') }),
  AlertPage: async (api) => ({ variables: { id: String(await newAlert(api)) } }),
  IssueDirective: async (api) => ({
    variables: { alert: String(await newAlert(api)), message: 'Báo cáo lý do', deadline: '2099-12-31' },
    token: await signIn(api.url, 'LEADER'),
  }),
  Explain: async (api) => ({
    variables: {
      directive: String(await directiveIn(api, 'AWAITING_EXPLANATION')),
      explanation: 'Lý do',
      remedyPlan: 'Kế hoạch',
    },
    token: await signIn(api.url, 'OFFICER', { unit: '68' }),
  }),
  AcceptExplanation: async (api) => ({
    variables: { directive: String(await directiveIn(api, 'EXPLAINED')) },
    token: await signIn(api.url, 'LEADER'),
  }),
  ReturnExplanation: async (api) => ({
    variables: { directive: String(await directiveIn(api, 'EXPLAINED')), comment: 'Chưa rõ' },
    token: await signIn(api.url, 'LEADER'),
  }),
  CameraMedia: async (api) => ({ variables: { id: await newCamera(api) } }),
  CameraRegistry: async (api) => ({ variables: {}, token: await signIn(api.url, 'ADMIN') }),
  CreateCamera: async (api) => ({
    variables: { input: { ...CAMERA, kind: 'SNAPSHOT' } },
    token: await signIn(api.url, 'ADMIN'),
  }),
  UpdateCamera: async (api) => ({
    variables: { id: await newCamera(api), input: { active: false } },
    token: await signIn(api.url, 'ADMIN'),
  }),
  DeleteCamera: async (api) => ({ variables: { id: await newCamera(api) }, token: await signIn(api.url, 'ADMIN') }),
};

const CAMERA = { unit: '24781', name: 'Chợ Đà Lạt', location: 'Khu Hòa Bình', url: 'https://cam.example.vn/f.jpg' };

/** A camera in the registry, registered by the command line. */
async function newCamera(api: PersistedApi): Promise<string> {
  const input = { ...CAMERA, kind: 'SNAPSHOT' as const };
  const camera = await createCamera({
    em: api.data.db.em(),
    units: new UnitDirectory(),
    input,
    by: { id: null, username: 'test' },
  });
  return String(camera.id);
}

interface PersistedApi {
  url: string;
  data: LiveData;
}

let alertSerial = 0;

/** A new open alert of a commune, each at a month of its own. */
async function newAlert(api: PersistedApi): Promise<number> {
  const k = ++alertSerial;
  const key = {
    indicator: 'TOU_VISITORS',
    unit: '24781',
    period: `${2026 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`,
  };
  const knex = api.data.db.em().getKnex();
  const [alert] = await insertOpenAlerts(
    knex,
    [{ ...key, status: 'NOT_ACHIEVED', value: 1, target: '≥ 2' }],
    new Date(),
  );
  await insertAlertChange(knex, key, new Date());
  await api.data.refresh();
  if (!alert) throw new Error('no alert inserted');
  return alert.id;
}

async function actorOf(api: PersistedApi, role: Role, unit?: string): Promise<Actor> {
  const user = await createAccount(api.data.db, role, { unit });
  return { ...user, userId: user.id, credential: { kind: 'token', id: 0 } };
}

/** A directive on a new alert, issued by a leader and, if asked, explained by an officer of the province. */
async function directiveIn(api: PersistedApi, state: 'AWAITING_EXPLANATION' | 'EXPLAINED'): Promise<number> {
  const alertId = await newAlert(api);
  const leader = await actorOf(api, 'LEADER');
  const directive = await issueDirective({
    data: api.data,
    actor: leader,
    alertId,
    message: 'Báo cáo',
    deadline: '2099-12-31',
  });
  if (state === 'EXPLAINED') {
    const officer = await actorOf(api, 'OFFICER', '68');
    await explain({
      data: api.data,
      actor: officer,
      directiveId: directive.id,
      explanation: 'Lý do',
      remedyPlan: 'Kế hoạch',
    });
  }
  return directive.id;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const operationName = (document: string) => /(?:^|\s)(?:query|mutation|subscription)\s+(\w+)/.exec(document)?.[1] ?? '';
const isSubscription = (document: string) => /(?:^|\s)subscription\s/.test(document);

/** The hash and text of the web operation of this name. */
function documentNamed(name: string): [hash: string, document: string] {
  const entry = Object.entries(manifest).find(([, document]) => operationName(document) === name);
  if (!entry) throw new Error(`no ${name} in ${MANIFEST}`);
  return entry;
}

const NOT_ALLOWED = 'this server only accepts the persisted documents of its manifest: ';

/** Posts a body as a GraphQL client would, extensions included. */
async function post(
  url: string,
  body: Record<string, unknown>,
  token = defaultTokenFor(url),
): Promise<GraphQLResult<Record<string, unknown>>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const parsed = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: GraphQLErrorBody[] };
  return { status: response.status, text, data: parsed.data, errors: parsed.errors };
}

const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

/** Starts the API on an empty in-memory database with these environment variables, restored afterwards. */
async function startWith(env: Record<string, string | undefined>) {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  const set = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  set(env);
  const db = await openDatabase(':memory:');
  try {
    const data = await LiveData.open({ db, catalog, units: new UnitDirectory() });
    const server = await startApiServer({ data, port: 0, host: '127.0.0.1' });
    await signInServer(server.url, db);
    return {
      url: server.url,
      data,
      close: async () => {
        await server.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  } finally {
    set(saved);
  }
}

describe('production with GRAPHQL_PERSISTED_DOCUMENTS naming the web manifest', () => {
  let api: Awaited<ReturnType<typeof startWith>>;
  let url: string;
  beforeAll(async () => {
    api = await startWith({ NODE_ENV: 'production', GRAPHQL_PERSISTED_DOCUMENTS: MANIFEST });
    url = api.url;
  }, 30_000);
  afterAll(async () => {
    await api?.close();
  });

  it('holds the web operations', () => {
    const described = new Set([...Object.keys(VARIABLES), ...Object.keys(PREPARE)]);
    expect(Object.values(manifest).map(operationName).sort()).toEqual([...described].sort());
  });

  it.each(
    Object.entries(manifest)
      .filter(([, document]) => !isSubscription(document))
      .map(([hash, document]) => [operationName(document), hash]),
  )('runs %s by its hash alone', async (name, hash) => {
    const prepared = (await PREPARE[name]?.(api)) ?? { variables: VARIABLES[name] ?? {} };
    const result = await post(url, { variables: prepared.variables, extensions: persisted(hash) }, prepared.token);
    expect(result.errors, result.text).toBeUndefined();
    expect(result.status).toBe(200);
    const fields = Object.values(result.data ?? {});
    expect(fields.length).toBeGreaterThan(0);
    for (const value of fields) expect(value).not.toBeNull();
  });

  it('returns what the pages show: the 24 sectors, and the province before the 2025 reform with its districts', async () => {
    const catalogPage = await post(url, { extensions: persisted(documentNamed('CatalogPage')[0]) });
    expect(catalogPage.data?.sectors).toHaveLength(24);
    const unitPage = await post(url, {
      variables: VARIABLES.UnitHeader,
      extensions: persisted(documentNamed('UnitHeader')[0]),
    });
    const province = unitPage.data?.unit as { fullName: string; children: unknown[] } | undefined;
    expect(province?.fullName).toBe('Tỉnh Lâm Đồng');
    expect(province?.children).toHaveLength(10);
  });

  it('runs a document sent with its hash and its exact text, or as its exact text alone', async () => {
    const [hash, document] = documentNamed('CatalogPage');
    const both = await post(url, { query: document, extensions: persisted(hash) });
    expect(both.errors, both.text).toBeUndefined();
    expect(both.status).toBe(200);
    const textAlone = await queryData<{ sectors: unknown[] }>(url, document);
    expect(textAlone.sectors).toHaveLength(24);
  });

  it('refuses a free-form query with HTTP 400', async () => {
    const result = await postGraphQL(url, '{ unit(code: "68") { fullName } }');
    expect(result.status).toBe(400);
    const error = onlyError(result);
    expect(error.message).toBe(
      `${NOT_ALLOWED}send the sha256 hash of one in extensions.persistedQuery instead of a query of your own`,
    );
    expect(error.extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    expect(result.data).toBeUndefined();
  });

  it('refuses a free-form query before parsing it: a syntax error gets the same answer', async () => {
    const result = await postGraphQL(url, '{ unit(code: "68") { fullName ');
    expect(result.status).toBe(400);
    expect(onlyError(result).extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  });

  it('refuses introspection, a free-form query like any other', async () => {
    const result = await postGraphQL(url, '{ __schema { types { name } } }');
    expect(result.status).toBe(400);
    expect(onlyError(result).extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  });

  it('refuses a hash that is not in the manifest, alone or with its text', async () => {
    const query = '{ unit(code: "68") { fullName } }';
    for (const body of [{ extensions: persisted(sha256(query)) }, { query, extensions: persisted(sha256(query)) }]) {
      const result = await post(url, body);
      expect(result.status).toBe(400);
      const error = onlyError(result);
      expect(error.message).toBe(`${NOT_ALLOWED}the hash in extensions.persistedQuery names none of them`);
      expect(error.extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    }
  });

  it('refuses a query of its own sent under the hash of a manifest document', async () => {
    const [hash] = documentNamed('CatalogPage');
    const result = await post(url, { query: '{ units { code } }', extensions: persisted(hash) });
    expect(result.status).toBe(400);
    expect(onlyError(result).message).toBe(
      `${NOT_ALLOWED}the query sent is not the text of the document its hash names; send the hash alone`,
    );
  });

  it('runs the web subscription of the manifest over the WebSocket, by its exact text', async () => {
    const [, document] = documentNamed('LiveValuesChanged');
    const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: signedInWebSocket(url), lazy: true });
    try {
      const event = new Promise<unknown>((resolve, reject) => {
        client.subscribe(
          { query: document, variables: VARIABLES.LiveValuesChanged },
          { next: resolve, error: reject, complete: () => reject(new Error('completed without an event')) },
        );
      });
      // Once the subscription is set up (a listener joined), a write reaches it.
      const deadline = Date.now() + 5_000;
      while (api.data.listenerCount === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const unit = new UnitDirectory().current().children('68')[0]?.code as string;
      await api.data.recordValues([{ indicator: 'TOU_VISITORS', unit, period: '2026-01', value: 7 }], {
        source: 'manual',
        actor: 'persisted-documents-test',
      });
      // The web asks only for the period (an event is its signal to refresh the page).
      expect(await event).toEqual({ data: { valuesChanged: { period: '2026-01' } } });
    } finally {
      await client.dispose();
    }
  });

  it('refuses a subscription of its own over the WebSocket too', async () => {
    const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: signedInWebSocket(url), lazy: true });
    try {
      const errors = await new Promise<string[]>((resolve) => {
        client.subscribe(
          { query: 'subscription { valuesChanged(unit: "68") { value } }' },
          {
            next: () => {},
            error: (e) => resolve(Array.isArray(e) ? e.map((x: { message: string }) => x.message) : [String(e)]),
            complete: () => resolve([]),
          },
        );
      });
      expect(errors).toEqual([`${NOT_ALLOWED}a subscription must send the exact text of one of them`]);
    } finally {
      await client.dispose();
    }
  });
});

describe('a manifest the server cannot use stops its start', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ioc-manifest-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const document = '{ sectors { code } }';
  it.each([
    ['an array', '["{ sectors { code } }"]', 'must be a JSON object of sha256 hash -> document'],
    ['empty', '{}', 'holds no documents'],
    ['a number for a document', `{"${sha256(document)}": 1}`, `has "${sha256(document)}" -> 1: not a document`],
    [
      'a hash that is not its document’s',
      JSON.stringify({ [`sha256:${sha256(document)}`]: document }),
      `has "sha256:${sha256(document)}", which is not the hex sha256 of its document`,
    ],
  ])('refuses a manifest that is %s, naming the file', async (_, content, reason) => {
    const file = join(dir, 'manifest.json');
    writeFileSync(file, content);
    await expect(startWith({ GRAPHQL_PERSISTED_DOCUMENTS: file })).rejects.toThrow(
      new Error(`GRAPHQL_PERSISTED_DOCUMENTS=${file}: the persisted-documents manifest ${reason}`),
    );
  });

  it('refuses a manifest that is not JSON, naming the file and what JSON.parse says', async () => {
    const broken = '{"abc": ';
    let parseError = '';
    try {
      JSON.parse(broken);
    } catch (error) {
      parseError = (error as Error).message;
    }
    const file = join(dir, 'manifest.json');
    writeFileSync(file, broken);
    await expect(startWith({ GRAPHQL_PERSISTED_DOCUMENTS: file })).rejects.toThrow(
      new Error(
        `GRAPHQL_PERSISTED_DOCUMENTS=${file}: the persisted-documents manifest is not valid JSON: ${parseError}`,
      ),
    );
  });

  it('refuses a manifest that does not exist: the API process exits 1 with one line naming the file', async () => {
    const missing = join(dir, 'missing.json');
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, GRAPHQL_PERSISTED_DOCUMENTS: missing, DATABASE_URL: ':memory:', API_PORT: '0' },
    });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr:
        `api: GRAPHQL_PERSISTED_DOCUMENTS=${missing}: cannot read the persisted-documents manifest: no such file ` +
        '(`npm run codegen` writes it)\n',
    });
  }, 30_000);
});

describe('without GRAPHQL_PERSISTED_DOCUMENTS', () => {
  let api: Awaited<ReturnType<typeof startWith>>;
  let url: string;
  beforeAll(async () => {
    api = await startWith({ GRAPHQL_PERSISTED_DOCUMENTS: undefined });
    url = api.url;
  }, 30_000);
  afterAll(async () => {
    await api?.close();
  });

  it('runs a free-form query', async () => {
    const data = await queryData<{ unit: { fullName: string } }>(url, '{ unit(code: "68") { fullName } }');
    expect(data.unit.fullName).toBe('Tỉnh Lâm Đồng');
  });

  it('runs the web operations as the web sends them: the hash, then on a miss the hash and the manifest text', async () => {
    const prepare = async (name: string): Promise<Prepared> =>
      (await PREPARE[name]?.(api)) ?? { variables: VARIABLES[name] ?? {} };
    for (const [hash, document] of Object.entries(manifest)) {
      if (isSubscription(document)) continue; // over the WebSocket, tested above
      const name = operationName(document);
      const first = await prepare(name);
      const miss = await post(url, { variables: first.variables, extensions: persisted(hash) }, first.token);
      expect(onlyError(miss).message).toBe('PersistedQueryNotFound');
      const withText = await post(
        url,
        { query: document, variables: first.variables, extensions: persisted(hash) },
        first.token,
      );
      expect(withText.errors, withText.text).toBeUndefined();
      // Apollo now knows the hash: the next request needs no text (a mutation acts again, on a state of its own).
      const mutation = /^\s*mutation\s/.test(document);
      const second = mutation ? await prepare(name) : first;
      const hit = await post(url, { variables: second.variables, extensions: persisted(hash) }, second.token);
      expect(hit.errors, hit.text).toBeUndefined();
      if (!mutation) expect(hit.data).toEqual(withText.data);
    }
  });
});
