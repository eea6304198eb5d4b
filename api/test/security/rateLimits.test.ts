// Rate limits against the real server: failed sign-ins per username and address and per address, mutations per user
// and per address. A refusal is HTTP 429, RATE_LIMITED, with Retry-After and a message saying when; it changes
// nothing. Clients' addresses are told apart by X-Forwarded-For, which the API trusts from the loopback only.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database';
import type { ProtectionLimits } from '../../src/http/protectionLimits';
import { LiveData } from '../../src/live/liveData';
import { startApiServer } from '../../src/server';
import { UnitDirectory } from '../../src/units/unitDirectory';
import { createAccount, forgetServer, signIn, signInServer, TEST_PASSWORD } from '../accounts';
import { type GraphQLResult, onlyError, postGraphQL } from '../graphqlClient';
import { catalog } from '../integration/support';

const LOGIN =
  'mutation ($username: String!, $password: String!) { login(username: $username, password: $password) { token } }';
const CREATE_TOKEN = 'mutation { createApiToken(name: "script") { token } }';
const MY_TOKENS = '{ apiTokens { id } }';

interface Server {
  url: string;
  newUsername(): Promise<string>;
  close(): Promise<void>;
}

async function startServer(limits: Partial<ProtectionLimits>): Promise<Server> {
  const db = await openDatabase(':memory:');
  const data = await LiveData.open({ db, catalog, units: new UnitDirectory() });
  const api = await startApiServer({ data, port: 0, host: '127.0.0.1', limits });
  await signInServer(api.url, db);
  return {
    url: api.url,
    newUsername: async () => (await createAccount(db, 'ANALYST')).username,
    close: async () => {
      forgetServer(api.url);
      await api.close();
      await db.close();
    },
  };
}

/** A request from the client at `ip` (as a proxy on the loopback names it). */
const from = (ip: string, token: string | null = null) => ({ token, headers: { 'x-forwarded-for': ip } });

const login = (server: Server, ip: string, username: string, password: string) =>
  postGraphQL<{ login: { token: string } | null }>(server.url, LOGIN, { username, password }, from(ip));

/** The refusal: 429, RATE_LIMITED, a message saying when to come back, and nothing else. */
function expectRateLimited(result: GraphQLResult<unknown>, what: string): void {
  expect(result.status, result.text).toBe(429);
  const error = onlyError(result);
  expect(error.extensions?.code).toBe('RATE_LIMITED');
  expect(error.message).toMatch(new RegExp(`^too many ${what}: try again in \\d+ (s|min)$`));
  expect(result.data ?? null).toBeNull();
}

async function retryAfter(url: string, body: unknown, ip: string, token?: string): Promise<string | null> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': ip,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(429);
  return response.headers.get('retry-after');
}

describe('sign-in attempts', () => {
  let server: Server;
  beforeAll(async () => {
    // The default per username (10 per 15 minutes) and a per-address limit small enough to reach.
    server = await startServer({ loginAttemptsPerIp: 15 });
  });
  afterAll(() => server.close());

  it('refuses the 11th wrong password, and then the right one too, with 429 and Retry-After', async () => {
    const username = await server.newUsername();
    for (let i = 1; i <= 10; i++) {
      const wrong = await login(server, '10.1.0.1', username, `wrong-${i}`);
      expect(onlyError(wrong).extensions?.code, `attempt ${i}`).toBe('UNAUTHENTICATED');
    }
    expectRateLimited(await login(server, '10.1.0.1', username, 'wrong-11'), 'failed sign-ins');
    expectRateLimited(await login(server, '10.1.0.1', username, TEST_PASSWORD), 'failed sign-ins');
    const seconds = Number(
      await retryAfter(server.url, { query: LOGIN, variables: { username, password: TEST_PASSWORD } }, '10.1.0.1'),
    );
    expect(seconds).toBeGreaterThan(800);
    expect(seconds).toBeLessThanOrEqual(15 * 60);
    // The same name from another address is not held back by this one's failures.
    expect((await login(server, '10.1.0.2', username, TEST_PASSWORD)).data?.login?.token).toMatch(/^ioc_s_/);
  });

  it('lets other usernames from the same address in until the address has failed 15 times', async () => {
    const ip = '10.2.0.1';
    const [first, second, third] = [await server.newUsername(), await server.newUsername(), await server.newUsername()];
    for (let i = 0; i < 10; i++) await login(server, ip, first, 'wrong');
    // Right passwords do not count: a shared office address keeps signing people in.
    for (let i = 0; i < 3; i++)
      expect((await login(server, ip, second, TEST_PASSWORD)).data?.login?.token).toBeTruthy();
    for (let i = 0; i < 5; i++) {
      expect(onlyError(await login(server, ip, second, 'wrong')).extensions?.code).toBe('UNAUTHENTICATED');
    }
    expectRateLimited(await login(server, ip, third, TEST_PASSWORD), 'failed sign-ins');
    expectRateLimited(await login(server, ip, second, TEST_PASSWORD), 'failed sign-ins');
    expect((await login(server, '10.2.0.2', third, TEST_PASSWORD)).data?.login?.token).toBeTruthy();
  });

  it('lets the right password in again once the window has passed', async () => {
    const short = await startServer({ loginAttemptsPerUser: 2, loginWindowSeconds: 1 });
    try {
      const username = await short.newUsername();
      await login(short, '10.3.0.1', username, 'wrong');
      await login(short, '10.3.0.1', username, 'wrong');
      const refused = await login(short, '10.3.0.1', username, TEST_PASSWORD);
      expectRateLimited(refused, 'failed sign-ins');
      expect(onlyError(refused).message).toBe('too many failed sign-ins: try again in 1 s');
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect((await login(short, '10.3.0.1', username, TEST_PASSWORD)).data?.login?.token).toMatch(/^ioc_s_/);
    } finally {
      await short.close();
    }
  });
});

describe('mutations', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer({ mutationsPerUser: 3, mutationsPerIp: 5 });
  });
  afterAll(() => server.close());

  const tokens = async (ip: string, token: string) =>
    (
      (await postGraphQL<{ apiTokens: unknown[] }>(server.url, MY_TOKENS, undefined, from(ip, token))).data
        ?.apiTokens ?? []
    ).length;

  it('refuses a user’s mutations past the limit, writes nothing, and still answers their queries', async () => {
    const ip = '10.4.0.1';
    const token = await signIn(server.url, 'ANALYST');
    for (let i = 0; i < 3; i++) {
      const made = await postGraphQL(server.url, CREATE_TOKEN, undefined, from(ip, token));
      expect(made.errors, made.text).toBeUndefined();
    }
    const before = await tokens(ip, token);
    expectRateLimited(await postGraphQL(server.url, CREATE_TOKEN, undefined, from(ip, token)), 'mutations');
    expect(Number(await retryAfter(server.url, { query: CREATE_TOKEN }, ip, token))).toBeGreaterThan(0);
    // Queries are not limited; and the refused call created no token.
    for (let i = 0; i < 10; i++) expect(await tokens(ip, token)).toBe(before);
    // The same user from another address is still the same user.
    expectRateLimited(await postGraphQL(server.url, CREATE_TOKEN, undefined, from('10.4.0.2', token)), 'mutations');
  });

  it('refuses every mutation from an address past its limit, whoever sends it', async () => {
    const ip = '10.5.0.1';
    const [one, two] = [await signIn(server.url, 'ANALYST'), await signIn(server.url, 'ANALYST')];
    for (let i = 0; i < 3; i++) await postGraphQL(server.url, CREATE_TOKEN, undefined, from(ip, one));
    for (let i = 0; i < 2; i++) {
      const made = await postGraphQL(server.url, CREATE_TOKEN, undefined, from(ip, two));
      expect(made.errors, made.text).toBeUndefined();
    }
    const before = await tokens(ip, two);
    expectRateLimited(await postGraphQL(server.url, CREATE_TOKEN, undefined, from(ip, two)), 'mutations');
    // Anonymous mutations (a sign-in) count by address too.
    expectRateLimited(await login(server, ip, 'anyone', TEST_PASSWORD), 'mutations');
    expect(await tokens(ip, two)).toBe(before);
    // Another address is not held back.
    const elsewhere = await postGraphQL(server.url, CREATE_TOKEN, undefined, from('10.5.0.2', two));
    expect(elsewhere.errors, elsewhere.text).toBeUndefined();
  });
});

// With REDIS_URL every API process counts against the same limits: failures on one process hold back the others.
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisProblem = await (async () => {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
    return null;
  } catch (e) {
    return `cannot reach Redis at ${redisUrl}: ${(e as Error).message}`;
  } finally {
    redis.disconnect();
  }
})();
if (redisProblem && !process.env.CI) console.warn(`shared limits skipped: ${redisProblem}. Set CI=1 to fail instead.`);

describe.skipIf(redisProblem !== null && !process.env.CI)('limits shared through Redis', () => {
  let one: Server;
  let two: Server;
  beforeAll(async () => {
    const saved = { url: process.env.REDIS_URL, prefix: process.env.REDIS_CHANNEL_PREFIX };
    process.env.REDIS_URL = redisUrl;
    // A prefix of this run's own: counters of other runs (or processes) never meet these.
    process.env.REDIS_CHANNEL_PREFIX = `ioc-test-limits-${process.pid}-${Date.now()}`;
    try {
      one = await startServer({ mutationsPerIp: 30 });
      two = await startServer({ mutationsPerIp: 30 });
    } finally {
      for (const [key, value] of [
        ['REDIS_URL', saved.url],
        ['REDIS_CHANNEL_PREFIX', saved.prefix],
      ] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
  });

  it('failed sign-ins on one process count on the other', async () => {
    const ip = '10.9.0.1';
    for (let i = 1; i <= 10; i++) {
      const wrong = await login(i % 2 === 0 ? one : two, ip, 'shared.name', `wrong-${i}`);
      expect(onlyError(wrong).extensions?.code, `attempt ${i}`).toBe('UNAUTHENTICATED');
    }
    expectRateLimited(await login(one, ip, 'shared.name', 'wrong-11'), 'failed sign-ins');
    expectRateLimited(await login(two, ip, 'shared.name', 'wrong-12'), 'failed sign-ins');
  });

  it('an address’s mutations on one process count on the other', async () => {
    const ip = '10.9.0.2';
    const tokenOne = await signIn(one.url, 'ANALYST');
    const tokenTwo = await signIn(two.url, 'ANALYST');
    for (let i = 0; i < 15; i++) {
      expect((await postGraphQL(one.url, CREATE_TOKEN, undefined, from(ip, tokenOne))).errors).toBeUndefined();
      expect((await postGraphQL(two.url, CREATE_TOKEN, undefined, from(ip, tokenTwo))).errors).toBeUndefined();
    }
    expectRateLimited(await postGraphQL(two.url, CREATE_TOKEN, undefined, from(ip, tokenTwo)), 'mutations');
    expectRateLimited(await postGraphQL(one.url, CREATE_TOKEN, undefined, from(ip, tokenOne)), 'mutations');
  });
});
