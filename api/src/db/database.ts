// Opening the database: initialise MikroORM for DATABASE_URL, apply pending migrations, hand out forked
// EntityManagers. A new database is created and migrated on first open; re-opening an up-to-date one is a no-op.
import { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlDriver, SqlEntityManager } from '@mikro-orm/knex';
import { type DatabaseKind, databaseOptions, parseDatabaseUrl } from './config';
import { DatabaseUnavailableError } from './errors';

export type Orm = MikroORM<AbstractSqlDriver>;
export type EntityManager = SqlEntityManager<AbstractSqlDriver>;

export interface Database {
  orm: Orm;
  kind: DatabaseKind;
  /** A fresh fork: one per request or unit of work, never shared, so identity maps do not leak between them. */
  em(): EntityManager;
  close(): Promise<void>;
}

export async function openDatabase(url: string | undefined = process.env.DATABASE_URL): Promise<Database> {
  const { kind, target } = parseDatabaseUrl(url);
  const where = kind === 'postgresql' ? `PostgreSQL at ${postgresAddress(target)}` : `the SQLite database ${target}`;
  let orm: Orm | undefined;
  try {
    // Both drivers are SQL drivers; init() is typed for any driver.
    orm = (await MikroORM.init(databaseOptions(url))) as unknown as Orm;
    const check = await orm.checkConnection();
    if (!check.ok) throw check.error ?? new Error(check.reason ?? 'no answer');
  } catch (error) {
    await orm?.close(true).catch(() => undefined);
    const verb = kind === 'postgresql' ? 'reach' : 'open';
    throw new DatabaseUnavailableError(`cannot ${verb} ${where}: ${errorReason(error)}`, errorCode(error));
  }
  try {
    await migrate(orm, kind);
  } catch (error) {
    await orm.close(true).catch(() => undefined);
    throw new DatabaseUnavailableError(`cannot migrate ${where}: ${errorReason(error)}`, errorCode(error));
  }
  const opened = orm;
  return {
    orm: opened,
    kind,
    em: () => opened.em.fork(),
    close: () => opened.close(),
  };
}

/** Key of the PostgreSQL advisory lock that serialises migrations when several API replicas start at once. */
const migrationLockKey = 0x10c_d1;

interface PgClient {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

async function migrate(orm: Orm, kind: DatabaseKind): Promise<void> {
  const migrator = orm.getMigrator();
  if (kind !== 'postgresql') {
    await migrator.up();
    return;
  }
  // Session-level lock held on its own pooled connection while the migrator works on others.
  const client = orm.em.getKnex().client;
  const connection = (await client.acquireConnection()) as PgClient;
  try {
    await connection.query('select pg_advisory_lock($1)', [migrationLockKey]);
    try {
      await migrator.up();
    } finally {
      await connection.query('select pg_advisory_unlock($1)', [migrationLockKey]);
    }
  } finally {
    await client.releaseConnection(connection);
  }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code } = error as { code?: unknown };
  if (typeof code === 'string') return code;
  // MikroORM wraps driver errors; the driver's own is kept as `previous`.
  const { previous } = error as { previous?: unknown };
  return previous === undefined ? undefined : errorCode(previous);
}

function errorReason(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return errorReason(error.errors[0]);
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** host:port of a PostgreSQL URL, without the credentials. */
function postgresAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}`;
  } catch {
    return 'the address in DATABASE_URL';
  }
}
