// Which period an IOC screen shows for an indicator "as of" a day: its own latest period that has ended by then, or
// the one before when the latest has no value yet (a month's figures come in during the next month).
import type { Indicator } from '@ioc/schema/catalog';
import { type Period, periodOf, previous } from '@ioc/schema/period';

/** The indicator's latest period ending on or before `asOfDay` (YYYY-MM-DD) that `hasValue`, looking back one period. */
export function latestPeriod(ind: Indicator, asOfDay: string, hasValue: (p: Period) => boolean): Period {
  const containing = periodOf(asOfDay, ind.frequency);
  const latest = containing.end <= asOfDay ? containing : previous(containing);
  if (hasValue(latest)) return latest;
  const before = previous(latest);
  return hasValue(before) ? before : latest;
}
