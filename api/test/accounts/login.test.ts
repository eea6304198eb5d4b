// Signing in and out: a password for a session, the session by cookie or bearer, and every way a credential stops
// being accepted (wrong password, forged or ended session, disabled account). Against a real API server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREDENTIAL_REJECTED, SESSION_COOKIE } from '../../src/auth/authenticate';
import { createSession } from '../../src/store/sessions';
import { updateUser } from '../../src/store/users';
import { UnitDirectory } from '../../src/units/unitDirectory';
import { createAccount, TEST_PASSWORD } from '../accounts';
import { onlyError, postGraphQL, queryData } from '../graphqlClient';
import { catalog } from '../integration/support';
import { startTestServer, type TestServer } from '../testServer';

const LOGIN = `mutation ($username: String!, $password: String!) {
  login(username: $username, password: $password) { token expiresAt user { username role unit { code } agency disabled } }
}`;
const ME = '{ me { username displayName role } }';
const anonymous = { token: null };

interface LoginData {
  login: { token: string; expiresAt: string; user: { username: string; role: string } };
}

let server: TestServer;
let username: string;

async function auditCount(action: string): Promise<number> {
  const rows = await server.db.em().execute('select count(*) as n from audit_log where action = ?', [action]);
  return Number(rows[0]?.n);
}

async function signInWithPassword(name = username, password = TEST_PASSWORD): Promise<string> {
  const data = await queryData<LoginData>(server.url, LOGIN, { username: name, password }, anonymous);
  return data.login.token;
}

beforeAll(async () => {
  server = await startTestServer(catalog);
  username = (await createAccount(server.db, 'LEADER')).username;
});
afterAll(() => server.close());

describe('login', () => {
  it('gives a 12-hour session for the right password, and the session says who signed in', async () => {
    const before = await auditCount('login');
    const data = await queryData<LoginData>(server.url, LOGIN, { username, password: TEST_PASSWORD }, anonymous);
    expect(data.login.token).toMatch(/^ioc_s_[A-Za-z0-9_-]{43}$/);
    expect(data.login.user).toMatchObject({ username, role: 'LEADER' });
    const hours = (Date.parse(data.login.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
    expect(await auditCount('login')).toBe(before + 1);
  });

  it('answers a wrong password and an unknown username alike, and writes nothing', async () => {
    const before = await auditCount('login');
    const wrong = await postGraphQL(server.url, LOGIN, { username, password: 'not-the-password' }, anonymous);
    const unknown = await postGraphQL(
      server.url,
      LOGIN,
      { username: 'nobody.here', password: TEST_PASSWORD },
      anonymous,
    );
    for (const result of [wrong, unknown]) {
      const error = onlyError(result);
      expect(error.message).toBe('wrong username or password');
      expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await auditCount('login')).toBe(before);
  });
});

describe('a session', () => {
  it('is accepted as the ioc_session cookie and as a bearer token', async () => {
    const token = await signInWithPassword();
    const byCookie = await queryData<{ me: { username: string } }>(server.url, ME, undefined, {
      token: null,
      headers: { cookie: `theme=dark; ${SESSION_COOKIE}=${token}` },
    });
    expect(byCookie.me.username).toBe(username);
    const byBearer = await queryData<{ me: { username: string } }>(server.url, ME, undefined, { token });
    expect(byBearer.me.username).toBe(username);
  });

  it('is anonymous without a credential: me is null', async () => {
    expect(await queryData(server.url, ME, undefined, anonymous)).toEqual({ me: null });
  });

  it('ends at logout: the same token is refused at once, and the logout is audited', async () => {
    const token = await signInWithPassword();
    await queryData(server.url, ME, undefined, { token }); // remembered by the server for a moment
    const before = await auditCount('logout');
    expect(await queryData(server.url, 'mutation { logout }', undefined, { token })).toEqual({ logout: true });
    expect(await auditCount('logout')).toBe(before + 1);
    const after = await postGraphQL(server.url, ME, undefined, { token });
    expect(after.status).toBe(401);
    expect(onlyError(after)).toMatchObject({ message: CREDENTIAL_REJECTED, extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('is refused once expired', async () => {
    const user = await createAccount(server.db, 'ANALYST');
    const { token } = await createSession({
      em: server.db.em(),
      user,
      now: new Date(Date.now() - 13 * 3_600_000),
    });
    const result = await postGraphQL(server.url, ME, undefined, { token });
    expect(onlyError(result)).toMatchObject({ message: CREDENTIAL_REJECTED, extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('logout needs a credential', async () => {
    const result = await postGraphQL(server.url, 'mutation { logout }', undefined, anonymous);
    expect(onlyError(result).extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('a forged cookie', () => {
  it('fails the request with UNAUTHENTICATED and changes nothing', async () => {
    const count = async () =>
      (
        await server.db
          .em()
          .execute('select (select count(*) from api_tokens) as t, (select count(*) from audit_log) as a')
      )[0];
    const before = await count();
    for (const forged of ['ioc_s_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'not-a-token', 'ioc_t_forged']) {
      const result = await postGraphQL(server.url, 'mutation { createApiToken(name: "sneaky") { token } }', undefined, {
        token: null,
        headers: { cookie: `${SESSION_COOKIE}=${forged}` },
      });
      expect(result.status).toBe(401);
      expect(result.data ?? null).toBeNull();
      expect(onlyError(result)).toMatchObject({
        message: CREDENTIAL_REJECTED,
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    expect(await count()).toEqual(before);
  });

  it('a malformed Authorization header is refused too', async () => {
    const result = await postGraphQL(server.url, ME, undefined, {
      token: null,
      headers: { authorization: 'Basic abc' },
    });
    expect(onlyError(result).extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('a disabled account', () => {
  it('cannot sign in, and its sessions stop working', async () => {
    const user = await createAccount(server.db, 'ANALYST');
    const token = await signInWithPassword(user.username);
    await updateUser({
      em: server.db.em(),
      units: new UnitDirectory(),
      id: user.id,
      input: { disabled: true },
      by: { id: null, username: 'test' },
    });
    // Another process's change is seen within the second a credential is remembered.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const refused = await postGraphQL(server.url, ME, undefined, { token });
    expect(onlyError(refused).extensions?.code).toBe('UNAUTHENTICATED');
    const login = await postGraphQL(server.url, LOGIN, { username: user.username, password: TEST_PASSWORD }, anonymous);
    expect(onlyError(login)).toMatchObject({
      message: 'this account is disabled: ask an administrator',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
