// Managing accounts over GraphQL: only admins, input checked whole before anything is written, and an audit row in the
// same transaction as each write (holding the account's fields, never its password or hash).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../accounts';
import { onlyError, postGraphQL, queryData } from '../graphqlClient';
import { catalog } from '../integration/support';
import { startTestServer, type TestServer } from '../testServer';

const CREATE = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { id username displayName role unit { code name } agency disabled }
}`;
const UPDATE = `mutation ($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) { id username displayName role unit { code } agency disabled }
}`;

let server: TestServer;
let admin: string;

interface AuditRow {
  actor: string;
  action: string;
  entity: string;
  entity_key: string;
  before: string | null;
  after: string | null;
}

async function auditRows(action: string): Promise<AuditRow[]> {
  return server.db.em().execute('select * from audit_log where action = ? order by id', [action]);
}

async function userCount(): Promise<number> {
  return Number((await server.db.em().execute('select count(*) as n from users'))[0]?.n);
}

beforeAll(async () => {
  server = await startTestServer(catalog);
  admin = await signIn(server.url, 'ADMIN');
});
afterAll(() => server.close());

describe('createUser', () => {
  it('creates an officer of a unit, with an audit row that holds no secret', async () => {
    const before = (await auditRows('createUser')).length;
    const input = {
      username: 'canbo.test',
      displayName: 'Cán bộ thử',
      role: 'OFFICER',
      unit: '24781',
      agency: null,
      password: 'a-long-password',
    };
    const data = await queryData<{ createUser: Record<string, unknown> }>(
      server.url,
      CREATE,
      { input },
      { token: admin },
    );
    expect(data.createUser).toMatchObject({
      username: 'canbo.test',
      role: 'OFFICER',
      unit: { code: '24781', name: 'Xuân Hương - Đà Lạt' },
      agency: null,
      disabled: false,
    });
    const rows = await auditRows('createUser');
    expect(rows).toHaveLength(before + 1);
    const row = rows.at(-1) as AuditRow;
    expect(row).toMatchObject({ entity: 'users', entity_key: data.createUser.id, before: null });
    expect(JSON.parse(row.after ?? '')).toEqual({
      username: 'canbo.test',
      displayName: 'Cán bộ thử',
      role: 'OFFICER',
      unit: '24781',
      agency: null,
      disabled: false,
    });
    const hash = (await server.db.em().execute('select password_hash from users where username = ?', ['canbo.test']))[0]
      ?.password_hash as string;
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(JSON.stringify(rows)).not.toContain('a-long-password');
    expect(JSON.stringify(rows)).not.toContain(hash);
  });

  const bad: [string, Record<string, unknown>, string, string][] = [
    ['a taken username', { username: 'canbo.test' }, 'username', 'the username "canbo.test" is taken: choose another'],
    ['a short password', { password: 'short' }, 'password', 'a password needs at least 8 characters; this one has 5'],
    [
      'an officer without a unit',
      { role: 'OFFICER', unit: null },
      'unit',
      'an officer needs a unit: the GSO code of the unit they act for',
    ],
    [
      'an officer of an unknown unit',
      { role: 'OFFICER', unit: '99999' },
      'unit',
      'no administrative unit has the code "99999" in any edition',
    ],
    [
      'a leader with a unit',
      { role: 'LEADER', unit: '68' },
      'unit',
      'only officers act for a unit; a LEADER sees every unit, so leave unit empty',
    ],
    ['a bad username', { username: 'Has Spaces' }, 'username', 'a username is 2 to 64 characters'],
  ];
  it.each(bad)('refuses %s with BAD_USER_INPUT and writes nothing', async (_what, change, argument, message) => {
    const users = await userCount();
    const audits = (await auditRows('createUser')).length;
    const input = {
      username: 'someone.new',
      displayName: 'Someone',
      role: 'ANALYST',
      password: 'long-enough',
      ...change,
    };
    const error = onlyError(await postGraphQL(server.url, CREATE, { input }, { token: admin }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(error.message.startsWith(message)).toBe(true);
    expect(await userCount()).toBe(users);
    expect(await auditRows('createUser')).toHaveLength(audits);
  });

  it('is for admins only', async () => {
    const roles = ['LEADER', 'ANALYST', 'OFFICER', 'CATALOG_MAINTAINER'] as const;
    const tokens = await Promise.all(roles.map((role) => signIn(server.url, role)));
    const users = await userCount();
    const input = { username: 'not.allowed', displayName: 'X', role: 'ADMIN', password: 'long-enough' };
    for (const token of tokens) {
      const error = onlyError(await postGraphQL(server.url, CREATE, { input }, { token }));
      expect(error.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = onlyError(await postGraphQL(server.url, CREATE, { input }, { token: null }));
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await userCount()).toBe(users);
  });
});

describe('updateUser', () => {
  it('changes an account and audits before and after; a new password shows only as changed', async () => {
    const { createUser } = await queryData<{ createUser: { id: string } }>(
      server.url,
      CREATE,
      {
        input: {
          username: 'to.change',
          displayName: 'Before',
          role: 'OFFICER',
          unit: '68',
          password: 'first-password',
        },
      },
      { token: admin },
    );
    const data = await queryData<{ updateUser: Record<string, unknown> }>(
      server.url,
      UPDATE,
      { id: createUser.id, input: { displayName: 'After', role: 'ANALYST', password: 'second-password' } },
      { token: admin },
    );
    expect(data.updateUser).toMatchObject({ displayName: 'After', role: 'ANALYST', unit: null, agency: null });
    const row = (await auditRows('updateUser')).at(-1) as AuditRow;
    expect(row.entity_key).toBe(createUser.id);
    expect(JSON.parse(row.before ?? '')).toMatchObject({ displayName: 'Before', role: 'OFFICER', unit: '68' });
    expect(JSON.parse(row.after ?? '')).toMatchObject({
      displayName: 'After',
      role: 'ANALYST',
      unit: null,
      passwordChanged: true,
    });
    expect(`${row.before}${row.after}`).not.toMatch(/first-password|second-password|scrypt/);
  });

  it('refuses an unknown id and a short password, writing nothing', async () => {
    const audits = (await auditRows('updateUser')).length;
    const unknown = onlyError(
      await postGraphQL(server.url, UPDATE, { id: '99999', input: { displayName: 'X' } }, { token: admin }),
    );
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    const short = onlyError(
      await postGraphQL(server.url, UPDATE, { id: '1', input: { password: 'abc' } }, { token: admin }),
    );
    expect(short.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'password' });
    expect(await auditRows('updateUser')).toHaveLength(audits);
  });
});

describe('users', () => {
  it('pages through every account for an admin, and refuses others', async () => {
    const total = await userCount();
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data: {
        users: {
          edges: { node: { username: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = await queryData(
        server.url,
        'query ($after: String) { users(first: 2, after: $after) { edges { node { username } } pageInfo { hasNextPage endCursor } } }',
        { after },
        { token: admin },
      );
      seen.push(...data.users.edges.map((e) => e.node.username));
      if (!data.users.pageInfo.hasNextPage) break;
      after = data.users.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const tooMany = onlyError(
      await postGraphQL(server.url, '{ users(first: 101) { edges { cursor } } }', {}, { token: admin }),
    );
    expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    const analyst = onlyError(await postGraphQL(server.url, '{ users { edges { cursor } } }'));
    expect(analyst.extensions?.code).toBe('FORBIDDEN');
  });
});
