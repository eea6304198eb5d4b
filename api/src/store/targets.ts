// Persistence of yearly targets (from the People's Council's resolutions): transactional upserts that log a change
// row per written target, and loading them all for the engine.
import { targetsAudit, type WrittenTarget } from '../audit/batchAudit';
import { writeAudit } from '../audit/writeAudit';
import type { EntityManager } from '../db/database';
import { TargetEntity } from '../db/entities/Target';
import type { TargetInput, WriteMeta } from '../domain/observation';
import { chunks, insertRows, inTransaction, keyLimits, rawRows, toNullableNumber } from './sql';

export interface Target {
  indicator: string;
  unit: string;
  year: number;
  value: number | null;
  low: number | null;
  high: number | null;
  setBy: string;
  setAt: Date;
}

export interface TargetUpsertResult {
  inserted: number;
  updated: number;
  unchanged: number;
  /** The targets that were inserted or changed, i.e. those with a new change row. */
  changed: TargetInput[];
}

/** Keys per statement: 9 columns x 500 stays far below both databases' bind-parameter limits. */
const targetChunkSize = 500;

/**
 * Records targets in one transaction (the caller's, when `em` is inside one). Missing value/low/high mean null; a
 * target equal to the stored one writes nothing; a key given twice keeps its last target. A call that changed anything
 * writes one audit row (action setTargets) in the same transaction.
 */
export async function upsertTargets({
  em,
  items,
  meta,
}: {
  em: EntityManager;
  items: readonly TargetInput[];
  meta: WriteMeta;
}): Promise<TargetUpsertResult> {
  const byKey = new Map<string, NormalTarget>();
  for (const item of items) {
    const target = normalise(item);
    byKey.delete(targetKey(target));
    byKey.set(targetKey(target), target);
  }
  const result: TargetUpsertResult = { inserted: 0, updated: 0, unchanged: 0, changed: [] };
  if (byKey.size === 0) return result;
  const at = meta.at ?? new Date();
  return inTransaction(em, async (trx) => {
    const audited: WrittenTarget[] = [];
    for (const part of chunks([...byKey.values()], targetChunkSize)) {
      const values = part.map(() => '(?, ?, ?)').join(', ');
      const stored = rawRows<StoredTarget>(
        await trx.raw(
          `select t.indicator, t.unit, t.year, t.value, t.low, t.high from targets t join (values ${values}) as k ` +
            // The cast: PostgreSQL types the VALUES list's bound parameters as text.
            'on t.indicator = k.column1 and t.unit = k.column2 and t.year = cast(k.column3 as integer)',
          part.flatMap((t) => [t.indicator, t.unit, t.year]),
        ),
      );
      const current = new Map(stored.map((row) => [targetKey({ ...row, year: Number(row.year) }), row]));
      const written: NormalTarget[] = [];
      for (const target of part) {
        const previous = current.get(targetKey(target));
        if (previous && sameFigures(previous, target)) {
          result.unchanged++;
          continue;
        }
        if (previous) result.updated++;
        else result.inserted++;
        written.push(target);
        audited.push({
          indicator: target.indicator,
          unit: target.unit,
          year: target.year,
          after: { value: target.value, low: target.low, high: target.high },
          before: previous
            ? {
                value: toNullableNumber(previous.value),
                low: toNullableNumber(previous.low),
                high: toNullableNumber(previous.high),
              }
            : null,
        });
      }
      if (written.length === 0) continue;
      await insertRows(
        trx,
        'targets',
        ['indicator', 'unit', 'year', 'value', 'low', 'high', 'set_by', 'set_at'],
        written.map((t) => [t.indicator, t.unit, t.year, t.value, t.low, t.high, meta.actor, at]),
        ' on conflict ("indicator", "unit", "year") do update set "value" = excluded."value", ' +
          '"low" = excluded."low", "high" = excluded."high", ' +
          '"set_by" = excluded."set_by", "set_at" = excluded."set_at"',
      );
      await insertRows(
        trx,
        'changes',
        ['indicator', 'unit', 'period', 'year', 'kind', 'at'],
        written.map((t) => [t.indicator, t.unit, null, t.year, 'target', at]),
      );
      result.changed.push(...written);
    }
    if (audited.length > 0) await writeAudit(trx, [targetsAudit(meta, at, audited)]);
    return result;
  });
}

/** Every target, ordered by indicator, unit and year. */
export async function loadTargets({ em }: { em: EntityManager }): Promise<Target[]> {
  const rows = await em.find(
    TargetEntity,
    {},
    { orderBy: { indicator: 'asc', unit: 'asc', year: 'asc' }, disableIdentityMap: true },
  );
  return rows.map((row) => ({
    indicator: row.indicator,
    unit: row.unit,
    year: row.year,
    value: row.value ?? null,
    low: row.low ?? null,
    high: row.high ?? null,
    setBy: row.setBy,
    setAt: row.setAt,
  }));
}

interface NormalTarget {
  indicator: string;
  unit: string;
  year: number;
  value: number | null;
  low: number | null;
  high: number | null;
}

interface StoredTarget {
  indicator: string;
  unit: string;
  year: unknown;
  value: unknown;
  low: unknown;
  high: unknown;
}

function targetKey(t: { indicator: string; unit: string; year: number }): string {
  return `${t.indicator}|${t.unit}|${t.year}`;
}

function sameFigures(stored: StoredTarget, target: NormalTarget): boolean {
  return (
    toNullableNumber(stored.value) === target.value &&
    toNullableNumber(stored.low) === target.low &&
    toNullableNumber(stored.high) === target.high
  );
}

/** Checks a target before anything is written, and makes missing figures null. */
function normalise(item: TargetInput): NormalTarget {
  const where = `target ${item.indicator} / ${item.unit} / ${item.year}`;
  for (const part of ['indicator', 'unit'] as const) {
    const text: unknown = item[part];
    if (typeof text !== 'string' || text.length === 0 || text.length > keyLimits[part]) {
      throw new RangeError(`${where}: ${part} must be a text of 1 to ${keyLimits[part]} characters`);
    }
  }
  if (!Number.isInteger(item.year)) throw new RangeError(`${where}: year must be an integer`);
  const figure = (name: 'value' | 'low' | 'high'): number | null => {
    const value = item[name];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new RangeError(`${where}: ${name} must be a finite number or null, got ${String(value)}`);
    }
    return value;
  };
  return {
    indicator: item.indicator,
    unit: item.unit,
    year: item.year,
    value: figure('value'),
    low: figure('low'),
    high: figure('high'),
  };
}
