// Early warning for cumulative indicators (summed over time): where the year will end, from the year so far and the
// seasonal pattern of earlier years. By the end of a period, earlier years had reached a share s of their year's total
// (averaged over up to three years); the year-end is projected as year-to-date / s, with a relative error from how much
// that share varied between years (at least 5%, 10% with a single earlier year), and the chance of reaching the
// year's target read from a normal distribution of that error.
import type { Indicator } from '@ioc/schema/catalog';
import { childrenAt, isCoarserOrEqual, type Period, parentAt, sameLastYear } from '@ioc/schema/period';
import { cumulativeStdNormalProbability, mean as meanOf, sampleStandardDeviation } from 'simple-statistics';
import type { UnitInEdition } from '../units/unitDirectory';
import type { Engine } from './engine';

export interface Projection {
  /** The year's projected total. */
  value: number;
  /** Year to date at the end of the period: what is known. */
  toDate: number;
  /** Of a year's total, the share earlier years had reached by the same point (their mean). */
  seasonalShare: number;
  /** The earlier years the share was read from. */
  years: string[];
  /** The projection's relative standard error. */
  relativeError: number;
}

const MIN_ERROR = 0.05;
const SINGLE_YEAR_ERROR = 0.1;

/** Whether the indicator's year is the sum of its periods, so a year-end projection means something. */
export function isProjectable(ind: Indicator): boolean {
  return ind.kind === 'input' && ind.aggregation?.time === 'sum' && ind.frequency !== 'year';
}

/** Whether a period can be projected from: shorter than a year, made of the indicator's own periods. */
function projectsFrom(ind: Indicator, period: Period): boolean {
  return period.frequency !== 'year' && isCoarserOrEqual(period.frequency, ind.frequency);
}

export function projectYearEnd(options: {
  engine: Engine;
  indicator: Indicator;
  unit: UnitInEdition;
  period: Period;
  /** Earlier years to learn the seasonal pattern from (default 3). */
  years?: number;
}): Projection | null {
  const { engine, indicator, period } = options;
  if (!isProjectable(indicator) || !projectsFrom(indicator, period)) return null;
  // At the year's last period the year is known, not projected.
  if (period.end === parentAt(period, 'year').end) return null;
  // The year is read in its own edition (2025: the merged province), earlier years through the crosswalk: a March
  // 2025 value of the old province projects the new province's year, which is what the year's target is set for.
  const yearEdition = engine.units.editionFor(parentAt(period, 'year'));
  const unit = yearEdition && engine.units.get(yearEdition, options.unit.unit.code);
  if (!unit) return null;
  const toDate = runningTotal(engine, indicator, unit, period);
  if (toDate === null) return null;
  const shares: number[] = [];
  const years: string[] = [];
  for (let k = 1; k <= (options.years ?? 3); k++) {
    let earlier: Period = period;
    try {
      for (let i = 0; i < k; i++) earlier = sameLastYear(earlier);
    } catch {
      break; // before the first year periods can name
    }
    const share = shareOfYear(engine, indicator, unit, earlier);
    if (share === null) continue;
    shares.push(share);
    years.push(parentAt(earlier, 'year').id);
  }
  if (shares.length === 0) return null;
  const mean = meanOf(shares);
  if (mean <= 0) return null;
  const spread = shares.length > 1 ? sampleStandardDeviation(shares) / mean : SINGLE_YEAR_ERROR;
  return {
    value: toDate / mean,
    toDate,
    seasonalShare: mean,
    years,
    relativeError: Math.max(MIN_ERROR, spread),
  };
}

/**
 * The year to date at the end of `period`, as the engine's yearToDate gives it. For an indicator summed over units as
 * well, it is the sum of the year's memoised month (or own-period) values up to `period`: judging every month of
 * every unit reads each month once, not the whole year so far each time (a daily indicator's year is 365 days).
 */
function runningTotal(engine: Engine, indicator: Indicator, unit: UnitInEdition, period: Period): number | null {
  const step = isCoarserOrEqual(indicator.frequency, 'month') ? indicator.frequency : 'month';
  if (indicator.aggregation?.units !== 'sum' || !isCoarserOrEqual(period.frequency, step)) {
    return engine.yearToDate(indicator, unit, period).value;
  }
  let total: number | null = null;
  for (const q of childrenAt(parentAt(period, 'year'), step)) {
    if (q.start > period.end) break;
    const v = engine.compute(indicator, unit, q).value;
    if (v !== null) total = (total ?? 0) + v;
  }
  return total;
}

/** Of its year's total, the share reached by the end of `period`; null without both, or with no positive total. */
function shareOfYear(engine: Engine, indicator: Indicator, unit: UnitInEdition, period: Period): number | null {
  const sofar = runningTotal(engine, indicator, unit, period);
  const total = engine.compute(indicator, unit, parentAt(period, 'year')).value;
  return sofar === null || total === null || total <= 0 ? null : sofar / total;
}

/** The chance (0..1) that the year ends at or above (`higher`) or at or below (`lower`) the target. */
export function chanceOfTarget(p: Projection, target: number, direction: 'higher' | 'lower'): number {
  const sd = Math.abs(p.value) * p.relativeError;
  // A projection of 0 has no spread: the target is reached or not, with certainty (on the target counts as reached).
  if (sd === 0) return (direction === 'higher' ? p.value >= target : p.value <= target) ? 1 : 0;
  const above = cumulativeStdNormalProbability((p.value - target) / sd);
  return direction === 'higher' ? above : 1 - above;
}

/** One point of the year's running total: what is known up to the projected period, what is expected after it. */
export interface PathPoint {
  period: Period;
  /** The year to date at the end of `period`: known, or the projection times earlier years' mean share by then. */
  value: number | null;
  projected: boolean;
}

/**
 * The year's running total period by period (months for day and week indicators): the year to date up to the period
 * projected from, then the projected total times the share earlier years had reached by each later period.
 */
export function projectionPath(options: {
  engine: Engine;
  indicator: Indicator;
  unit: UnitInEdition;
  period: Period;
  projection: Projection;
}): PathPoint[] {
  const { engine, indicator, period, projection } = options;
  const year = parentAt(period, 'year');
  const edition = engine.units.editionFor(year);
  const unit = edition && engine.units.get(edition, options.unit.unit.code);
  if (!unit) return [];
  const step = isCoarserOrEqual(indicator.frequency, 'month') ? indicator.frequency : 'month';
  return childrenAt(year, step).map((q): PathPoint => {
    if (q.end <= period.end) return { period: q, value: runningTotal(engine, indicator, unit, q), projected: false };
    const shares = projection.years.flatMap((y) => {
      const offset = Number(year.id) - Number(y);
      let earlier = q;
      for (let i = 0; i < offset; i++) earlier = sameLastYear(earlier);
      return shareOfYear(engine, indicator, unit, earlier) ?? [];
    });
    const value = q.end === year.end ? projection.value : shares.length > 0 ? projection.value * meanOf(shares) : null;
    return { period: q, value, projected: true };
  });
}
