// The set-based write of one chunk of observations, through knex in the caller's transaction: read the current values
// of the chunk's keys in one query, then write only what is new or changed, with one history and one change row each.
import type { Knex } from '@mikro-orm/knex';
import { type ObservationInput, observationKey, type WriteMeta } from '../domain/observation';
import { insertRows, rawRows, toNumber } from './sql';

export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** The current value of one observation key, or undefined when it has none. */
export type PreviousValue = number | undefined;

export type ObservationKey = Pick<ObservationInput, 'indicator' | 'unit' | 'period'>;

/** Keys of one chunk, deduplicated: when a key repeats, the last item wins (a later line of a file overrides). */
export function lastPerKey<T extends ObservationInput>(items: Iterable<T>): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const key = observationKey(item);
    // Delete first so the map's order is that of each key's last occurrence.
    byKey.delete(key);
    byKey.set(key, item);
  }
  return [...byKey.values()];
}

/**
 * Columns of the stored observations of a chunk's keys, in one query: a join against a VALUES list (columns
 * column1..3 on both databases). Not `(a, b, c) in ((...), ...)`: PostgreSQL plans a long OR list badly, and with
 * statistics of a table still filling up inside the transaction it falls back to a full scan per chunk.
 */
export async function readKeyedRows<T>(
  trx: Knex | Knex.Transaction,
  part: readonly ObservationKey[],
  columns: readonly string[],
): Promise<Array<T & ObservationKey>> {
  const values = part.map(() => '(?, ?, ?)').join(', ');
  const bindings = part.flatMap((o) => [o.indicator, o.unit, o.period]);
  const selected = ['indicator', 'unit', 'period', ...columns].map((c) => `o.${c}`).join(', ');
  return rawRows<T & ObservationKey>(
    await trx.raw(
      `select ${selected} from observations o join (values ${values}) as k ` +
        'on o.indicator = k.column1 and o.unit = k.column2 and o.period = k.column3',
      bindings,
    ),
  );
}

/** The stored values of a chunk's keys, in one query (see readKeyedRows). */
export async function readCurrentValues(
  trx: Knex | Knex.Transaction,
  part: readonly ObservationKey[],
): Promise<Map<string, number>> {
  const rows = await readKeyedRows<{ value: unknown }>(trx, part, ['value']);
  return new Map(rows.map((row) => [observationKey(row), toNumber(row.value)]));
}

/** An item that was written, with the value it replaced (null when it was new): what the audit log keeps. */
export interface WrittenObservation extends ObservationInput {
  previous: number | null;
}

/**
 * Writes one chunk (distinct keys). Returns the items that were inserted or changed, in input order.
 * Unchanged values write nothing at all: no row update, no history, no change row.
 */
export async function writeObservationChunk(
  trx: Knex.Transaction,
  part: readonly ObservationInput[],
  meta: WriteMeta,
  at: Date,
  counts: WriteCounts,
): Promise<WrittenObservation[]> {
  const current = await readCurrentValues(trx, part);
  const written: WrittenObservation[] = [];
  const history: unknown[][] = [];
  for (const item of part) {
    const previous: PreviousValue = current.get(observationKey(item));
    if (previous === item.value) {
      counts.unchanged++;
      continue;
    }
    if (previous === undefined) counts.inserted++;
    else counts.updated++;
    written.push({ ...item, previous: previous ?? null });
    history.push(historyRow(item, previous ?? null, meta, at));
  }
  if (written.length === 0) return written;
  await insertRows(
    trx,
    'observations',
    observationColumns,
    written.map((item) => observationRow(item, meta, at)),
    observationUpsertSuffix,
  );
  await insertRows(trx, 'observation_history', historyColumns, history);
  await insertRows(
    trx,
    'changes',
    changeColumns,
    written.map((item) => observationChangeRow(item, at)),
  );
  return written;
}

export const observationColumns = ['indicator', 'unit', 'period', 'value', 'source', 'recorded_by', 'recorded_at'];

/** Inserts new keys and overwrites existing ones: also right when another writer inserted the key meanwhile. */
export const observationUpsertSuffix =
  ' on conflict ("indicator", "unit", "period") do update set "value" = excluded."value", ' +
  '"source" = excluded."source", "recorded_by" = excluded."recorded_by", "recorded_at" = excluded."recorded_at"';

export function observationRow(item: ObservationInput, meta: WriteMeta, at: Date): unknown[] {
  return [item.indicator, item.unit, item.period, item.value, meta.source, meta.actor, at];
}

export const historyColumns = [
  'indicator',
  'unit',
  'period',
  'old_value',
  'new_value',
  'source',
  'changed_by',
  'changed_at',
];

export function historyRow(item: ObservationInput, oldValue: number | null, meta: WriteMeta, at: Date): unknown[] {
  return [item.indicator, item.unit, item.period, oldValue, item.value, meta.source, meta.actor, at];
}

export const changeColumns = ['indicator', 'unit', 'period', 'year', 'kind', 'at'];

export function observationChangeRow(item: ObservationInput, at: Date): unknown[] {
  return [item.indicator, item.unit, item.period, null, 'observation', at];
}
