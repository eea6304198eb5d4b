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
}): { ok: true; items: ObservationInput[] } | { ok: false; errors: ItemError[] } {
  const { catalog, units, items, source } = options;
  const errors: ItemError[] = [];
  const valid: ObservationInput[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const fail = (field: ItemError['field'], message: string) => errors.push({ index, field, message });
    const ind = catalog.byCode.get(item.indicator);
    if (!ind) return fail('indicator', `unknown indicator "${item.indicator}"`);
    if (ind.kind === 'derived') {
      return fail('indicator', `${ind.code} is derived (${ind.formula?.text}); only input indicators are recorded`);
    }
    if (ind.source === 'national-feed' && source !== 'national-feed') {
      return fail('indicator', `${ind.code} comes from the national feed; it cannot be entered by ${source}`);
    }
    const parsed = tryParsePeriod(String(item.period));
    if (!parsed.ok) return fail('period', parsed.error.message);
    const period = parsed.period;
    if (period.frequency !== ind.frequency) {
      return fail('period', `${ind.code} is collected by ${ind.frequency}; "${item.period}" is a ${period.frequency}`);
    }
    const edition = units.editionFor(period);
    if (!edition) return fail('period', `no administrative edition covers period ${period.id}`);
    const unit = edition.get(String(item.unit));
    if (!unit)
      return fail('unit', `unit "${item.unit}" does not exist in edition ${edition.edition.id} (period ${period.id})`);
    const level = collectionLevel(ind, edition);
    if (unit.level !== level) {
      return fail(
        'unit',
        `${ind.code} is collected at ${LEVEL_VI[level]} level in edition ${edition.edition.id}; ${unit.fullName} (${unit.code}) is a ${LEVEL_VI[unit.level]}`,
      );
    }
    if (typeof item.value !== 'number' || !Number.isFinite(item.value)) {
      const v: unknown = item.value;
      return fail('value', `value must be a finite number, got ${typeof v === 'string' ? `"${v}"` : String(v)}`);
    }
    const [lo, hi] = ind.bounds ?? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
    if (item.value < lo || item.value > hi) {
      return fail('value', `value ${item.value} is outside the bounds [${lo}, ${hi}] of ${ind.code} (${ind.unit})`);
    }
    const key = `${ind.code}|${unit.code}|${period.id}`;
    const first = seen.get(key);
    if (first !== undefined) return fail('period', `the same indicator, unit and period as item ${first + 1}`);
    seen.set(key, index);
    valid.push({ indicator: ind.code, unit: unit.code, period: period.id, value: item.value });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, items: valid };
}
