// Which period an IOC screen shows for an indicator "as of" a day: its own latest period that has ended by then, or
// the one before when the latest has no value yet (a month's figures come in during the next month).
import type { Indicator } from '@ioc/schema/catalog';
import { type Frequency, type Period, periodOf, previous } from '@ioc/schema/period';

/** The latest period of a frequency ended by a day, and the one before it: the same for every unit and indicator. */
const candidates = new Map<string, [latest: Period, before: Period]>();

function candidatesFor(frequency: Frequency, asOfDay: string): [Period, Period] {
  const key = `${frequency}|${asOfDay}`;
  let found = candidates.get(key);
  if (!found) {
    const containing = periodOf(asOfDay, frequency);
    const latest = containing.end <= asOfDay ? containing : previous(containing);
    found = [latest, previous(latest)];
    if (candidates.size > 10_000) candidates.clear();
    candidates.set(key, found);
  }
  return found;
}

/** The indicator's latest period ending on or before `asOfDay` (YYYY-MM-DD) that `hasValue`, looking back one period. */
export function latestPeriod(ind: Indicator, asOfDay: string, hasValue: (p: Period) => boolean): Period {
  const [latest, before] = candidatesFor(ind.frequency, asOfDay);
  if (hasValue(latest)) return latest;
  return hasValue(before) ? before : latest;
}
