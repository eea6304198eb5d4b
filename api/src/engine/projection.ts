// Early warning: where an indicator's year will end, from the year so far and the pattern of earlier years.
//
// An input indicator is projected by its seasonal ratio (RUNNING_TOTAL for one summed over time, SEASONAL_RATIO for
// one averaged over time or read at its latest period). By the end of a period, earlier years' "so far" (their running
// total, mean so far or latest value) stood at a ratio s of their year's value (averaged over up to three years); the
// year is projected as so-far / s, with a relative error from how much s varied between years (at least 5% for a
// total, 2% for an average or a level; 10% with a single earlier year).
//
// A derived indicator (FORMULA) is its formula evaluated on the year with each input's year replaced by that input's
// own projection (years already complete, and earlier years, are read as they are). Its error comes from its inputs'
// by first-order propagation, taking their errors as independent: each input moved by one standard error moves the
// result by Δi, and the standard error is √ΣΔi².
//
// The chance of reaching the year's target is read from a normal distribution around the projection.
import type { Indicator } from '@ioc/schema/catalog';
import {
  childrenAt,
  isCoarserOrEqual,
  type Period,
  parentAt,
  periodOf,
  previous,
  sameLastYear,
} from '@ioc/schema/period';
import { cumulativeStdNormalProbability, mean as meanOf, sampleStandardDeviation } from 'simple-statistics';
import type { UnitInEdition } from '../units/unitDirectory';
import type { ComputedValue, ValueFlag } from './computedValue';
import type { Engine } from './engine';
import { evaluateFormula } from './evaluateFormula';

/** How a projection was made (GraphQL ProjectionMethod). */
export type ProjectionMethod = 'RUNNING_TOTAL' | 'SEASONAL_RATIO' | 'FORMULA';

export interface Projection {
  method: ProjectionMethod;
  /** The year's projected value. */
  value: number;
  /** What is known at the end of the period: the year's running total, mean so far or latest value; for a formula,
   * its own value at the period. */
  toDate: number;
  /** The mean ratio of so-far to the year's value in earlier years by the same point; for a formula, toDate / value
   * (1 when the projection is 0). */
  seasonalShare: number;
  /** The earlier years the ratio was read from (for a formula: those of its projected inputs), newest first. */
  years: string[];
  /** The projection's standard error relative to its value (0 for a projection of 0). */
  relativeError: number;
  /** The projection's standard error, in the indicator's unit. */
  standardError: number;
}

const MIN_ERROR = { RUNNING_TOTAL: 0.05, SEASONAL_RATIO: 0.02 } as const;
const SINGLE_YEAR_ERROR = 0.1;
/** Formulas of formulas are followed this deep at most (the catalog has no cycles; this bounds the work). */
const MAX_DEPTH = 4;

/** Whether a year-end projection of the indicator means something: shorter than a year, with a yearly pattern. */
export function isProjectable(ind: Indicator): boolean {
  if (ind.frequency === 'year') return false;
  if (ind.kind === 'derived') return ind.formula !== undefined;
  const time = ind.aggregation?.time;
  return time === 'sum' || time === 'average' || time === 'last';
}

/**
 * Whether a period can be projected from: shorter than a year, made of the indicator's own periods, and for all but a
 * running total a week or longer (a day's mean so far, or a formula's inputs, would re-read the year for every day).
 */
function projectsFrom(ind: Indicator, period: Period): boolean {
  if (period.frequency === 'year' || !isCoarserOrEqual(period.frequency, ind.frequency)) return false;
  return period.frequency !== 'day' || (ind.kind === 'input' && ind.aggregation?.time === 'sum');
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
  return project({ engine, unit, yearsBack: options.years ?? 3, depth: 0 }, indicator, period);
}

/** What every projection of one request shares: the unit (in the year's edition), how far back, how deep. */
interface Site {
  engine: Engine;
  unit: UnitInEdition;
  yearsBack: number;
  /** How many formulas deep (inputs of inputs). */
  depth: number;
}

function project(site: Site, indicator: Indicator, period: Period): Projection | null {
  return indicator.kind === 'derived'
    ? projectFormula(site, indicator, period)
    : projectSeasonal(site, indicator, period);
}

function projectSeasonal({ engine, unit, yearsBack }: Site, indicator: Indicator, period: Period): Projection | null {
  const shares: number[] = [];
  const years: string[] = [];
  for (let k = 1; k <= yearsBack; k++) {
    const earlier = yearsBefore(period, k);
    if (!earlier) break;
    const share = shareOfYear(engine, indicator, unit, earlier);
    if (share === null) continue;
    shares.push(share);
    years.push(parentAt(earlier, 'year').id);
  }
  if (shares.length === 0) return null;
  const mean = meanOf(shares);
  if (mean <= 0) return null;
  const known = soFar(engine, indicator, unit, period);
  // A year so far read only in part through the crosswalk would be projected from a part.
  if (known.value === null || known.partial) return null;
  const toDate = known.value;
  const method = indicator.aggregation?.time === 'sum' ? 'RUNNING_TOTAL' : 'SEASONAL_RATIO';
  const spread = shares.length > 1 ? sampleStandardDeviation(shares) / mean : SINGLE_YEAR_ERROR;
  const value = toDate / mean;
  const relativeError = Math.max(MIN_ERROR[method], spread);
  return {
    method,
    value,
    toDate,
    seasonalShare: mean,
    years,
    relativeError: value === 0 ? 0 : relativeError,
    standardError: Math.abs(value) * relativeError,
  };
}

/** The same point `k` years earlier, or null before the first year periods can name. */
function yearsBefore(period: Period, k: number): Period | null {
  let earlier: Period = period;
  try {
    for (let i = 0; i < k; i++) earlier = sameLastYear(earlier);
  } catch {
    return null;
  }
  return earlier;
}

/**
 * The formula on the year, each input's year replaced by its projection from the same point (as of `period`, like a
 * seasonal projection: from `period` itself when the input is as fine, else from its last period ending by then).
 * Earlier years, and a yearly input, are read as they are; a yearly input not yet known leaves nothing to project.
 */
function projectFormula(site: Site, indicator: Indicator, period: Period): Projection | null {
  const { engine, unit, depth } = site;
  const expr = indicator.formula?.expr;
  if (!expr || depth > MAX_DEPTH) return null;
  const year = parentAt(period, 'year');
  const own = engine.compute(indicator, unit, period);
  if (own.value === null || own.flags.includes('not-collected-at-level') || isPartial(own)) return null;
  const projected = new Map<string, Projection | 'known' | null>();
  const inputYear = (code: string): Projection | 'known' | null => {
    if (projected.has(code)) return projected.get(code) ?? null;
    const input = engine.indicatorOf(code);
    let result: Projection | 'known' | null = null;
    if (!isProjectable(input)) {
      result = engine.compute(input, unit, year).value === null ? null : 'known';
    } else {
      const from = lastPeriodBy(input, period);
      result = from && project({ ...site, depth: depth + 1 }, input, from);
    }
    projected.set(code, result);
    return result;
  };
  let missing = false;
  // Every period is read for the unit in the year's edition (earlier years through the crosswalk), as the engine
  // evaluates a formula; the year itself from the inputs' projections.
  const readYear = (code: string, p: Period, moved: string | undefined, ytd: boolean) => {
    const input = engine.indicatorOf(code);
    if (p.id !== year.id) return ytd ? engine.yearToDate(input, unit, p) : engine.compute(input, unit, p);
    const y = inputYear(code);
    if (y === null) missing = true;
    if (y === null || y === 'known') return engine.compute(input, unit, year);
    return { value: code === moved ? y.value + y.standardError : y.value, reporting: 1, expected: 1, flags: [] };
  };
  const evaluateWith = (moved?: string): number | null =>
    evaluateFormula(expr, year, {
      ref: (code, p) => readYear(code, p, moved, false),
      ytd: (code, p) => readYear(code, p, moved, true),
    }).value;
  const value = evaluateWith();
  if (value === null || missing) return null;
  let variance = 0;
  const years = new Set<string>();
  for (const [code, y] of projected) {
    if (y === null || y === 'known') continue;
    for (const yr of y.years) years.add(yr);
    const moved = evaluateWith(code);
    if (moved !== null) variance += (moved - value) ** 2;
  }
  if (years.size === 0) return null; // nothing projected: the year is read, not projected
  const standardError = Math.sqrt(variance);
  return {
    method: 'FORMULA',
    value,
    toDate: own.value,
    seasonalShare: value === 0 ? 1 : own.value / value,
    years: [...years].sort().reverse(),
    relativeError: value === 0 ? 0 : standardError / Math.abs(value),
    standardError,
  };
}

/** The last period of the indicator's frequency ending by the end of `period`, in the same year; null if none. */
function lastPeriodBy(ind: Indicator, period: Period): Period | null {
  if (isCoarserOrEqual(period.frequency, ind.frequency)) return period;
  const containing = periodOf(period.start, ind.frequency);
  if (containing.end <= period.end) return containing;
  const before = previous(containing);
  return before.start >= parentAt(period, 'year').start ? before : null;
}

/** A value read through the crosswalk with a part of its territory left out: not a whole year to learn from. */
const PARTIAL: readonly ValueFlag[] = ['crosswalk-split-excluded', 'crosswalk-non-additive'];

interface SoFar {
  value: number | null;
  /** Some of it was left out through the crosswalk (old units split between new ones). */
  partial: boolean;
}

const isPartial = (v: ComputedValue): boolean => v.flags.some((f) => PARTIAL.includes(f));
const asSoFar = (v: ComputedValue): SoFar => ({ value: v.value, partial: isPartial(v) });

/**
 * What is known of the year at the end of `period`: the running total of an indicator summed over time, the mean so
 * far of one averaged, the latest value of one read at its latest period (as the engine's yearToDate gives them).
 */
function soFar(engine: Engine, indicator: Indicator, unit: UnitInEdition, period: Period): SoFar {
  if (indicator.aggregation?.time === 'sum') return runningTotal(engine, indicator, unit, period);
  if (indicator.aggregation?.time === 'last') {
    // Where every unit reported within the period, its own (memoised) value is each unit's latest of the year.
    const v = engine.compute(indicator, unit, period);
    if (v.value !== null && v.reporting === v.expected) return asSoFar(v);
  }
  return asSoFar(engine.yearToDate(indicator, unit, period));
}

/**
 * The year to date at the end of `period`, as the engine's yearToDate gives it. For an indicator summed over units as
 * well, it is the sum of the year's memoised month (or own-period) values up to `period`: judging every month of
 * every unit reads each month once, not the whole year so far each time (a daily indicator's year is 365 days).
 */
function runningTotal(engine: Engine, indicator: Indicator, unit: UnitInEdition, period: Period): SoFar {
  const step = isCoarserOrEqual(indicator.frequency, 'month') ? indicator.frequency : 'month';
  if (indicator.aggregation?.units !== 'sum' || !isCoarserOrEqual(period.frequency, step)) {
    return asSoFar(engine.yearToDate(indicator, unit, period));
  }
  let total: number | null = null;
  let partial = false;
  for (const q of childrenAt(parentAt(period, 'year'), step)) {
    if (q.start > period.end) break;
    const v = engine.compute(indicator, unit, q);
    if (v.value !== null) total = (total ?? 0) + v.value;
    partial ||= isPartial(v);
  }
  return { value: total, partial };
}

/**
 * So-far at the end of `period` over its year's value; null without both, with no positive year value, or for a year
 * read only in part through the crosswalk (the first half of 2025 for an indicator collected by the old districts).
 */
function shareOfYear(engine: Engine, indicator: Indicator, unit: UnitInEdition, period: Period): number | null {
  const total = engine.compute(indicator, unit, parentAt(period, 'year'));
  if (total.value === null || total.value <= 0 || isPartial(total)) return null;
  const sofar = soFar(engine, indicator, unit, period);
  return sofar.value === null || sofar.partial ? null : sofar.value / total.value;
}

/** The chance (0..1) that the year ends at or above (`higher`) or at or below (`lower`) the target. */
export function chanceOfTarget(p: Projection, target: number, direction: 'higher' | 'lower'): number {
  const sd = p.standardError;
  // A projection without spread: the target is reached or not, with certainty (on the target counts as reached).
  if (sd === 0) return (direction === 'higher' ? p.value >= target : p.value <= target) ? 1 : 0;
  const above = cumulativeStdNormalProbability((p.value - target) / sd);
  return direction === 'higher' ? above : 1 - above;
}

/** One point of the year so far: what is known up to the projected period, what is expected after it. */
export interface PathPoint {
  period: Period;
  /**
   * Known: the year so far at the end of `period` (running total, mean so far or latest value; a formula's own value).
   * Projected: the projection times earlier years' mean ratio by then; a formula has only its year-end point.
   */
  value: number | null;
  projected: boolean;
}

/**
 * The year period by period (months for day and week indicators): what is known up to the period projected from,
 * then the projection spread by the ratio earlier years had reached by each later period, ending at the projection.
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
  const formula = projection.method === 'FORMULA';
  return childrenAt(year, step).map((q): PathPoint => {
    if (q.end <= period.end) {
      const value = formula ? engine.compute(indicator, unit, q).value : soFar(engine, indicator, unit, q).value;
      return { period: q, value, projected: false };
    }
    if (q.end === year.end) return { period: q, value: projection.value, projected: true };
    if (formula) return { period: q, value: null, projected: true };
    const shares = projection.years.flatMap((y) => {
      const earlier = yearsBefore(q, Number(year.id) - Number(y));
      return (earlier && shareOfYear(engine, indicator, unit, earlier)) ?? [];
    });
    return { period: q, value: shares.length > 0 ? projection.value * meanOf(shares) : null, projected: true };
  });
}
