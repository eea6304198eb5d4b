// Period arithmetic for the web's own URL defaults (the last 24 periods of a series): SDMX-style identifiers
// 2026, 2026-Q3, 2026-10, 2026-W47, 2026-11-28. The API validates every period it is sent; this only counts.
import type { Frequency } from '@/gql/graphql';

const DAY_MS = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const isoDate = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The Monday of ISO week 1 of a year: the week holding 4 January. */
function isoWeekOneMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return jan4 - weekday * DAY_MS;
}

/** The ISO week (2026-W47) holding a day: the year of its Thursday. */
function isoWeekOf(t: number): string {
  const weekday = (new Date(t).getUTCDay() + 6) % 7;
  const thursday = t + (3 - weekday) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - isoWeekOneMonday(year)) / (7 * DAY_MS)) + 1;
  return `${year}-W${pad(week)}`;
}

/** The frequency of a period identifier, or null when it is not one. */
export function frequencyOf(id: string): Frequency | null {
  if (/^\d{4}$/.test(id)) return 'YEAR';
  if (/^\d{4}-Q[1-4]$/.test(id)) return 'QUARTER';
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(id)) return 'MONTH';
  if (/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/.test(id)) return 'WEEK';
  if (/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(id)) return 'DAY';
  return null;
}

/** The period `n` steps after `id` (before it when n < 0), of the same frequency; null for a malformed id. */
export function shiftPeriod(id: string, n: number): string | null {
  const year = Number(id.slice(0, 4));
  switch (frequencyOf(id)) {
    case 'YEAR':
      return String(year + n);
    case 'QUARTER': {
      const q = year * 4 + Number(id.slice(6)) - 1 + n;
      return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
    }
    case 'MONTH': {
      const m = year * 12 + Number(id.slice(5, 7)) - 1 + n;
      return `${Math.floor(m / 12)}-${pad((m % 12) + 1)}`;
    }
    case 'WEEK': {
      const monday = isoWeekOneMonday(year) + (Number(id.slice(6)) - 1 + n) * 7 * DAY_MS;
      return isoWeekOf(monday);
    }
    case 'DAY':
      return isoDate(Date.parse(`${id}T00:00:00Z`) + n * DAY_MS);
    default:
      return null;
  }
}

/** The range of `count` periods ending with `to`: [from, to]. */
export function periodsEndingAt(to: string, count: number): { from: string; to: string } | null {
  const from = shiftPeriod(to, -(count - 1));
  return from ? { from, to } : null;
}

/** The last day (YYYY-MM-DD) of a period: the day that decides its edition of the hierarchy. */
export function lastDayOf(id: string): string | null {
  const year = Number(id.slice(0, 4));
  switch (frequencyOf(id)) {
    case 'YEAR':
      return `${year}-12-31`;
    case 'QUARTER':
      return isoDate(Date.UTC(year, Number(id.slice(6)) * 3, 0));
    case 'MONTH':
      return isoDate(Date.UTC(year, Number(id.slice(5, 7)), 0));
    case 'WEEK':
      return isoDate(isoWeekOneMonday(year) + ((Number(id.slice(6)) - 1) * 7 + 6) * DAY_MS);
    case 'DAY':
      return id;
    default:
      return null;
  }
}
