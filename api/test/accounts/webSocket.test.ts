// Subscriptions read the credential from the WebSocket upgrade request: the bearer header or the session cookie. A
// forged one ends the subscription with UNAUTHENTICATED; a valid one subscribes as its user.
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CREDENTIAL_REJECTED, SESSION_COOKIE } from '../../src/auth/authenticate';
import { signedInWebSocket } from '../accounts';
import { catalog } from '../integration/support';
import { startTestServer, type TestServer } from '../testServer';

const WATCH = 'subscription { valuesChanged(unit: "68") { period } }';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(catalog);
});
afterAll(() => server.close());

/** Subscribes with the given WebSocket class; resolves with the errors once it fails, or [] once it is live. */
async function subscribe(webSocketImpl: unknown): Promise<{ message: string; code?: unknown }[]> {
  const client = createClient({ url: server.url.replace(/^http/, 'ws'), webSocketImpl, lazy: true, retryAttempts: 0 });
  try {
    return await new Promise((resolve) => {
      const timer = setInterval(() => {
        if (server.data.listenerCount === 0) return;
        clearInterval(timer);
        resolve([]);
      }, 20);
      client.subscribe(
        { query: WATCH },
        {
          next: () => undefined,
          error: (e) => {
            clearInterval(timer);
            const errors = Array.isArray(e) ? e : [e];
            resolve(
              errors.map((x: { message?: string; extensions?: { code?: unknown } }) => ({
                message: String(x.message ?? x),
                code: x.extensions?.code,
              })),
            );
          },
          complete: () => undefined,
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

class ForgedCookieWebSocket extends WebSocket {
  constructor(address: string | URL, protocols?: string | string[]) {
    super(address, protocols, { headers: { cookie: `${SESSION_COOKIE}=ioc_s_forged` } });
  }
}

describe('a subscription', () => {
  it('with a forged session cookie fails with UNAUTHENTICATED', async () => {
    expect(await subscribe(ForgedCookieWebSocket)).toEqual([{ message: CREDENTIAL_REJECTED, code: 'UNAUTHENTICATED' }]);
  });

  it('with a revoked-looking bearer token fails with UNAUTHENTICATED', async () => {
    expect(await subscribe(signedInWebSocket(server.url, 'ioc_t_not-a-real-token'))).toEqual([
      { message: CREDENTIAL_REJECTED, code: 'UNAUTHENTICATED' },
    ]);
  });

  it('with a valid bearer token starts', async () => {
    expect(await subscribe(signedInWebSocket(server.url))).toEqual([]);
  });
});

describe('over the WebSocket', () => {
  /** Runs one operation over graphql-ws and resolves with its errors (or [] when it completed without any). */
  async function run(query: string, token: string): Promise<{ message: string; code?: unknown }[]> {
    const client = createClient({
      url: server.url.replace(/^http/, 'ws'),
      webSocketImpl: signedInWebSocket(server.url, token),
      lazy: true,
      retryAttempts: 0,
    });
    try {
      return await new Promise((resolve) => {
        client.subscribe(
          { query },
          {
            next: () => undefined,
            error: (e) => {
              const errors = Array.isArray(e) ? e : [e];
              resolve(
                errors.map((x: { message?: string; extensions?: { code?: unknown } }) => ({
                  message: String(x.message ?? x),
                  code: x.extensions?.code,
                })),
              );
            },
            complete: () => resolve([]),
          },
        );
      });
    } finally {
      await client.dispose();
    }
  }

  it('a mutation is refused and changes nothing: it must go over HTTP, where the rate limits apply', async () => {
    const before = server.data.version;
    const errors = await run(
      'mutation { recordValues(values: [{ indicator: F_COUNT, unit: "24778", period: "2025-09", value: 7 }]) { inserted } }',
      server.writerToken,
    );
    expect(errors).toEqual([
      {
        message: 'only subscriptions run over the WebSocket; send this mutation over HTTP (POST /graphql)',
        code: 'BAD_REQUEST',
      },
    ]);
    expect(server.data.version).toBe(before);
  });

  it('a query is refused the same way', async () => {
    expect(await run('{ units(level: PROVINCE) { code } }', server.token)).toEqual([
      {
        message: 'only subscriptions run over the WebSocket; send this query over HTTP (POST /graphql)',
        code: 'BAD_REQUEST',
      },
    ]);
  });
});
