// An indicator's value for a unit and period as clients see it: the computed value with its target and status (the
// period's own status, or AT_RISK where its year is projected to miss the year's target: yearOutlook.ts).
import type { Indicator } from '@ioc/schema/catalog';
import type { Period } from '@ioc/schema/period';
import type { UnitInEdition } from '../units/unitDirectory';
import type { ComputedValue } from './computedValue';
import type { Engine } from './engine';
import { type Status, statusOf } from './status';
import { type Target, type TargetIndex, targetFor } from './targets';
import { withOutlook } from './yearOutlook';

export interface IndicatorValue extends ComputedValue {
  indicator: Indicator;
  unit: UnitInEdition;
  period: Period;
  target: Target | null;
  status: Status;
}

export function indicatorValue(options: {
  engine: Engine;
  targets: TargetIndex;
  indicator: Indicator;
  unit: UnitInEdition;
  period: Period;
}): IndicatorValue {
  const { engine, targets, indicator, unit, period } = options;
  const computed = engine.compute(indicator, unit, period);
  const target = targetFor(indicator, unit.unit.code, period, targets);
  const status = withOutlook(statusOf(computed.value, target), options);
  return { ...computed, indicator, unit, period, target, status };
}
