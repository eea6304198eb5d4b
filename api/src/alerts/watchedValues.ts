// Which values can raise an alert, and on which statuses. The rule, decided once and applied by both the full sweep
// and the incremental reconciliation:
// - an indicator with a threshold is watched at its own frequency when that is a month, quarter or year; a day or
//   week indicator is judged on its month value (a single bad day is noise, its month is what leaders act on);
// - at every unit of the period's edition down to the level where the indicator is collected in that edition
//   (province, districts before the 2025 reform, communes);
// - only periods that have ended (as of the day in Asia/Ho_Chi_Minh), from 1 January of the previous year: older
//   periods are history, not something to direct anyone about;
// - the status raises an alert when it is NOT_ACHIEVED or AT_RISK (the year projected to miss its target: the early
//   warning), or also WARNING where the threshold says `alert: warning`.
import type { Catalog, Indicator } from '@ioc/schema/catalog';
import {
  type Frequency,
  isCoarserOrEqual,
  type Period,
  parsePeriod,
  periodOf,
  previous,
  range,
} from '@ioc/schema/period';
import { ADMIN_LEVELS, type EditionIndex } from '@ioc/schema/units';
import { collectionLevel } from '../engine/engine';
import type { Status } from '../engine/status';
import type { UnitDirectory, UnitInEdition } from '../units/unitDirectory';

export interface WatchedValue {
  indicator: Indicator;
  unit: UnitInEdition;
  period: Period;
}

/** The open-alert key of a value: "indicator|unit|period" (the period names the edition). */
export function alertKey(value: { indicator: string; unit: string; period: string }): string {
  return `${value.indicator}|${value.unit}|${value.period}`;
}

/** Whether a status of this indicator raises an alert. */
export function raisesAlert(indicator: Indicator, status: Status): boolean {
  if (status === 'NOT_ACHIEVED' || status === 'AT_RISK') return true;
  return status === 'WARNING' && indicator.threshold?.alert === 'warning';
}

/** The frequency an indicator is judged at: its own, but a month for day and week indicators. */
export function watchedFrequency(indicator: Indicator): Frequency {
  return isCoarserOrEqual(indicator.frequency, 'month') ? indicator.frequency : 'month';
}

/** The first day watched: 1 January of the year before `today`'s. */
export function windowStart(today: string): string {
  return `${Number(today.slice(0, 4)) - 1}-01-01`;
}

/** Whether a period is in the window: started on or after its first day and ended before `today`. */
export function inWindow(period: Period, today: string): boolean {
  return period.start >= windowStart(today) && period.end < today;
}

const depth = (level: string): number => ADMIN_LEVELS.indexOf(level as never);

/** Whether a unit of an edition is at or above the level where the indicator is collected in that edition. */
export function unitWatched(indicator: Indicator, unit: UnitInEdition): boolean {
  return depth(unit.unit.level) <= depth(collectionLevel(indicator, unit.edition));
}

/** Whether a value is one the rule above watches. */
export function isWatched(value: WatchedValue, today: string): boolean {
  const { indicator, unit, period } = value;
  return (
    indicator.threshold !== undefined &&
    period.frequency === watchedFrequency(indicator) &&
    inWindow(period, today) &&
    unitWatched(indicator, unit)
  );
}

/** The ended periods of a frequency in the window, oldest first. */
export function windowPeriods(frequency: Frequency, today: string): Period[] {
  const first = periodOf(windowStart(today), frequency);
  const last = previous(periodOf(today, frequency));
  if (last.end < first.start) return [];
  return range(first, last).filter((p) => inWindow(p, today));
}

/** Every watched value as of `today`: what a full sweep judges. */
export function* watchedValues(options: {
  catalog: Catalog;
  units: UnitDirectory;
  today: string;
}): Generator<WatchedValue> {
  const { catalog, units, today } = options;
  const periods = new Map<Frequency, Period[]>();
  for (const indicator of catalog.indicators) {
    if (!indicator.threshold) continue;
    const frequency = watchedFrequency(indicator);
    let list = periods.get(frequency);
    if (!list) {
      list = windowPeriods(frequency, today);
      periods.set(frequency, list);
    }
    for (const period of list) {
      const edition = units.editionFor(period);
      if (!edition) continue;
      for (const unit of unitsDownTo(indicator, edition)) yield { indicator, unit, period };
    }
  }
}

function unitsDownTo(indicator: Indicator, edition: EditionIndex): UnitInEdition[] {
  const lowest = depth(collectionLevel(indicator, edition));
  return edition.edition.units.filter((u) => depth(u.level) <= lowest).map((unit) => ({ unit, edition }));
}

/** A stored alert's value, or undefined when its indicator, period or unit no longer exists. */
export function valueOfKey(
  catalog: Catalog,
  units: UnitDirectory,
  key: { indicator: string; unit: string; period: string },
): WatchedValue | undefined {
  const indicator = catalog.byCode.get(key.indicator);
  if (!indicator) return undefined;
  const period = parsePeriod(key.period);
  const edition = units.editionFor(period);
  const unit = edition && units.get(edition, key.unit);
  return unit ? { indicator, unit, period } : undefined;
}
