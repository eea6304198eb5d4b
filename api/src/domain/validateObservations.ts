// Checks a batch of observations against the catalog and the administrative units before anything is written:
// one error per bad item, naming the item and the reason. Shared by Mutation.recordValues and the file importer.
import type { Catalog } from '@ioc/schema/catalog';
import type { Source } from '@ioc/schema/catalogSchema';
import { tryParsePeriod } from '@ioc/schema/period';
import { collectionLevel } from '../engine/engine';
import type { UnitDirectory } from '../units/unitDirectory';
import type { ObservationInput } from './observation';

export interface ItemError {
  /** Position of the item in the batch, from 0. */
  index: number;
  field: 'indicator' | 'unit' | 'period' | 'value';
  message: string;
}

const LEVEL_VI: Record<string, string> = { province: 'province', district: 'district', commune: 'commune' };

/** Returns the items normalised (period ids canonical) or the list of errors; never both. */
export function validateObservations(options: {
  catalog: Catalog;
  units: UnitDirectory;
  items: readonly ObservationInput[];
  source: Source;
  /** How an item is named in messages (default: item 1, item 2, ...; an import names its rows). */
  label?: (index: number) => string;
}): { ok: true; items: ObservationInput[] } | { ok: false; errors: ItemError[] } {
  const { catalog, units, items, source } = options;
  const label = options.label ?? ((i: number) => `item ${i + 1}`);
  const errors: ItemError[] = [];
  const valid: ObservationInput[] = [];
  const seen = new Map<string, number>();
  const err = (field: ItemError['field'], message: string): Omit<ItemError, 'index'> => ({ field, message });
  const checkItem = (item: ObservationInput): ObservationInput | Omit<ItemError, 'index'> => {
    const ind = catalog.byCode.get(item.indicator);
    if (!ind) return err('indicator', `unknown indicator "${item.indicator}"`);
    if (ind.kind === 'derived') {
      return err('indicator', `${ind.code} is derived (${ind.formula?.text}); only input indicators are recorded`);
    }
    if (ind.source === 'national-feed' && source !== 'national-feed') {
      return err('indicator', `${ind.code} comes from the national feed; it cannot be entered by ${source}`);
    }
    const parsed = tryParsePeriod(String(item.period));
    if (!parsed.ok) return err('period', parsed.error.message);
    const period = parsed.period;
    if (period.frequency !== ind.frequency) {
      return err('period', `${ind.code} is collected by ${ind.frequency}; "${item.period}" is a ${period.frequency}`);
    }
    const edition = units.editionFor(period);
    if (!edition) return err('period', `no administrative edition covers period ${period.id}`);
    const unit = edition.get(String(item.unit));
    if (!unit)
      return err('unit', `unit "${item.unit}" does not exist in edition ${edition.edition.id} (period ${period.id})`);
    const level = collectionLevel(ind, edition);
    if (unit.level !== level) {
      return err(
        'unit',
        `${ind.code} is collected at ${LEVEL_VI[level]} level in edition ${edition.edition.id}; ${unit.fullName} (${unit.code}) is a ${LEVEL_VI[unit.level]}`,
      );
    }
    if (typeof item.value !== 'number' || !Number.isFinite(item.value)) {
      const v: unknown = item.value;
      return err('value', `value must be a finite number, got ${typeof v === 'string' ? `"${v}"` : String(v)}`);
    }
    const [lo, hi] = ind.bounds ?? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
    if (item.value < lo || item.value > hi) {
      return err('value', `value ${item.value} is outside the bounds [${lo}, ${hi}] of ${ind.code} (${ind.unit})`);
    }
    return { indicator: ind.code, unit: unit.code, period: period.id, value: item.value };
  };
  for (const [index, item] of items.entries()) {
    const checked = checkItem(item);
    if ('field' in checked) {
      errors.push({ index, ...checked });
      continue;
    }
    const key = `${checked.indicator}|${checked.unit}|${checked.period}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({ index, field: 'period', message: `the same indicator, unit and period as ${label(first)}` });
      continue;
    }
    seen.set(key, index);
    valid.push(checked);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, items: valid };
}
