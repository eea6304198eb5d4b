// The fast path for file imports and seeding, beside the ORM's unit of work: rows are staged into a temporary table
// (better-sqlite3 prepared statements on SQLite, array parameters on PostgreSQL), then a few set-based statements
// write what is new or changed, with its history, in the same transaction. All or nothing. better-sqlite3 is
// synchronous: on SQLite a load of a million rows holds the event loop for a few seconds, so big loads belong in the
// import and seed CLIs, not in a process serving requests.
import type { Knex } from '@mikro-orm/knex';
import { writeAudit } from '../audit/writeAudit';
import type { Database } from '../db/database';
import type { ObservationInput, WriteMeta } from '../domain/observation';
import type { WriteCounts } from './observationWrites';
import { assertObservation, inTransaction, rawRows, toNumber } from './sql';

export interface BulkLoadProgress {
  phase: 'staging' | 'writing' | 'done';
  /** Input rows read and staged so far. */
  done: number;
  /** All input rows when known up front (an array); otherwise the rows read so far. */
  total: number;
}

export interface BulkLoadResult extends WriteCounts {
  /** Input rows read, counting a key given twice twice (the last one wins). */
  rows: number;
}

/** Rows per staging statement; also how often onProgress hears of progress while staging. */
const stageChunkSize = 10_000;

/**
 * Loads observations in one transaction. Unchanged values write nothing; every inserted or changed value gets one
 * history row and one change row, as with upsertObservations, so pollers need no special case for bulk loads (after
 * a large load they read many change rows; a poller may prefer to rebuild from streamObservations then).
 */
export async function bulkLoadObservations({
  db,
  rows,
  meta,
  onProgress,
}: {
  db: Database;
  rows: Iterable<ObservationInput> | AsyncIterable<ObservationInput>;
  meta: WriteMeta;
  onProgress?: (progress: BulkLoadProgress) => void;
}): Promise<BulkLoadResult> {
  const at = meta.at ?? new Date();
  return inTransaction(db.em(), async (trx) => {
    const stage = db.kind === 'sqlite' ? await sqliteStage(trx) : await postgresStage(trx);
    let read = 0;
    let buffer: ObservationInput[] = [];
    /** Validates and buffers one row; true when the buffer is full. */
    const push = (row: ObservationInput): boolean => {
      read++;
      assertObservation(row, () => `row ${read}`);
      buffer.push(row);
      return buffer.length === stageChunkSize;
    };
    const known = Array.isArray(rows) ? rows.length : undefined;
    const report = (phase: BulkLoadProgress['phase']) => onProgress?.({ phase, done: read, total: known ?? read });
    const flush = async () => {
      await stage.add(buffer);
      buffer = [];
      report('staging');
    };
    // A plain loop for arrays and other sync iterables: `for await` would cost a microtask per row.
    if (Symbol.iterator in rows) {
      for (const row of rows) if (push(row)) await flush();
    } else {
      for await (const row of rows) if (push(row)) await flush();
    }
    if (buffer.length > 0) await stage.add(buffer);
    report('writing');
    const counts = await writeStaged(trx, stage, meta, at);
    for (const table of stage.tables) await trx.raw(`drop table ${table}`);
    // A file import is audited like any write, in its transaction; one row with the counts (not every value).
    if (meta.source === 'import' && counts.inserted + counts.updated > 0) {
      await writeAudit(trx, [
        {
          actorId: meta.actorId ?? null,
          actor: meta.actor,
          action: 'importValues',
          entity: 'observations',
          entityKey: `${read} rows: ${counts.inserted} inserted, ${counts.updated} updated, ${counts.unchanged} unchanged`,
          after: { rows: read, ...counts },
          at,
        },
      ]);
    }
    report('done');
    return { ...counts, rows: read };
  });
}

interface Stage {
  /** A relation (table or subquery) of the distinct staged keys, each with its last value. */
  source: string;
  /** The temp table of staged rows whose value is new or differs from the stored one, with the stored one. */
  written: string;
  /** Temp tables to drop when done. */
  tables: string[];
  add(rows: readonly ObservationInput[]): Promise<void>;
}

/** Set-based writes from the stage: the same SQL on both databases (SQLite has IS DISTINCT FROM since 3.39). */
async function writeStaged(trx: Knex.Transaction, stage: Stage, meta: WriteMeta, at: Date): Promise<WriteCounts> {
  const { source, written } = stage;
  // Sorted by key, so the inserts below walk the unique and history indexes in order.
  await trx.raw(
    `create temporary table ${bare(written)} as ` +
      `select s.indicator, s.unit, s.period, s.value, o.value as old_value from ${source} s ` +
      'left join observations o on o.indicator = s.indicator and o.unit = s.unit and o.period = s.period ' +
      'where o.value is distinct from s.value order by s.indicator, s.unit, s.period',
  );
  await trx.raw(
    'insert into observation_history ' +
      '(indicator, unit, period, old_value, new_value, source, changed_by, changed_at) ' +
      `select indicator, unit, period, old_value, value, ?, ?, ? from ${written}`,
    [meta.source, meta.actor, at],
  );
  await trx.raw(
    'insert into changes (indicator, unit, period, kind, at) ' +
      `select indicator, unit, period, 'observation', ? from ${written}`,
    [at],
  );
  // `where true`: after a bare FROM, SQLite's parser would take ON CONFLICT for a join constraint.
  await trx.raw(
    'insert into observations (indicator, unit, period, value, source, recorded_by, recorded_at) ' +
      `select indicator, unit, period, value, ?, ?, ? from ${written} where true ` +
      'on conflict (indicator, unit, period) do update set value = excluded.value, source = excluded.source, ' +
      'recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at',
    [meta.source, meta.actor, at],
  );
  const [written_] = rawRows<{ changed: unknown; updated: unknown }>(
    await trx.raw(`select count(*) as changed, count(old_value) as updated from ${written}`),
  );
  const [staged] = rawRows<{ n: unknown }>(await trx.raw(`select count(*) as n from ${source} s`));
  const changed = toNumber(written_?.changed ?? 0);
  const updated = toNumber(written_?.updated ?? 0);
  return { inserted: changed - updated, updated, unchanged: toNumber(staged?.n ?? 0) - changed };
}

/** The table name without its schema qualifier, for CREATE TEMPORARY TABLE (which must not name the schema). */
function bare(name: string): string {
  return name.slice(name.indexOf('.') + 1);
}

interface SqliteStatement {
  run(...params: unknown[]): unknown;
}

interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}

/**
 * SQLite: better-sqlite3 prepared statements on the transaction's own connection, several times faster than
 * building multi-row statements through knex. Temp tables live in memory, keyed so a repeated key keeps its last value.
 */
async function sqliteStage(trx: Knex.Transaction): Promise<Stage> {
  const table = 'temp.observation_stage';
  const written = 'temp.observation_written';
  const connection = (await trx.client.acquireConnection()) as SqliteConnection;
  await trx.raw(`drop table if exists ${table}`);
  await trx.raw(`drop table if exists ${written}`);
  await trx.raw(
    'create temporary table observation_stage (indicator text not null, unit text not null, ' +
      'period text not null, value real not null, primary key (indicator, unit, period)) without rowid',
  );
  const insert = connection.prepare(
    `insert into ${table} (indicator, unit, period, value) values (?, ?, ?, ?) ` +
      'on conflict (indicator, unit, period) do update set value = excluded.value',
  );
  return {
    source: table,
    written,
    tables: [table, written],
    async add(rows) {
      for (const row of rows) insert.run(row.indicator, row.unit, row.period, row.value);
    },
  };
}

/**
 * PostgreSQL: one INSERT ... SELECT FROM unnest(arrays) per chunk, four array parameters instead of 40,000 scalar
 * ones, which PostgreSQL parses and plans far faster than a long VALUES list. The stage is an unkeyed heap (a keyed
 * temp table outgrows the session's small temp_buffers and crawls); repeated keys are resolved when reading it, by
 * input order. Temp tables are dropped at commit.
 */
async function postgresStage(trx: Knex.Transaction): Promise<Stage> {
  const table = 'pg_temp.observation_stage';
  const written = 'pg_temp.observation_written';
  await trx.raw(`drop table if exists ${table}`);
  await trx.raw(`drop table if exists ${written}`);
  await trx.raw(
    'create temporary table observation_stage (indicator text not null, unit text not null, ' +
      'period text not null, value float8 not null, ord bigint not null) on commit drop',
  );
  let staged = 0;
  return {
    source:
      '(select distinct on (indicator, unit, period) indicator, unit, period, value ' +
      `from ${table} order by indicator, unit, period, ord desc)`,
    written,
    tables: [table, written],
    async add(rows) {
      await trx.raw(
        `insert into ${table} (indicator, unit, period, value, ord) ` +
          'select t.indicator, t.unit, t.period, t.value, ? + t.n ' +
          'from unnest(?::text[], ?::text[], ?::text[], ?::float8[]) ' +
          'with ordinality as t(indicator, unit, period, value, n)',
        [
          staged,
          rows.map((row) => row.indicator),
          rows.map((row) => row.unit),
          rows.map((row) => row.period),
          rows.map((row) => row.value),
        ],
      );
      staged += rows.length;
    },
  };
}
