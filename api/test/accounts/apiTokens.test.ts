// API tokens: created for oneself (shown once), used as a bearer token, listed without the secret, revoked by their
// owner or an admin, refused once revoked or expired; creating and revoking are audited without the token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREDENTIAL_REJECTED } from '../../src/auth/authenticate';
import { createApiToken } from '../../src/store/apiTokens';
import { createAccount, signIn, tokenOf } from '../accounts';
import { onlyError, postGraphQL, queryData } from '../graphqlClient';
import { catalog } from '../integration/support';
import { startTestServer, type TestServer } from '../testServer';

const CREATE = `mutation ($name: String!, $days: Int) {
  createApiToken(name: $name, expiresInDays: $days) { token apiToken { id name prefix createdAt expiresAt revokedAt lastUsedAt } }
}`;
const REVOKE = 'mutation ($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }';
const LIST = '{ apiTokens { id name prefix revokedAt lastUsedAt } }';
const ME = '{ me { username } }';

interface Created {
  createApiToken: { token: string; apiToken: { id: string; prefix: string; expiresAt: string; revokedAt: null } };
}

let server: TestServer;
let owner: string;

async function audits(action: string): Promise<{ before: string | null; after: string | null }[]> {
  return server.db.em().execute('select before, after from audit_log where action = ? order by id', [action]);
}

beforeAll(async () => {
  server = await startTestServer(catalog);
  owner = await signIn(server.url, 'ANALYST');
});
afterAll(() => server.close());

describe('an API token', () => {
  it('is shown once, works as a bearer token, lists without its secret, and is audited without it', async () => {
    const before = (await audits('createApiToken')).length;
    const { createApiToken: created } = await queryData<Created>(
      server.url,
      CREATE,
      { name: 'nightly export', days: 30 },
      { token: owner },
    );
    expect(created.token).toMatch(/^ioc_t_[A-Za-z0-9_-]{43}$/);
    expect(created.apiToken.prefix).toBe(created.token.slice(0, 10));
    const days = (Date.parse(created.apiToken.expiresAt) - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(30);
    const me = await queryData<{ me: { username: string } }>(server.url, ME, undefined, { token: created.token });
    expect(me.me.username).toMatch(/^test\.analyst\./);
    const { apiTokens } = await queryData<{ apiTokens: { id: string; lastUsedAt: string | null }[] }>(
      server.url,
      LIST,
      undefined,
      { token: created.token },
    );
    expect(apiTokens.map((t) => t.id)).toContain(created.apiToken.id);
    expect(apiTokens.find((t) => t.id === created.apiToken.id)?.lastUsedAt).not.toBeNull();
    const rows = await audits('createApiToken');
    expect(rows).toHaveLength(before + 1);
    expect(JSON.parse(rows.at(-1)?.after ?? '')).toEqual({
      id: Number(created.apiToken.id),
      name: 'nightly export',
      prefix: created.apiToken.prefix,
      expiresAt: created.apiToken.expiresAt,
      revokedAt: null,
    });
    expect(JSON.stringify(rows)).not.toContain(created.token);
  });

  it('defaults to 90 days and refuses more than 365, writing nothing', async () => {
    const { createApiToken: created } = await queryData<Created>(
      server.url,
      CREATE,
      { name: 'default' },
      { token: owner },
    );
    expect(Math.round((Date.parse(created.apiToken.expiresAt) - Date.now()) / 86_400_000)).toBe(90);
    const before = (await audits('createApiToken')).length;
    for (const days of [366, 0]) {
      const error = onlyError(await postGraphQL(server.url, CREATE, { name: 'too long', days }, { token: owner }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'expiresInDays' });
    }
    expect(await audits('createApiToken')).toHaveLength(before);
  });

  it('stops working at once when revoked, and the revocation is audited', async () => {
    const { createApiToken: created } = await queryData<Created>(
      server.url,
      CREATE,
      { name: 'short-lived' },
      { token: owner },
    );
    await queryData(server.url, ME, undefined, { token: created.token }); // remembered for a moment
    const before = (await audits('revokeApiToken')).length;
    const { revokeApiToken } = await queryData<{ revokeApiToken: { revokedAt: string | null } }>(
      server.url,
      REVOKE,
      { id: created.apiToken.id },
      { token: owner },
    );
    expect(revokeApiToken.revokedAt).not.toBeNull();
    const refused = await postGraphQL(server.url, ME, undefined, { token: created.token });
    expect(refused.status).toBe(401);
    expect(onlyError(refused)).toMatchObject({ message: CREDENTIAL_REJECTED, extensions: { code: 'UNAUTHENTICATED' } });
    const rows = await audits('revokeApiToken');
    expect(rows).toHaveLength(before + 1);
    expect(JSON.parse(rows.at(-1)?.before ?? '')).toMatchObject({ id: Number(created.apiToken.id), revokedAt: null });
    expect(JSON.parse(rows.at(-1)?.after ?? '').revokedAt).toBe(revokeApiToken.revokedAt);
  });

  it('is refused once expired', async () => {
    const user = await createAccount(server.db, 'LEADER');
    const { token } = await createApiToken({
      em: server.db.em(),
      user,
      name: 'old',
      expiresInDays: 1,
      now: new Date(Date.now() - 2 * 86_400_000),
    });
    const refused = await postGraphQL(server.url, ME, undefined, { token });
    expect(onlyError(refused)).toMatchObject({ message: CREDENTIAL_REJECTED, extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('of someone else cannot be revoked (nor seen), except by an admin', async () => {
    const other = await createAccount(server.db, 'OFFICER');
    const token = await tokenOf(server.db, other);
    const { apiTokens } = await queryData<{ apiTokens: { id: string }[] }>(server.url, LIST, undefined, { token });
    const id = apiTokens[0]?.id as string;
    const mine = await queryData<{ apiTokens: { id: string }[] }>(server.url, LIST, undefined, { token: owner });
    expect(mine.apiTokens.map((t) => t.id)).not.toContain(id);
    const before = (await audits('revokeApiToken')).length;
    const error = onlyError(await postGraphQL(server.url, REVOKE, { id }, { token: owner }));
    expect(error).toMatchObject({
      message: `you have no API token with the id ${id}`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'id' },
    });
    expect(await audits('revokeApiToken')).toHaveLength(before);
    await queryData(server.url, ME, undefined, { token });
    const admin = await signIn(server.url, 'ADMIN');
    await queryData(server.url, REVOKE, { id }, { token: admin });
    expect(onlyError(await postGraphQL(server.url, ME, undefined, { token })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logout with an API token revokes that token', async () => {
    const { createApiToken: created } = await queryData<Created>(server.url, CREATE, { name: 'bye' }, { token: owner });
    await queryData(server.url, 'mutation { logout }', undefined, { token: created.token });
    expect(onlyError(await postGraphQL(server.url, ME, undefined, { token: created.token })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('needs a signed-in user', async () => {
    const error = onlyError(await postGraphQL(server.url, CREATE, { name: 'anon' }, { token: null }));
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    expect(onlyError(await postGraphQL(server.url, LIST, undefined, { token: null })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
