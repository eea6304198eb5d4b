// The periods the demo covers, each with what the value models read of it: day numbers, fractional years, a hash key
// and the unit edition in force at its end. Built once per frequency, shared by every indicator of that frequency.
import { dayNumber, fromDayNumber, parseIsoDate } from '@ioc/schema/calendar';
import { type Frequency, next, type Period, periodOf } from '@ioc/schema/period';
import type { EditionData } from './editionData';
import { hash2 } from './random';

export interface PeriodCtx {
  id: string;
  startN: number;
  endN: number;
  end: string;
  endYear: number;
  endMonth: number;
  /** Fractional years of the period's middle and last day: when a flow or average happens, when a stock is taken. */
  tMid: number;
  tEnd: number;
  /** Hash of (frequency, first day): the period's part of every per-period draw. */
  key: number;
  edition: EditionData | undefined;
}

export const PERIODS_PER_YEAR: Readonly<Record<Frequency, number>> = {
  day: 365.25,
  week: 365.25 / 7,
  month: 12,
  quarter: 4,
  year: 1,
};
const FREQ_SALT: Readonly<Record<Frequency, number>> = { day: 1, week: 2, month: 3, quarter: 4, year: 5 };

/** A day number as a fractional year, at the middle of the day (2025-01-01 is 2025 + 0.5/365). */
export function fractionalYear(n: number): number {
  const { year } = fromDayNumber(Math.floor(n));
  const start = dayNumber(year, 1, 1);
  return year + (n - start + 0.5) / (dayNumber(year + 1, 1, 1) - start);
}

/** The complete periods of a frequency that start on or after `from` and end on or before `to`, oldest first. */
export function periodsBetween(frequency: Frequency, from: string, to: string): Period[] {
  const out: Period[] = [];
  if (from > to) return out;
  let p = periodOf(from, frequency);
  if (p.start < from) p = next(p);
  while (p.end <= to) {
    out.push(p);
    p = next(p);
  }
  return out;
}

export function periodContext(p: Period, frequency: Frequency, edition: EditionData | undefined): PeriodCtx {
  const startN = parseIsoDate(p.start);
  const endN = parseIsoDate(p.end);
  return {
    id: p.id,
    startN,
    endN,
    end: p.end,
    endYear: Number(p.end.slice(0, 4)),
    endMonth: Number(p.end.slice(5, 7)),
    tMid: fractionalYear((startN + endN) / 2),
    tEnd: fractionalYear(endN),
    key: hash2(FREQ_SALT[frequency], startN),
    edition,
  };
}
