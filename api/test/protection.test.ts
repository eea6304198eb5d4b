// Protection of the GraphQL endpoint against the real server: each limit refuses an abusive request with HTTP 400 and
// a message naming the limit, a dashboard-sized query still passes, and production hides what it must.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database';
import { defaultLimits } from '../src/http/protectionLimits';
import { LiveData } from '../src/live/liveData';
import { loadServedCatalog } from '../src/servedCatalog';
import { type ApiServer, startApiServer } from '../src/server';
import { UnitDirectory } from '../src/units/unitDirectory';
import { signInServer } from './accounts';
import { expectNoStackTrace, onlyError, postGraphQL, queryData } from './graphqlClient';
import { startTestServer, type TestServer } from './testServer';

/** Lâm Đồng in the 2025 edition: 124 communes, wards and special zones. */
const PROVINCE = '68';
const catalog = loadServedCatalog();
const CODES = catalog.indicators.map((i) => i.code);
const FEW = CODES.slice(0, 3).join(', ');

const DASHBOARD = `{
  unit(code: "${PROVINCE}") {
    code fullName
    values(period: "2025") { indicator { code name } value target status }
    children { code fullName values(period: "2025", indicators: [${FEW}]) { value status } }
  }
}`;

/** Posts a raw body: for requests the JSON client cannot make (batches, other content types). */
async function postRaw(url: string, body: string, contentType = 'application/json') {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { status: response.status, text: await response.text() };
}

describe('limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(catalog);
  }, 30_000);
  afterAll(async () => {
    await server?.close();
  });

  it('lets the province dashboard through: all 283 values, then 124 communes with a few values each', async () => {
    const data = await queryData<{ unit: { values: unknown[]; children: { values: unknown[] }[] } }>(
      server.url,
      DASHBOARD,
    );
    expect(data.unit.values).toHaveLength(283);
    expect(data.unit.children).toHaveLength(124);
    expect(data.unit.children[0]?.values).toHaveLength(3);
  });

  it('refuses a query 20 levels deep', async () => {
    const nested = 'children { '.repeat(19);
    const result = await postGraphQL(server.url, `{ unit(code: "${PROVINCE}") { ${nested} code ${'} '.repeat(19)} } }`);
    expect(result.status).toBe(400);
    expect(onlyError(result).message).toBe(
      `Syntax Error: Query depth limit of ${defaultLimits.maxDepth} exceeded, found 21.`,
    );
  });

  it('refuses 1,000 aliases', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: unit(code: "${PROVINCE}") { code }`).join(' ');
    const result = await postGraphQL(server.url, `{ ${aliases} }`);
    expect(result.status).toBe(400);
    expect(onlyError(result).message).toBe(
      `Syntax Error: Aliases limit of ${defaultLimits.maxAliases} exceeded, found 1000.`,
    );
  });

  it('refuses a cost bomb through nested lists before running it', async () => {
    const result = await postGraphQL(
      server.url,
      '{ units { children { children { values(period: "2025") { value status indicator { code } } } } } }',
    );
    expect(result.status).toBe(400);
    const error = onlyError(result);
    expect(error.message).toMatch(new RegExp(`^query cost \\d+ exceeds the limit of ${defaultLimits.maxCost}: `));
    expect(error.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('refuses a 10,000-item list argument written in the query, naming the argument and the limit', async () => {
    const indicators = Array.from({ length: 10_000 }, (_, i) => CODES[i % CODES.length]).join(', ');
    const query = `{ unit(code: "${PROVINCE}") { values(period: "2025", indicators: [${indicators}]) { value } } }`;
    const result = await postGraphQL(server.url, query);
    expect(result.status).toBe(400);
    const error = onlyError(result);
    expect(error.message).toBe(
      `argument "AdminUnit.values(indicators)" has 10000 items: at most ${defaultLimits.maxListItems} are allowed in one request`,
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a 10,000-item list sent as a variable, and writes nothing', async () => {
    const code = catalog.indicators.find((i) => !i.formula)?.code;
    const values = Array.from({ length: 10_000 }, () => ({
      indicator: code,
      unit: PROVINCE,
      period: '2025',
      value: 1,
    }));
    const result = await postGraphQL(
      server.url,
      'mutation Record($values: [ValueInput!]!) { recordValues(values: $values) { inserted } }',
      { values },
    );
    expect(result.status).toBe(400);
    expect(onlyError(result).message).toBe(
      `argument "Mutation.recordValues(values)" has 10000 items: at most ${defaultLimits.maxListItems} are allowed in one request`,
    );
  });

  it('refuses a document past the token limit before parsing it whole', async () => {
    const fields = 'code '.repeat(defaultLimits.maxTokens);
    const result = await postGraphQL(server.url, `{ unit(code: "${PROVINCE}") { ${fields} } }`);
    expect(result.status).toBe(400);
    expect(onlyError(result).message).toMatch(
      /^Syntax Error: Document contains more tha. 20000 tokens\. Parsing aborted\.$/,
    );
  });

  it('refuses a batch: one request is one operation', async () => {
    const result = await postRaw(
      server.url,
      JSON.stringify([{ query: '{ sectors { code } }' }, { query: '{ __typename }' }]),
    );
    expect(result.status).toBe(400);
    expect(result.text).toMatch(/batching/i);
  });

  it('blocks a form-like POST as possible CSRF, while JSON POSTs (the web app) pass', async () => {
    const blocked = await postRaw(server.url, '{ __typename }', 'text/plain');
    expect(blocked.status).toBe(400);
    expect(blocked.text).toMatch(/Cross-Site Request Forgery/);
    const passed = await postRaw(server.url, JSON.stringify({ query: '{ __typename }' }));
    expect(passed.status).toBe(200);
  });
});

describe('execution deadline', () => {
  let server: ApiServer;
  let db: Awaited<ReturnType<typeof openDatabase>>;
  beforeAll(async () => {
    db = await openDatabase(':memory:');
    const data = await LiveData.open({ db, catalog, units: new UnitDirectory() });
    server = await startApiServer({ data, port: 0, host: '127.0.0.1', limits: { executionTimeoutMs: 1 } });
    await signInServer(server.url, db);
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('stops an operation past its deadline with one clear error', async () => {
    const result = await postGraphQL(server.url, DASHBOARD);
    const error = onlyError(result);
    expect(error.message).toBe('the operation ran longer than 1 ms and was stopped: ask for fewer units or values');
    expect(error.extensions?.code).toBe('OPERATION_TIMEOUT');
  });
});

/** Starts a server as production would, restoring the environment afterwards: the server reads it at start. */
async function startProduction(env: Record<string, string>) {
  const saved = { NODE_ENV: process.env.NODE_ENV, GRAPHQL_INTROSPECTION: process.env.GRAPHQL_INTROSPECTION };
  Object.assign(process.env, { NODE_ENV: 'production', ...env });
  try {
    const db = await openDatabase(':memory:');
    const data = await LiveData.open({ db, catalog, units: new UnitDirectory() });
    // Every request reads the change log (refreshIntervalMs 0), so a closed database fails the next request.
    const server = await startApiServer({ data, port: 0, host: '127.0.0.1', refreshIntervalMs: 0 });
    await signInServer(server.url, db);
    return { server, db };
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

describe('production', () => {
  let production: Awaited<ReturnType<typeof startProduction>>;
  beforeAll(async () => {
    production = await startProduction({});
  }, 30_000);
  afterAll(async () => {
    await production?.server.close();
  });

  it('turns introspection off', async () => {
    const result = await postGraphQL(production.server.url, '{ __schema { types { name } } }');
    expect(result.status).toBe(400);
    expect(onlyError(result).message).toMatch(/introspection is not allowed/);
  });

  it('keeps the message of a bad input, without suggesting hidden field names', async () => {
    const bad = await postGraphQL(production.server.url, '{ unit(code: "x") { code } }');
    expect(onlyError(bad).message).toBe('invalid unit code "x": GSO codes are 2 to 5 digits');
    const typo = await postGraphQL(production.server.url, `{ unit(code: "${PROVINCE}") { fullNam } }`);
    expect(typo.status).toBe(400);
    expect(onlyError(typo).message).toBe('Cannot query field "fullNam" on type "AdminUnit".');
  });

  it('masks an unexpected error as "Internal server error" with no details', async () => {
    // A closed database makes building the request context fail: an error the client did not cause.
    await production.db.close();
    const result = await postGraphQL(production.server.url, `{ unit(code: "${PROVINCE}") { code } }`);
    expectNoStackTrace(result);
    expect(result.errors).toEqual([
      { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
  });
});

describe('production with GRAPHQL_INTROSPECTION=true', () => {
  let production: Awaited<ReturnType<typeof startProduction>>;
  beforeAll(async () => {
    production = await startProduction({ GRAPHQL_INTROSPECTION: 'true' });
  }, 30_000);
  afterAll(async () => {
    await production?.server.close();
    await production?.db.close();
  });

  it('answers introspection', async () => {
    const data = await queryData<{ __schema: { types: unknown[] } }>(
      production.server.url,
      '{ __schema { types { name } } }',
    );
    expect(data.__schema.types.length).toBeGreaterThan(10);
  });
});
