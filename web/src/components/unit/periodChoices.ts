// The periods the picker offers: for each frequency the sector's indicators have, the latest ended periods, newest
// first (a period still running has no figures yet). Anything else is one `‹ ›` step or a URL away.
import type { Frequency } from '@/gql/graphql';
import { periodOf, shiftPeriod } from '../indicator/periods';

/** Coarsest first, as people choose: a year, then a quarter of it, a month… */
export const PICKER_FREQUENCIES: readonly Frequency[] = ['YEAR', 'QUARTER', 'MONTH', 'WEEK', 'DAY'];

/** How many of each frequency: five years, three years of quarters and months, a quarter of weeks, a month of days. */
const COUNT: Record<Frequency, number> = { YEAR: 5, QUARTER: 12, MONTH: 36, WEEK: 13, DAY: 31 };

/** Today in Vietnam (UTC+7) as YYYY-MM-DD: the day the IOC's figures are read on. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The latest ended periods of a frequency as of `today`, newest first. */
export function endedPeriods(frequency: Frequency, today: string): string[] {
  const running = periodOf(frequency, today);
  const periods: string[] = [];
  for (let n = 1; n <= COUNT[frequency]; n++) {
    const p = shiftPeriod(running, -n);
    if (p) periods.push(p);
  }
  return periods;
}
