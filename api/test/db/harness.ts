// Runs one data-layer suite on every database we support: SQLite (a fresh temp file) and PostgreSQL (a fresh
// database), each suite with its own databases so tests cannot leak into each other.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { knex } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe } from 'vitest';
import { type Database, openDatabase } from '../../src/db/database';

/** The maintenance database the harness creates and drops test databases from. Override with TEST_POSTGRES_URL. */
export const postgresAdminUrl = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

type Suite = (getDb: () => Database, getUrl: () => string) => void;

/** Whether PostgreSQL answers, asked once per test file; null when it does, else the reason. */
const postgresProblem = await probePostgres();
if (postgresProblem && !process.env.CI) {
  console.warn(`PostgreSQL suites skipped: ${postgresProblem}. Set CI=1 to make this an error.`);
}

let counter = 0;

export function describeEachDatabase(title: string, suite: Suite): void {
  describe(`${title} [sqlite]`, () => {
    let dir: string | undefined;
    let db: Database | undefined;
    let url = '';
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'ioc-db-test-'));
      url = join(dir, 'ioc.sqlite');
      db = await openDatabase(url);
    });
    afterAll(async () => {
      await db?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });
    suite(
      () => opened(db),
      () => url,
    );
  });

  // In CI a missing PostgreSQL must fail the run, never pass it by skipping.
  const skip = postgresProblem !== null && !process.env.CI;
  describe.skipIf(skip)(`${title} [postgresql]`, () => {
    const name = `ioc_test_${process.pid}_${++counter}`;
    const url = databaseUrl(name);
    let db: Database | undefined;
    let created = false;
    beforeAll(async () => {
      if (postgresProblem) throw new Error(`PostgreSQL is required when CI is set: ${postgresProblem}`);
      await admin(async (sql) => {
        await sql.raw(`drop database if exists ${name} with (force)`);
        await sql.raw(`create database ${name}`);
      });
      created = true;
      db = await openDatabase(url);
    });
    afterAll(async () => {
      await db?.close();
      if (created) await admin((sql) => sql.raw(`drop database if exists ${name} with (force)`));
    });
    suite(
      () => opened(db),
      () => url,
    );
  });
}

function opened(db: Database | undefined): Database {
  if (!db) throw new Error('the test database did not open (see the error in beforeAll)');
  return db;
}

function databaseUrl(name: string): string {
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(work: (sql: ReturnType<typeof knex>) => Promise<T>): Promise<T> {
  const sql = knex({
    client: 'pg',
    connection: { connectionString: postgresAdminUrl, connectionTimeoutMillis: 3_000 },
    pool: { min: 0, max: 1 },
  });
  try {
    return await work(sql);
  } finally {
    await sql.destroy();
  }
}

async function probePostgres(): Promise<string | null> {
  try {
    await admin((sql) => sql.raw('select 1'));
    return null;
  } catch (error) {
    const url = new URL(postgresAdminUrl);
    const reason = error instanceof Error ? error.message || error.name : String(error);
    return `cannot reach PostgreSQL at ${url.hostname}:${url.port || '5432'}: ${reason}`;
  }
}
