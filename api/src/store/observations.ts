// Persistence of observations: transactional upserts for API writes, a bulk path for imports and seeding, a batched
// stream for the engine's in-memory index, the history of a value and the change log other processes poll.
import type { Knex } from '@mikro-orm/knex';
import { observationsAudit } from '../audit/batchAudit';
import { writeAudit } from '../audit/writeAudit';
import type { Database, EntityManager } from '../db/database';
import { ObservationHistoryEntity } from '../db/entities/ObservationHistory';
import type { Observation, ObservationInput, WriteMeta } from '../domain/observation';
import {
  lastPerKey,
  type ObservationKey,
  readCurrentValues,
  type WriteCounts,
  type WrittenObservation,
  writeObservationChunk,
} from './observationWrites';
import { assertObservation, chunks, inTransaction, toDate, toNumber } from './sql';

export interface UpsertResult extends WriteCounts {
  /** The items that were inserted or changed, i.e. those with a new history row and change row. */
  changed: ObservationInput[];
}

/**
 * Keys per statement. 1,000 keeps a typical API batch to four statements (read, upsert, history, changes) while
 * staying far below the bind-parameter limits (8 columns x 1,000 < SQLite's 32,766 and PostgreSQL's 65,535).
 */
export const upsertChunkSize = 1_000;

/**
 * Records values in one transaction (the caller's, when `em` is inside one). A key given twice counts once and
 * keeps its last value; a value equal to the stored one writes nothing. Re-running the same batch is a no-op.
 * A call that changed anything writes one audit row (action recordValues) in the same transaction.
 */
export async function upsertObservations({
  em,
  items,
  meta,
  chunkSize = upsertChunkSize,
}: {
  em: EntityManager;
  items: readonly ObservationInput[];
  meta: WriteMeta;
  chunkSize?: number;
}): Promise<UpsertResult> {
  const distinct = lastPerKey(items);
  for (const item of distinct) assertObservation(item, () => describe(item));
  const result: UpsertResult = { inserted: 0, updated: 0, unchanged: 0, changed: [] };
  if (distinct.length === 0) return result;
  const at = meta.at ?? new Date();
  return inTransaction(em, async (trx) => {
    const written: WrittenObservation[] = [];
    for (const part of chunks(distinct, chunkSize)) {
      written.push(...(await writeObservationChunk(trx, part, meta, at, result)));
    }
    if (written.length > 0) await writeAudit(trx, [observationsAudit(meta, at, written)]);
    result.changed = written.map(({ indicator, unit, period, value }) => ({ indicator, unit, period, value }));
    return result;
  });
}

/**
 * The stored values of the given keys, by observationKey(); keys without a value are absent. Read in chunks of
 * set-based queries, in the EntityManager's transaction when it has one.
 */
export async function readObservations({
  em,
  keys,
}: {
  em: EntityManager;
  keys: readonly ObservationKey[];
}): Promise<Map<string, number>> {
  const knex = em.getTransactionContext<Knex.Transaction>() ?? em.getKnex();
  const values = new Map<string, number>();
  for (const part of chunks(keys, upsertChunkSize)) {
    for (const [key, value] of await readCurrentValues(knex, part)) values.set(key, value);
  }
  return values;
}

/**
 * Every observation in id order, a batch at a time, read with keyset pagination outside the ORM's identity map
 * (millions of rows would not fit in it). Batches are separate queries, not one snapshot: to stay consistent, take
 * latestChangeSeq() before streaming and apply changesSince() from it afterwards.
 */
export async function* streamObservations({
  db,
  batchSize = 10_000,
}: {
  db: Database;
  batchSize?: number;
}): AsyncGenerator<Observation[]> {
  const knex = db.em().getKnex();
  let afterId = 0;
  for (;;) {
    const rows: ObservationDbRow[] = await knex('observations')
      .select('id', 'indicator', 'unit', 'period', 'value', 'source', 'recorded_by', 'recorded_at')
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(batchSize);
    if (rows.length === 0) return;
    afterId = toNumber(rows[rows.length - 1]?.id);
    yield rows.map(fromDbRow);
    if (rows.length < batchSize) return;
  }
}

export interface HistoryEntry {
  indicator: string;
  unit: string;
  period: string;
  /** Null when the value was first recorded. */
  oldValue: number | null;
  newValue: number;
  source: Observation['source'];
  changedBy: string;
  changedAt: Date;
}

/** The history of one observation, newest first. */
export async function observationHistory({
  em,
  indicator,
  unit,
  period,
}: {
  em: EntityManager;
  indicator: string;
  unit: string;
  period: string;
}): Promise<HistoryEntry[]> {
  const rows = await em.find(
    ObservationHistoryEntity,
    { indicator, unit, period },
    { orderBy: { id: 'desc' }, disableIdentityMap: true },
  );
  return rows.map((row) => ({
    indicator: row.indicator,
    unit: row.unit,
    period: row.period,
    oldValue: row.oldValue ?? null,
    newValue: row.newValue,
    source: row.source,
    changedBy: row.changedBy,
    changedAt: row.changedAt,
  }));
}

interface ObservationDbRow {
  id: unknown;
  indicator: string;
  unit: string;
  period: string;
  value: unknown;
  source: Observation['source'];
  recorded_by: string;
  recorded_at: unknown;
}

function fromDbRow(row: ObservationDbRow): Observation {
  return {
    indicator: row.indicator,
    unit: row.unit,
    period: row.period,
    value: toNumber(row.value),
    source: row.source,
    recordedBy: row.recorded_by,
    recordedAt: toDate(row.recorded_at),
  };
}

function describe(item: ObservationInput): string {
  return `observation ${item.indicator} / ${item.unit} / ${item.period}`;
}
