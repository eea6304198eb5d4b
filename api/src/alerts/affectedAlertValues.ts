// The watched values a batch of applied changes can move, so that reconciliation after a write judges those only.
// An observation (I, U, P) moves I and its readers, at P and each coarser period, for every unit holding U's
// territory in that period's edition and their ancestors (as live/affectedValues.ts); a target (I, U, Y) moves I at U
// for the periods of Y. A projectable indicator (I or a reader) moves also at P's year's later periods (projected
// from what was known by their end), and at all its periods when P is the year's last (the year is then complete:
// no longer AT_RISK). Values that time functions read from other periods (prev,
// lastYear; earlier years' seasonal shares) are left to the next full sweep, as for live subscribers.
import type { Catalog } from '@ioc/schema/catalog';
import { childrenAt, parentAt, parsePeriod } from '@ioc/schema/period';
import { isProjectable } from '../engine/projection';
import { readersOf } from '../engine/readers';
import { coarserPeriods, holdsTerritory } from '../live/affectedValues';
import type { ChangeEvent } from '../store/changes';
import type { UnitDirectory } from '../units/unitDirectory';
import { alertKey, isWatched, type WatchedValue, watchedFrequency } from './watchedValues';

type Change = Pick<ChangeEvent, 'kind' | 'indicator' | 'unit' | 'period' | 'year'>;

export function affectedAlertValues(options: {
  catalog: Catalog;
  units: UnitDirectory;
  changes: readonly Change[];
  today: string;
}): WatchedValue[] {
  const { catalog, units, changes, today } = options;
  const readers = readersOf(catalog);
  const found = new Map<string, WatchedValue>();
  const add = (v: WatchedValue) => {
    if (isWatched(v, today)) {
      found.set(alertKey({ indicator: v.indicator.code, unit: v.unit.unit.code, period: v.period.id }), v);
    }
  };
  // A batch of many writes to one place repeats the same work: each (indicator, unit, period) once.
  const seen = new Set<string>();
  for (const change of changes) {
    const indicator = catalog.byCode.get(change.indicator);
    if (!indicator || change.kind === 'alert') continue;
    const once = `${change.kind}|${change.indicator}|${change.unit}|${change.period}|${change.year}`;
    if (seen.has(once)) continue;
    seen.add(once);
    if (change.kind === 'target') {
      if (change.year === null) continue;
      for (const period of childrenAt(parsePeriod(String(change.year)), watchedFrequency(indicator))) {
        const edition = units.editionFor(period);
        const unit = edition && units.get(edition, change.unit);
        if (unit) add({ indicator, unit, period });
      }
      continue;
    }
    if (change.period === null) continue;
    const period = parsePeriod(change.period);
    const edition = units.editionFor(period);
    const changed = edition && units.get(edition, change.unit);
    if (!changed) continue;
    const affected = [...readers(indicator.code)]
      .map((code) => catalog.byCode.get(code))
      .filter((i) => i !== undefined);
    // The outlook of the year's periods from P on (each is projected from what was known by its end), for it and each
    // projectable reader; of every period of the year when P is its last (the year is then complete).
    const year = parentAt(period, 'year');
    const closesYear = period.end === year.end;
    for (const ind of affected) {
      if (!isProjectable(ind)) continue;
      for (const at of childrenAt(year, watchedFrequency(ind))) {
        if (!closesYear && at.end < period.start) continue;
        const atEdition = units.editionFor(at);
        if (!atEdition) continue;
        for (const code of holdsTerritory(units, changed, atEdition)) {
          const unit = units.get(atEdition, code);
          if (unit) add({ indicator: ind, unit, period: at });
        }
      }
    }
    for (const at of [period, ...coarserPeriods(period)]) {
      const atEdition = units.editionFor(at);
      if (!atEdition) continue;
      for (const code of holdsTerritory(units, changed, atEdition)) {
        const unit = units.get(atEdition, code);
        if (!unit) continue;
        for (const ind of affected) add({ indicator: ind, unit, period: at });
      }
    }
  }
  return [...found.values()];
}
