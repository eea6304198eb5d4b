// MikroORM options from DATABASE_URL: an embedded SQLite file by default, PostgreSQL when given a postgres URL.
import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import type { Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { entities } from './entities/index';
import { DatabaseUrlError } from './errors';
import { migrationsList } from './migrations/index';

export type DatabaseKind = 'sqlite' | 'postgresql';

/** The repository root: relative SQLite paths and the default file are resolved against it, not the cwd. */
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const defaultSqlitePath = resolve(repositoryRoot, 'data', 'ioc.sqlite');
const migrationsPath = fileURLToPath(new URL('./migrations', import.meta.url));

export interface ParsedDatabaseUrl {
  kind: DatabaseKind;
  /** SQLite: an absolute file path or ':memory:'. PostgreSQL: the URL as given. */
  target: string;
}

/** Reads DATABASE_URL without touching the file system or the network. */
export function parseDatabaseUrl(url: string | undefined): ParsedDatabaseUrl {
  const value = url?.trim();
  if (!value) return { kind: 'sqlite', target: defaultSqlitePath };
  if (value === ':memory:' || value === 'file::memory:') return { kind: 'sqlite', target: ':memory:' };
  if (/^postgres(ql)?:\/\//i.test(value)) return { kind: 'postgresql', target: value };
  if (value.startsWith('file:')) {
    const path = value.startsWith('file://') ? fileURLToPath(value) : value.slice('file:'.length);
    if (path) return { kind: 'sqlite', target: resolve(repositoryRoot, path) };
  } else if (!value.includes('://') && /\.(sqlite3?|db)$/i.test(value)) {
    return { kind: 'sqlite', target: isAbsolute(value) ? value : resolve(repositoryRoot, value) };
  }
  throw new DatabaseUrlError(
    `DATABASE_URL is not understood: "${withoutPassword(value)}". Use a SQLite file (file:/path/ioc.sqlite, ` +
      'a path ending in .sqlite or .db, or :memory:) or a PostgreSQL URL (postgresql://user@host:5432/dbname); ' +
      'leave it unset for data/ioc.sqlite.',
  );
}

function withoutPassword(url: string): string {
  return url.replace(/\/\/([^/:@]*):[^/@]*@/, '//$1:***@');
}

/** The MikroORM options for DATABASE_URL (or `url`). Creates the SQLite file's folder. */
export function databaseOptions(url: string | undefined = process.env.DATABASE_URL): Options {
  const { kind, target } = parseDatabaseUrl(url);
  const common = {
    entities,
    extensions: [Migrator],
    migrations: {
      path: migrationsPath,
      // Listed, not discovered by glob: discovery imports files by path, which breaks under bundlers and test runners.
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts' as const,
      // No console lines from library code; callers decide what to print.
      silent: true,
    },
    debug: false,
    // knex would otherwise inline every bound value into the message of a failed statement.
    driverOptions: { compileSqlOnError: false },
    metadataCache: { enabled: false },
    allowGlobalContext: false,
  } satisfies Options;
  if (kind === 'postgresql') {
    // A bounded connect timeout, so an unreachable host fails in seconds rather than hanging the start-up.
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: target,
      driverOptions: { ...common.driverOptions, connection: { connectionTimeoutMillis: 10_000 } },
    };
  }
  if (target !== ':memory:') mkdirSync(dirname(target), { recursive: true });
  return { ...common, driver: BetterSqliteDriver, dbName: target, pool: { afterCreate: applySqlitePragmas } };
}

/**
 * WAL lets readers in other processes (API, import CLI) work while one writes; NORMAL sync is durable across
 * application crashes in WAL mode and much faster than FULL; the busy timeout makes a second writer wait for the
 * lock instead of failing at once; temp tables (the bulk load's staging) stay in memory. Set on every pooled
 * connection, since PRAGMAs are per connection.
 */
export const sqlitePragmas = [
  'journal_mode = WAL',
  'synchronous = NORMAL',
  'foreign_keys = ON',
  'busy_timeout = 5000',
  'temp_store = MEMORY',
];

interface PragmaTarget {
  pragma(source: string): unknown;
}

function applySqlitePragmas(connection: PragmaTarget, done: (error: Error | null, connection: PragmaTarget) => void) {
  try {
    for (const pragma of sqlitePragmas) connection.pragma(pragma);
    done(null, connection);
  } catch (error) {
    done(error as Error, connection);
  }
}
