// Helpers shared by the stores' SQL: the knex transaction behind an EntityManager, chunking, and reading values
// back the same way from both drivers (SQLite keeps dates as epoch milliseconds, pg returns bigints as strings).
import type { Knex } from '@mikro-orm/knex';
import type { EntityManager } from '../db/database';
import { isDatabaseUnavailable } from '../db/unavailable';
import type { ObservationInput } from '../domain/observation';

/** A statement the database refused, with the database's reason but not the statement (nor its data). */
export class StoreError extends Error {
  override name = 'StoreError';
  /** The driver's code: SQLSTATE on PostgreSQL (23505, ...), SQLITE_CONSTRAINT_* on SQLite. */
  readonly code: string | undefined;

  constructor(message: string, code?: string) {
    super(message);
    this.code = code;
  }
}

/**
 * Runs `work` in the EntityManager's transaction (joining the caller's, as a savepoint, when there is one). Driver
 * errors come out as StoreError: knex would otherwise put the whole statement in the message, which for a bulk
 * chunk is megabytes of SQL and data in a log line.
 */
export async function inTransaction<T>(
  em: EntityManager,
  work: (trx: Knex.Transaction, em: EntityManager) => Promise<T>,
): Promise<T> {
  // A failed COMMIT or BEGIN ends a knex transaction: any query after it, the rollback included, fails with
  // "Transaction query already complete", which says nothing of why. The first failure is the error: the
  // connection's, when the database went away.
  let first: unknown;
  try {
    return await em.transactional(async (tem) => {
      const trx = tem.getTransactionContext<Knex.Transaction>();
      if (!trx) throw new Error('no transaction context inside em.transactional');
      if (trx.isCompleted()) {
        // knex hands out a transaction whose BEGIN failed (its connection died just then) as if it had begun.
        first = await trx.executionPromise.then(
          () => new Error('the transaction ended before its work began'),
          (error: unknown) => error,
        );
        throw first;
      }
      trx.on('query-error', (error: unknown) => {
        if (first === undefined && isDatabaseUnavailable(error)) first = error;
      });
      return work(trx, tem);
    });
  } catch (error) {
    throw asStoreError(first ?? error);
  }
}

function asStoreError(error: unknown): unknown {
  if (!(error instanceof Error) || error instanceof StoreError) return error;
  const { code, detail } = error as { code?: unknown; detail?: unknown };
  if (typeof code !== 'string') return error;
  // knex prefixes the driver's message with "<sql> - " (the SQL without data: compileSqlOnError is off).
  const separator = error.message.indexOf(' - ');
  const reason = separator >= 0 ? error.message.slice(separator + 3) : error.message;
  return new StoreError(typeof detail === 'string' && detail ? `${reason} (${detail})` : reason, code);
}

/**
 * `insert into table (columns) values (...), (...)` plus `suffix`, as one raw statement. Not knex's insert builder:
 * on SQLite it compiles a multi-row insert to a UNION ALL select, which SQLite caps at 500 rows.
 * Identifiers are our own constants, quoted the standard way both databases accept.
 */
export function insertRows(
  trx: Knex.Transaction | Knex,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  suffix = '',
): Knex.Raw {
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const values = rows.map(() => tuple).join(', ');
  const sql = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${values}${suffix}`;
  return trx.raw(sql, rows.flat() as Knex.RawBinding[]);
}

/** The rows of a `knex.raw` select: an array on SQLite, a pg result object with `rows` on PostgreSQL. */
export function rawRows<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

export function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number' || typeof value === 'bigint') return new Date(Number(value));
  if (typeof value === 'string') return /^\d+$/.test(value) ? new Date(Number(value)) : new Date(value);
  throw new TypeError(`not a date: ${String(value)}`);
}

export function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

export function toNullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : toNumber(value);
}

/** Widths of the key columns, enforced here so SQLite (which ignores varchar lengths) agrees with PostgreSQL. */
export const keyLimits = { indicator: 40, unit: 8, period: 10 } as const;

/**
 * Rejects, before anything is written, what the columns cannot hold the same way on both databases: a value that is
 * not a finite number (SQLite would store NaN as NULL), or a key part that is empty or longer than its column.
 */
export function assertObservation(item: ObservationInput, where: () => string): void {
  for (const part of ['indicator', 'unit', 'period'] as const) {
    const text: unknown = item[part];
    if (typeof text !== 'string' || text.length === 0 || text.length > keyLimits[part]) {
      throw new RangeError(
        `${where()}: ${part} must be a text of 1 to ${keyLimits[part]} characters, got ${show(text)}`,
      );
    }
  }
  if (typeof item.value !== 'number' || !Number.isFinite(item.value)) {
    throw new RangeError(`${where()}: value must be a finite number, got ${show(item.value)}`);
  }
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
