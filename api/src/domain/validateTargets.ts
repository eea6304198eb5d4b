// Checks yearly targets (the People's Council's resolutions) before they are written: the indicator has a
// threshold direction to judge against, the unit exists at the end of that year, and the figures fit the direction.
import type { Catalog } from '@ioc/schema/catalog';
import type { UnitDirectory } from '../units/unitDirectory';
import type { TargetInput } from './observation';

export interface TargetError {
  index: number;
  field: 'indicator' | 'unit' | 'year' | 'value' | 'low' | 'high';
  message: string;
}

const finiteOrNull = (v: unknown): boolean =>
  v === null || v === undefined || (typeof v === 'number' && Number.isFinite(v));

export function validateTargets(options: {
  catalog: Catalog;
  units: UnitDirectory;
  items: readonly TargetInput[];
  /** How an item is named in messages (default: item 1, item 2, ...; an import names its rows). */
  label?: (index: number) => string;
}): { ok: true; items: TargetInput[] } | { ok: false; errors: TargetError[] } {
  const { catalog, units, items } = options;
  const label = options.label ?? ((i: number) => `item ${i + 1}`);
  const errors: TargetError[] = [];
  const valid: TargetInput[] = [];
  const seen = new Map<string, number>();
  const check = (t: TargetInput): TargetInput | Omit<TargetError, 'index'> => {
    const ind = catalog.byCode.get(t.indicator);
    if (!ind) return { field: 'indicator', message: `unknown indicator "${t.indicator}"` };
    if (!Number.isInteger(t.year) || t.year < 2000 || t.year > 2100) {
      return { field: 'year', message: `year must be a whole year between 2000 and 2100, got ${t.year}` };
    }
    const edition = units.editionOn(`${t.year}-12-31`);
    const unit = edition?.get(String(t.unit));
    if (!edition || !unit) {
      return {
        field: 'unit',
        message: `unit "${t.unit}" does not exist on ${t.year}-12-31 (edition ${edition?.edition.id ?? 'none'})`,
      };
    }
    for (const f of ['value', 'low', 'high'] as const) {
      if (!finiteOrNull(t[f])) return { field: f, message: `${f} must be a finite number, got ${String(t[f])}` };
    }
    const direction = ind.threshold?.direction;
    const hasValue = t.value !== null && t.value !== undefined;
    const hasRange = (t.low ?? null) !== null || (t.high ?? null) !== null;
    if (direction === 'range' || (!direction && hasRange)) {
      if (t.low == null || t.high == null) {
        return { field: 'low', message: `${ind.code} is judged within a range: give low and high` };
      }
      if (t.low >= t.high) return { field: 'high', message: `high (${t.high}) must be greater than low (${t.low})` };
      if (hasValue)
        return { field: 'value', message: `${ind.code} is judged within a range: give low and high, not value` };
    } else {
      if (!hasValue) return { field: 'value', message: `${ind.code} needs a target value` };
      if (hasRange)
        return {
          field: 'low',
          message: `${ind.code} is judged by direction ${direction ?? 'higher'}: give value, not low/high`,
        };
    }
    return {
      indicator: ind.code,
      unit: unit.code,
      year: t.year,
      value: t.value ?? null,
      low: t.low ?? null,
      high: t.high ?? null,
    };
  };
  items.forEach((item, index) => {
    const r = check(item);
    if ('field' in r) {
      errors.push({ index, ...r });
      return;
    }
    const key = `${r.indicator}|${r.unit}|${r.year}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({ index, field: 'year', message: `the same indicator, unit and year as ${label(first)}` });
      return;
    }
    seen.set(key, index);
    valid.push(r);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, items: valid };
}
