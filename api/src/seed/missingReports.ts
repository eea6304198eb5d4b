// Missing reports: a small random share of rural communes' and districts' reports, and rural communes that skip
// months of some indicators. Provinces and wards always report: a missing city ward would swing the province's totals.
import type { AdminLevel } from '@ioc/schema/units';
import type { PeriodCtx } from './periodContext';
import { hash2, SALT, uniform } from './random';
import { RURAL } from './unitKinds';
import type { UnitStatics } from './unitStatics';

/** Reports of rural communes and districts dropped at random per (indicator, unit, period). */
const DROP_SHARE = 0.018;
/** Rural commune-indicator pairs that skip a 2-4 month stretch every year. */
const FLAKY_SHARE = 0.035;

/** Whether the unit of this (indicator, unit) key is a flaky reporter, should it be a rural commune. */
export function isFlaky(key: number): boolean {
  return uniform(hash2(key, SALT.flaky)) < FLAKY_SHARE;
}

/** Whether unit `i` misses its report of period `p`, from the statics of the indicator it reports with. */
export function isMissing(level: AdminLevel, cls: number, s: UnitStatics, i: number, p: PeriodCtx): boolean {
  if (level === 'province' || cls !== RURAL) return false;
  const key = s.key[i] as number;
  if (uniform(hash2(key ^ SALT.drop, p.key)) < DROP_SHARE) return true;
  if (level !== 'commune' || s.flaky[i] === 0) return false;
  const h = hash2(key ^ SALT.window, p.endYear);
  const start = h % 12;
  const month = p.endMonth - 1;
  return month >= start && month < start + 2 + ((h >>> 8) % 3);
}
