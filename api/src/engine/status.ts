// Status of a value against its target (DESIGN.md): ACHIEVED, WARNING (within the warning band), NOT_ACHIEVED,
// NO_DATA (no value) and NO_TARGET (no target); AT_RISK is decided on the year's outlook (yearOutlook.ts).
import type { Target } from './targets';

export type Status = 'ACHIEVED' | 'WARNING' | 'NOT_ACHIEVED' | 'NO_DATA' | 'NO_TARGET' | 'AT_RISK';

/** What statusOf decides from the period alone. */
export type PeriodStatus = Exclude<Status, 'AT_RISK'>;

export function statusOf(value: number | null, target: Target | null): PeriodStatus {
  if (value === null) return 'NO_DATA';
  if (!target) return 'NO_TARGET';
  const w = target.warning;
  switch (target.direction) {
    case 'higher':
      if (target.value === null) return 'NO_TARGET';
      return value >= target.value ? 'ACHIEVED' : value >= target.value - w ? 'WARNING' : 'NOT_ACHIEVED';
    case 'lower':
      if (target.value === null) return 'NO_TARGET';
      return value <= target.value ? 'ACHIEVED' : value <= target.value + w ? 'WARNING' : 'NOT_ACHIEVED';
    case 'range': {
      if (target.low === null || target.high === null) return 'NO_TARGET';
      if (value >= target.low && value <= target.high) return 'ACHIEVED';
      return value >= target.low - w && value <= target.high + w ? 'WARNING' : 'NOT_ACHIEVED';
    }
  }
}
