// Calendar arithmetic for the period algebra: integer day numbers (days since 1970-01-01, UTC) and ISO 8601 weeks.
// Day numbers keep period maths free of time zones and daylight saving; Date is used only to convert them.

const MS_PER_DAY = 86_400_000;

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

// Date.UTC maps years 0-99 to 1900-1999; the platform's years (1900-2999, plus a neighbour on each side) are safe.
// Month and day may overflow (month 13, day 0): Date.UTC normalises them, which callers use for "last day of month".
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromDayNumber(n: number): CalendarDate {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function isoDate(n: number): string {
  const { year, month, day } = fromDayNumber(n);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Day number of a well-formed 'YYYY-MM-DD' string; validation is the parser's job. */
export function parseIsoDate(date: string): number {
  return dayNumber(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

export function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

/** 1 = Monday ... 7 = Sunday. Day 0 (1970-01-01) was a Thursday. */
export function isoWeekday(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function mondayOf(n: number): number {
  return n - isoWeekday(n) + 1;
}

/** The Thursday of n's ISO week: it decides the week's year, and on this platform also its month and quarter. */
export function thursdayOf(n: number): number {
  return n - isoWeekday(n) + 4;
}

export function thursdayOnOrAfter(n: number): number {
  return n + ((4 - isoWeekday(n) + 7) % 7);
}

export function thursdayOnOrBefore(n: number): number {
  return n - ((isoWeekday(n) - 4 + 7) % 7);
}

/** Monday of week 1, the week holding 4 January (equivalently the year's first Thursday). */
export function week1Monday(isoYear: number): number {
  return mondayOf(dayNumber(isoYear, 1, 4));
}

export function isoWeeksInYear(isoYear: number): 52 | 53 {
  return (week1Monday(isoYear + 1) - week1Monday(isoYear)) / 7 === 53 ? 53 : 52;
}

export function isoWeekOf(n: number): { readonly year: number; readonly week: number } {
  const year = fromDayNumber(thursdayOf(n)).year;
  return { year, week: (mondayOf(n) - week1Monday(year)) / 7 + 1 };
}
