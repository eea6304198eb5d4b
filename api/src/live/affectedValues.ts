// Which values a live subscriber is sent after changes: the rule behind Subscription.valuesChanged, as a pure
// function of the catalog, the units and the changes applied (no engine, no server).
//
// For each observation change (indicator I, unit U, period P):
// - the affected indicators are I and every indicator that reads it, transitively: by formula, or as the weight of a
//   weighted average (engine/readers.ts);
// - the affected periods are P and each coarser period holding it (a month: its quarter and its year);
// - at a period Q the affected units are the units that hold U's territory in Q's edition and all their ancestors:
//   U itself when Q is reported in P's edition, else the units the crosswalk merged U into and those of U's
//   ancestors whose code exists in Q's edition (the province keeps its code across the reform);
// - the subscriber is sent, for its unit when it is affected at Q, the value at Q of each affected indicator it
//   watches whose frequency allows Q (a yearly indicator only at the year).
// For a target change (indicator I, unit U, year Y), the subscriber of unit U watching I is sent I's value at Y.
// Each (indicator, period) is sent once per batch of changes, finest period first, then in catalog order. Values a
// time function reads from other periods (prev, lastYear, ytd of later months) are not re-sent.
import type { Catalog, Indicator } from '@ioc/schema/catalog';
import { FREQUENCIES, isCoarserOrEqual, type Period, parentAt, parsePeriod } from '@ioc/schema/period';
import type { EditionIndex } from '@ioc/schema/units';
import { readersOf } from '../engine/readers';
import type { ChangeEvent } from '../store/changes';
import type { UnitDirectory, UnitInEdition } from '../units/unitDirectory';

export interface Watch {
  /** The subscriber's unit code; read in the edition of each affected period. */
  unit: string;
  /** The indicators watched; null for all of them. */
  indicators: ReadonlySet<string> | null;
}

export interface AffectedValue {
  indicator: Indicator;
  unit: UnitInEdition;
  period: Period;
}

type Change = Pick<ChangeEvent, 'kind' | 'indicator' | 'unit' | 'period' | 'year'>;

export function affectedValues(options: {
  catalog: Catalog;
  units: UnitDirectory;
  changes: readonly Change[];
  watch: Watch;
}): AffectedValue[] {
  const { catalog, units, changes, watch } = options;
  const found = new Map<string, AffectedValue>();
  const add = (indicator: Indicator, edition: EditionIndex, period: Period): void => {
    if (watch.indicators && !watch.indicators.has(indicator.code)) return;
    if (!isCoarserOrEqual(period.frequency, indicator.frequency)) return;
    const unit = units.get(edition, watch.unit);
    if (unit) found.set(`${indicator.code}|${period.id}`, { indicator, unit, period });
  };
  const readerCodes = readersOf(catalog);
  const readers = (ind: Indicator) => [...readerCodes(ind.code)].map((code) => catalog.byCode.get(code) as Indicator);

  for (const change of changes) {
    const indicator = catalog.byCode.get(change.indicator);
    if (!indicator || change.kind === 'alert') continue;
    if (change.kind === 'target') {
      if (change.unit !== watch.unit || change.year === null) continue;
      const year = parsePeriod(String(change.year));
      const edition = units.editionFor(year);
      if (edition) add(indicator, edition, year);
      continue;
    }
    if (change.period === null) continue;
    const period = parsePeriod(change.period);
    const edition = units.editionFor(period);
    const changed = edition && units.get(edition, change.unit);
    if (!edition || !changed) continue;
    const indicators = readers(indicator);
    for (const at of [period, ...coarserPeriods(period)]) {
      const atEdition = units.editionFor(at);
      if (!atEdition || !holdsTerritory(units, changed, atEdition).has(watch.unit)) continue;
      for (const ind of indicators) add(ind, atEdition, at);
    }
  }

  const order = new Map(catalog.indicators.map((ind, i) => [ind.code, i]));
  const rank = (v: AffectedValue) => FREQUENCIES.indexOf(v.period.frequency);
  return [...found.values()].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.period.start.localeCompare(b.period.start) ||
      (order.get(a.indicator.code) ?? 0) - (order.get(b.indicator.code) ?? 0),
  );
}

/** The periods of coarser frequencies holding `period`: for a month, its quarter and its year. */
export function coarserPeriods(period: Period): Period[] {
  return FREQUENCIES.filter((f) => f !== period.frequency && isCoarserOrEqual(f, period.frequency)).map((f) =>
    parentAt(period, f),
  );
}

/** Codes of the units of `edition` whose values read the territory of `changed`: its holders and their ancestors. */
export function holdsTerritory(units: UnitDirectory, changed: UnitInEdition, edition: EditionIndex): Set<string> {
  const holders =
    changed.edition === edition
      ? [changed.unit.code]
      : [
          ...units.mergedInto(changed).map((u) => u.unit.code),
          ...[changed.unit, ...changed.edition.ancestors(changed.unit.code)]
            .map((u) => u.code)
            .filter((code) => edition.get(code) !== undefined),
        ];
  const codes = new Set<string>();
  for (const code of holders) {
    codes.add(code);
    for (const ancestor of edition.ancestors(code)) codes.add(ancestor.code);
  }
  return codes;
}
