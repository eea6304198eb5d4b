// No secret is ever kept in the clear: a real API process (`node --import tsx api/src/main.ts`) signs a user in, makes
// an API token and serves requests with both; then neither the password nor any token appears in any text of any
// table of its database, nor in anything the process printed. The password is kept as a scrypt hash.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database';
import { createAccount } from '../accounts';
import { postGraphQL, queryData } from '../graphqlClient';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const PASSWORD = 'correct horse battery staple 2026';

let dir: string;
let file: string;
let child: ChildProcess | undefined;
let output = '';
let username: string;

async function startApi(): Promise<string> {
  child = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: file, API_PORT: '0', NODE_ENV: 'test', REDIS_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const started = child;
  started.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  started.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API did not start in 60 s:\n${output}`)), 60_000);
    started.stdout?.on('data', () => {
      const port = /GraphQL API on http:\/\/localhost:(\d+)\/graphql/.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${port}/graphql`);
      }
    });
    started.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API exited with ${code}:\n${output}`));
    });
  });
}

async function stopApi(): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child?.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child?.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ioc-secrets-'));
  file = join(dir, 'ioc.sqlite');
  const db = await openDatabase(file);
  try {
    username = (await createAccount(db, 'ANALYST', { password: PASSWORD })).username;
  } finally {
    await db.close();
  }
}, 60_000);

afterAll(async () => {
  await stopApi();
  rmSync(dir, { recursive: true, force: true });
});

describe('secrets', () => {
  it('appear in no table and no log line after signing in, making a token and using both', async () => {
    const url = await startApi();
    const anonymous = { token: null };
    const login = await queryData<{ login: { token: string } }>(
      url,
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: PASSWORD },
      anonymous,
    );
    const session = login.login.token;
    // A wrong password too: its text must not be logged either.
    await postGraphQL(
      url,
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: `${PASSWORD}!` },
      anonymous,
    );
    const created = await queryData<{ createApiToken: { token: string } }>(
      url,
      'mutation { createApiToken(name: "secrets test") { token } }',
      undefined,
      { token: null, headers: { cookie: `ioc_session=${session}` } },
    );
    const apiToken = created.createApiToken.token;
    const me = await queryData<{ me: { username: string } }>(url, '{ me { username } }', undefined, {
      token: apiToken,
    });
    expect(me.me.username).toBe(username);
    await queryData(url, '{ apiTokens { name lastUsedAt } }', undefined, { token: apiToken });
    await queryData(url, 'mutation { logout }', undefined, { token: session });
    await stopApi();

    const secrets = { password: PASSWORD, session, apiToken };
    const db = await openDatabase(file);
    try {
      const em = db.em();
      const tables = (await em.execute(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )) as { name: string }[];
      expect(tables.map((t) => t.name)).toEqual(
        expect.arrayContaining(['users', 'sessions', 'api_tokens', 'audit_log']),
      );
      let texts = 0;
      for (const { name } of tables) {
        const rows = (await em.execute(`select * from "${name}"`)) as Record<string, unknown>[];
        for (const row of rows) {
          for (const value of Object.values(row)) {
            if (typeof value !== 'string') continue;
            texts++;
            for (const [what, secret] of Object.entries(secrets)) {
              expect(value.includes(secret), `${what} found in table ${name}`).toBe(false);
            }
          }
        }
      }
      expect(texts).toBeGreaterThan(0);
      const [user] = (await em.execute('select password_hash from users where username = ?', [username])) as {
        password_hash: string;
      }[];
      expect(user?.password_hash.startsWith('scrypt$')).toBe(true);
      const audits = (await em.execute('select action from audit_log order by id')) as { action: string }[];
      expect(audits.map((a) => a.action)).toEqual(['createUser', 'login', 'createApiToken', 'logout']);
    } finally {
      await db.close();
    }
    expect(output).toContain('GraphQL API on');
    for (const [what, secret] of Object.entries(secrets)) {
      expect(output.includes(secret), `${what} found in the API's output`).toBe(false);
    }
  }, 120_000);
});
