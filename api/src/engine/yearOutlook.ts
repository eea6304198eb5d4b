// Early warning: a value whose own period is on target (or in the warning band) while its year, still running, is
// projected to miss the year's target is AT_RISK. "Still running" is read from the data, not the clock: the year's
// last period of the indicator's own frequency has no value yet for the unit (a year whose figures are complete is
// judged on them, never on a projection). "Projected to miss": less than an even chance of reaching the target.
import type { Indicator } from '@ioc/schema/catalog';
import { lastChildAt, type Period, parentAt } from '@ioc/schema/period';
import type { UnitInEdition } from '../units/unitDirectory';
import type { Engine } from './engine';
import { chanceOfTarget, isProjectable, type Projection, projectYearEnd } from './projection';
import type { Status } from './status';
import { type TargetIndex, targetFor } from './targets';

/** Below this chance of reaching the year's target, a year still running is at risk. */
export const AT_RISK_BELOW = 0.5;

export interface YearOutlook extends Projection {
  /** The target for the whole year, or null without one (or for a range). */
  yearTarget: number | null;
  /** The chance (0..1) of reaching it; null without a target or for a range. */
  chance: number | null;
}

interface Where {
  engine: Engine;
  targets: TargetIndex;
  indicator: Indicator;
  unit: UnitInEdition;
  period: Period;
}

/** The year-end projection from a period, with the year's target and the chance of reaching it. */
export function yearOutlook(where: Where): YearOutlook | null {
  const { engine, targets, indicator, unit, period } = where;
  const p = projectYearEnd({ engine, indicator, unit, period });
  if (!p) return null;
  const target = targetFor(indicator, unit.unit.code, parentAt(period, 'year'), targets);
  const direction = target?.direction;
  const yearTarget = direction === 'higher' || direction === 'lower' ? (target?.value ?? null) : null;
  let chance: number | null = null;
  if (yearTarget !== null && (direction === 'higher' || direction === 'lower')) {
    // Where no observation can be negative (the catalog's bounds), the running total only grows: a ceiling already
    // passed is missed, whatever the projection's spread (a year's "at most 0 accidents" after one accident).
    const growsOnly = p.method === 'RUNNING_TOTAL' && (indicator.bounds?.[0] ?? Number.NEGATIVE_INFINITY) >= 0;
    chance = growsOnly && direction === 'lower' && p.toDate > yearTarget ? 0 : chanceOfTarget(p, yearTarget, direction);
  }
  return { ...p, yearTarget, chance };
}

/** Whether the period's year still lacks its last period's value for the unit (read in the year's edition). */
export function yearIsRunning(engine: Engine, indicator: Indicator, unit: UnitInEdition, period: Period): boolean {
  const year = parentAt(period, 'year');
  const edition = engine.units.editionFor(year);
  const inYear = edition && engine.units.get(edition, unit.unit.code);
  return (
    inYear !== undefined && engine.compute(indicator, inYear, lastChildAt(year, indicator.frequency)).value === null
  );
}

/** The status of a value once its year's outlook is weighed: AT_RISK, or the period's own status unchanged. */
export function withOutlook(status: Status, where: Where): Status {
  if (status !== 'ACHIEVED' && status !== 'WARNING') return status;
  const { engine, indicator, unit, period } = where;
  if (!isProjectable(indicator) || !yearIsRunning(engine, indicator, unit, period)) return status;
  const chance = yearOutlook(where)?.chance;
  return chance !== null && chance !== undefined && chance < AT_RISK_BELOW ? 'AT_RISK' : status;
}
