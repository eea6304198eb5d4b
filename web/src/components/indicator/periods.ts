// The web's period arithmetic for URL defaults (the last 24 periods of a series, the periods a picker offers), over
// the project's own period algebra (@ioc/schema/period), with the frequencies as the API's enum names them.
import {
  type Frequency as CatalogFrequency,
  periodOf as periodHolding,
  shift,
  tryParsePeriod,
} from '@ioc/schema/period';
import type { Frequency } from '@/gql/graphql';

const toEnum = (f: CatalogFrequency) => f.toUpperCase() as Frequency;

/** The frequency of a period identifier, or null when it is not one. */
export function frequencyOf(id: string): Frequency | null {
  const parsed = tryParsePeriod(id);
  return parsed.ok ? toEnum(parsed.period.frequency) : null;
}

/** The period `n` steps after `id` (before it when n < 0), of the same frequency; null for a malformed id. */
export function shiftPeriod(id: string, n: number): string | null {
  const parsed = tryParsePeriod(id);
  if (!parsed.ok) return null;
  try {
    return shift(parsed.period, n).id;
  } catch {
    return null; // past the years periods can name
  }
}

/** The range of `count` periods ending with `to`: [from, to]. */
export function periodsEndingAt(to: string, count: number): { from: string; to: string } | null {
  const from = shiftPeriod(to, -(count - 1));
  return from ? { from, to } : null;
}

/** The last day (YYYY-MM-DD) of a period: the day that decides its edition of the hierarchy. */
export function lastDayOf(id: string): string | null {
  const parsed = tryParsePeriod(id);
  return parsed.ok ? parsed.period.end : null;
}

/** The period of a frequency holding a day (YYYY-MM-DD). */
export function periodOf(frequency: Frequency, day: string): string {
  return periodHolding(day, frequency.toLowerCase() as CatalogFrequency).id;
}
