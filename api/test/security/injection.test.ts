// Injection against the real server: every String and ID argument of every query and mutation (and every String or ID
// field of their input objects), found by walking the schema, gets SQL, script and template payloads, NUL bytes and a
// very long string, as each role that may call it. Every answer is a client error or a result: never a 5xx, an
// internal error or a stack trace; and no table is dropped or loses rows.
import {
  type GraphQLArgument,
  GraphQLEnumType,
  type GraphQLField,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLObjectType,
  GraphQLScalarType,
  getNamedType,
  isCompositeType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/auth/actor';
import { type Database, openDatabase } from '../../src/db/database';
import { LiveData } from '../../src/live/liveData';
import { buildSchema } from '../../src/schema/buildSchema';
import { type ApiServer, startApiServer } from '../../src/server';
import { UnitDirectory } from '../../src/units/unitDirectory';
import { forgetServer, signIn, signInServer } from '../accounts';
import { expectNoStackTrace, postGraphQL } from '../graphqlClient';
import { catalog } from '../integration/support';

const PAYLOADS: Record<string, string> = {
  'SQL: or 1=1': "' OR 1=1 --",
  'SQL: drop table': '"; drop table users; --',
  'SQL: delete in a unit code': "68'); DELETE FROM audit_log; --",
  'SQL: union': "x' UNION SELECT password_hash FROM users --",
  'script tag': '<script>alert(1)</script>',
  'img onerror': '<img src=x onerror=alert(1)>',
  'template ${}': ['$', '{7*7}'].join(''),
  'template {{}}': '{{7*7}}',
  'path traversal': '../../../../etc/passwd',
  'NUL bytes': 'a\u0000b\u0000',
  'operator object as text': '{"$ne": null}',
  'very long': 'A'.repeat(100_000),
};

const ROLES: Role[] = ['ADMIN', 'LEADER', 'OFFICER', 'CATALOG_MAINTAINER'];

/** A value of a type that passes variable coercion: what the resolver then makes of it is up to it. */
function plausible(type: GraphQLInputType): unknown {
  if (type instanceof GraphQLNonNull) return plausible(type.ofType);
  if (type instanceof GraphQLList) return [plausible(type.ofType)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0]?.name;
  if (type instanceof GraphQLInputObjectType) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (field.type instanceof GraphQLNonNull) value[field.name] = plausible(field.type);
    }
    return value;
  }
  if (type instanceof GraphQLScalarType) {
    if (type.name === 'Int' || type.name === 'Float') return 1;
    if (type.name === 'Boolean') return false;
    return '68';
  }
  return null;
}

const isText = (type: GraphQLInputType) => {
  const named = getNamedType(type);
  return named instanceof GraphQLScalarType && (named.name === 'String' || named.name === 'ID');
};

/** Every place a string goes in an argument: a path of field names from the argument, and how to fill it. */
interface Slot {
  path: string[];
  inject: (payload: string) => unknown;
}

function slots(type: GraphQLInputType, seen = new Set<string>()): Slot[] {
  if (type instanceof GraphQLNonNull) return slots(type.ofType, seen);
  if (type instanceof GraphQLList) {
    return slots(type.ofType, seen).map((s) => ({ path: ['[0]', ...s.path], inject: (p) => [s.inject(p)] }));
  }
  if (isText(type)) return [{ path: [], inject: (p) => p }];
  if (!(type instanceof GraphQLInputObjectType) || seen.has(type.name)) return [];
  const inner = new Set(seen).add(type.name);
  return Object.values(type.getFields()).flatMap((field) =>
    slots(field.type, inner).map((s) => ({
      path: [field.name, ...s.path],
      inject: (p: string) => ({ ...(plausible(type) as object), [field.name]: s.inject(p) }),
    })),
  );
}

interface Call {
  name: string;
  query: string;
  variables: (payload: string) => Record<string, unknown>;
}

/** One call per string slot of each field: the slot gets the payload, other required arguments a plausible value. */
function calls(kind: 'query' | 'mutation', root: GraphQLObjectType): Call[] {
  return Object.values(root.getFields()).flatMap((field: GraphQLField<unknown, unknown>) => {
    const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
    return field.args.flatMap((arg: GraphQLArgument) =>
      slots(arg.type).map((slot) => {
        const used = field.args.filter((a) => a === arg || a.type instanceof GraphQLNonNull);
        const declared = used.map((a) => `$${a.name}: ${a.type}`).join(', ');
        const passed = used.map((a) => `${a.name}: $${a.name}`).join(', ');
        return {
          name: `${kind} ${field.name}(${[arg.name, ...slot.path].join('.')})`,
          query: `${kind} (${declared}) { ${field.name}(${passed})${selection} }`,
          variables: (payload: string) =>
            Object.fromEntries(used.map((a) => [a.name, a === arg ? slot.inject(payload) : plausible(a.type)])),
        };
      }),
    );
  });
}

async function tableSizes(db: Database): Promise<Map<string, number>> {
  const em = db.em();
  const tables = await em.execute<{ name: string }[]>(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'",
  );
  const sizes = new Map<string, number>();
  for (const { name } of tables) {
    const rows = await em.execute<{ n: number }[]>(`select count(*) as n from "${name}"`);
    sizes.set(name, Number(rows[0]?.n));
  }
  return sizes;
}

const schema = buildSchema(catalog);
const mutationType = schema.getMutationType();
const CALLS = [
  ...calls('query', schema.getQueryType() as GraphQLObjectType),
  ...(mutationType ? calls('mutation', mutationType) : []),
];

describe('injection payloads in every string argument', () => {
  let api: ApiServer;
  let db: Database;
  let tokens: Record<string, string>;
  let before: Map<string, number>;

  beforeAll(async () => {
    db = await openDatabase(':memory:');
    const data = await LiveData.open({ db, catalog, units: new UnitDirectory() });
    // Rate limits out of the way: this test sends thousands of calls, sign-ins with bad names among them.
    api = await startApiServer({
      data,
      port: 0,
      host: '127.0.0.1',
      limits: { loginAttemptsPerUser: 1e6, loginAttemptsPerIp: 1e6, mutationsPerUser: 1e6, mutationsPerIp: 1e6 },
    });
    await signInServer(api.url, db);
    tokens = Object.fromEntries(await Promise.all(ROLES.map(async (r) => [r, await signIn(api.url, r)] as const)));
    before = await tableSizes(db);
  }, 60_000);
  afterAll(async () => {
    forgetServer(api.url);
    await api.close();
    await db.close();
  });

  it('finds the string arguments of the schema', () => {
    const names = CALLS.map((c) => c.name);
    expect(names).toContain('mutation login(username)');
    expect(names).toContain('mutation login(password)');
    expect(names.some((n) => n.startsWith('mutation recordValues(values.[0].'))).toBe(true);
    expect(names.some((n) => n.startsWith('query unit('))).toBe(true);
    expect(CALLS.length).toBeGreaterThan(20);
  });

  it.each(ROLES)(
    'answers each payload without a server error, as %s',
    async (role) => {
      const problems: string[] = [];
      for (const call of CALLS) {
        for (const [label, payload] of Object.entries(PAYLOADS)) {
          const result = await postGraphQL(api.url, call.query, call.variables(payload), { token: tokens[role] });
          expectNoStackTrace(result);
          const internal = result.errors?.filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR') ?? [];
          if (result.status >= 500 || internal.length > 0) {
            problems.push(`${call.name} with ${label}: ${result.status} ${result.text.slice(0, 300)}`);
          }
        }
      }
      expect(problems).toEqual([]);
    },
    240_000,
  );

  it('refuses a NUL character with a clear message naming the variable', async () => {
    const result = await postGraphQL(
      api.url,
      'mutation ($name: String!) { createApiToken(name: $name) { token } }',
      { name: 'a\u0000b' },
      { token: tokens.ADMIN },
    );
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({
      message: 'variable $name contains the NUL character (U+0000), which no text here may hold',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('left every table in place, none with fewer rows', async () => {
    const after = await tableSizes(db);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, size] of before) expect(after.get(name), name).toBeGreaterThanOrEqual(size);
    const users = await db.em().execute<{ n: number }[]>('select count(*) as n from users');
    expect(Number(users[0]?.n)).toBeGreaterThanOrEqual(before.get('users') ?? 0);
  });
});
