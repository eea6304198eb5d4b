// The period algebra: SDMX-style period ids (2025, 2025-Q3, 2025-07, 2025-W05, 2025-07-15), their spans, containment
// and navigation. Weeks are ISO 8601 weeks and belong to the month, quarter and year that hold their Thursday.
import {
  dayNumber,
  daysInMonth,
  fromDayNumber,
  isoDate,
  isoWeekOf,
  isoWeeksInYear,
  mondayOf,
  pad,
  parseIsoDate,
  thursdayOnOrAfter,
  thursdayOnOrBefore,
  week1Monday,
} from './calendar';

export type Frequency = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** Finest first. */
export const FREQUENCIES: readonly Frequency[] = ['day', 'week', 'month', 'quarter', 'year'];

export interface Period {
  readonly frequency: Frequency;
  readonly id: string;
  /** First day, 'YYYY-MM-DD' (a Monday for weeks). */
  readonly start: string;
  /** Last day, inclusive (a Sunday for weeks). */
  readonly end: string;
}

export class PeriodError extends Error {
  override readonly name = 'PeriodError';
  readonly input: string;
  /** 1-based column of the offending character in `input`. */
  readonly column: number;

  constructor(message: string, input: string, column: number) {
    super(message);
    this.input = input;
    this.column = column;
  }
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2999;
// At least as many periods as 1900-2999 holds: a longer shift cannot land inside, and could overflow Date.
const PERIODS_IN_RANGE: Readonly<Record<Frequency, number>> = {
  day: 402_000,
  week: 57_400,
  month: 13_200,
  quarter: 4_400,
  year: 1_100,
};
const MONTH_NAMES = 'January February March April May June July August September October November December'.split(' ');

const rank = (frequency: Frequency): number => FREQUENCIES.indexOf(frequency);

export function isCoarserOrEqual(a: Frequency, b: Frequency): boolean {
  return rank(a) >= rank(b);
}

// ---- Parsing -------------------------------------------------------------------------------------------------------

// In a shape, 'd' stands for a digit and every other character for itself.
const PERIOD_SHAPES = ['dddd', 'dddd-Qd', 'dddd-dd', 'dddd-Wdd', 'dddd-dd-dd'];
const DATE_SHAPES = ['dddd-dd-dd'];

function matchedLength(input: string, shape: string): number {
  let i = 0;
  while (i < input.length && i < shape.length) {
    const c = input.charAt(i);
    if (shape.charAt(i) === 'd' ? c < '0' || c > '9' : c !== shape.charAt(i)) break;
    i++;
  }
  return i;
}

function parse(input: unknown, noun: 'period' | 'date', shapes: readonly string[], expected: string): Period {
  // Callers may hand over unvalidated data, e.g. a YAML `period: 2025` that arrives as a number.
  if (typeof input !== 'string') {
    throw new PeriodError(`invalid ${noun} ${String(input)}: expected a string`, String(input), 1);
  }
  const fail = (reason: string, column: number, showColumn = true): PeriodError =>
    new PeriodError(`invalid ${noun} "${input}": ${reason}${showColumn ? ` (column ${column})` : ''}`, input, column);

  const space = input.search(/\s/);
  if (space >= 0) throw fail('unexpected whitespace', space + 1);
  const shape = shapes.find((s) => s.length === input.length && matchedLength(input, s) === s.length);
  if (shape === undefined) {
    // Point at the first character that no shape accepts (or just past the end when the input stops short).
    const column = Math.max(...shapes.map((s) => matchedLength(input, s))) + 1;
    throw fail(expected, column, false);
  }

  const year = Number(input.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) throw fail(`year must be ${MIN_YEAR}-${MAX_YEAR}`, 1);
  if (shape === 'dddd') return periodContaining('year', dayNumber(year, 1, 1));
  if (shape === 'dddd-Qd') {
    const quarter = Number(input.slice(6));
    if (quarter < 1 || quarter > 4) throw fail('quarter must be 1-4', 7);
    return periodContaining('quarter', dayNumber(year, quarter * 3 - 2, 1));
  }
  if (shape === 'dddd-Wdd') {
    const week = Number(input.slice(6));
    const weeks = isoWeeksInYear(year);
    if (week < 1) throw fail('week must be 01-53', 7);
    if (week > weeks) throw fail(`${year} has ${weeks} ISO weeks`, 7, false);
    return periodContaining('week', week1Monday(year) + (week - 1) * 7);
  }
  const month = Number(input.slice(5, 7));
  if (month < 1 || month > 12) throw fail('month must be 01-12', 6);
  if (shape === 'dddd-dd') return periodContaining('month', dayNumber(year, month, 1));
  const day = Number(input.slice(8));
  const days = daysInMonth(year, month);
  if (day < 1 || day > 31) throw fail('day must be 01-31', 9);
  if (day > days) throw fail(`${MONTH_NAMES[month - 1]} ${year} has ${days} days`, 9, false);
  return periodContaining('day', dayNumber(year, month, day));
}

/** Periods already parsed (they are frozen, so one object can serve every caller); emptied when it grows large. */
const parsed = new Map<string, Period>();
const PARSED_MAX = 50_000;

export function parsePeriod(input: string): Period {
  const known = parsed.get(input);
  if (known) return known;
  const period = parse(input, 'period', PERIOD_SHAPES, 'expected YYYY, YYYY-Qn, YYYY-MM, YYYY-Www or YYYY-MM-DD');
  if (parsed.size >= PARSED_MAX) parsed.clear();
  parsed.set(input, period);
  return period;
}

export function tryParsePeriod(input: string): { ok: true; period: Period } | { ok: false; error: PeriodError } {
  try {
    return { ok: true, period: parsePeriod(input) };
  } catch (error) {
    if (error instanceof PeriodError) return { ok: false, error };
    throw error;
  }
}

export function frequencyOf(id: string): Frequency {
  return parsePeriod(id).frequency;
}

// ---- Construction --------------------------------------------------------------------------------------------------

/** The period of `frequency` that holds day `n`: the single place where ids, spans and the year range are decided. */
function periodContaining(frequency: Frequency, n: number): Period {
  const { year, month } = fromDayNumber(n);
  switch (frequency) {
    case 'day':
      return make(frequency, isoDate(n), year, n, n);
    case 'week': {
      const week = isoWeekOf(n);
      const monday = mondayOf(n);
      return make(frequency, `${pad(week.year, 4)}-W${pad(week.week, 2)}`, week.year, monday, monday + 6);
    }
    case 'month': {
      const id = `${pad(year, 4)}-${pad(month, 2)}`;
      return make(frequency, id, year, dayNumber(year, month, 1), dayNumber(year, month + 1, 1) - 1);
    }
    case 'quarter': {
      const quarter = Math.ceil(month / 3);
      const start = dayNumber(year, quarter * 3 - 2, 1);
      return make(frequency, `${pad(year, 4)}-Q${quarter}`, year, start, dayNumber(year, quarter * 3 + 1, 1) - 1);
    }
    case 'year':
      return make(frequency, pad(year, 4), year, dayNumber(year, 1, 1), dayNumber(year + 1, 1, 1) - 1);
  }
}

function make(frequency: Frequency, id: string, year: number, start: number, end: number): Period {
  // Navigation (next, shift, sameLastYear) can walk off either end of the supported years; NaN fails this test too.
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) {
    throw new PeriodError(`invalid period "${id}": year must be ${MIN_YEAR}-${MAX_YEAR} (column 1)`, id, 1);
  }
  return Object.freeze({ frequency, id, start: isoDate(start), end: isoDate(end) });
}

export function periodOf(date: string, frequency: Frequency): Period {
  const day = parse(date, 'date', DATE_SHAPES, 'expected YYYY-MM-DD');
  return periodContaining(frequency, parseIsoDate(day.start));
}

// ---- Hierarchy -----------------------------------------------------------------------------------------------------

/** The day that decides which coarser period holds p: a week's Thursday, otherwise p's first day. */
function anchor(p: Period): number {
  const start = parseIsoDate(p.start);
  return p.frequency === 'week' ? start + 3 : start;
}

export function contains(outer: Period, inner: Period): boolean {
  if (!isCoarserOrEqual(outer.frequency, inner.frequency)) return false;
  return periodContaining(outer.frequency, anchor(inner)).id === outer.id;
}

export function parentAt(p: Period, frequency: Frequency): Period {
  if (!isCoarserOrEqual(frequency, p.frequency)) {
    const reason = `${frequency} is finer than ${p.frequency}`;
    throw new PeriodError(`cannot take the ${frequency} of ${p.frequency} "${p.id}": ${reason}`, p.id, 1);
  }
  return periodContaining(frequency, anchor(p));
}

function firstChildAt(p: Period, frequency: Frequency): Period {
  const start = parseIsoDate(p.start);
  const isWeekOfLonger = frequency === 'week' && p.frequency !== 'week';
  return periodContaining(frequency, isWeekOfLonger ? thursdayOnOrAfter(start) : start);
}

/** The last period of a frequency within `p` (for weeks: the last ISO week whose Thursday falls in it). */
export function lastChildAt(p: Period, frequency: Frequency): Period {
  const end = parseIsoDate(p.end);
  const isWeekOfLonger = frequency === 'week' && p.frequency !== 'week';
  return periodContaining(frequency, isWeekOfLonger ? thursdayOnOrBefore(end) : end);
}

export function childrenAt(p: Period, frequency: Frequency): Period[] {
  if (!isCoarserOrEqual(p.frequency, frequency)) {
    const reason = `${frequency} is coarser than ${p.frequency}`;
    throw new PeriodError(`cannot list the ${frequency}s of ${p.frequency} "${p.id}": ${reason}`, p.id, 1);
  }
  return range(firstChildAt(p, frequency), lastChildAt(p, frequency));
}

export function yearToDate(p: Period): Period[] {
  return range(firstChildAt(parentAt(p, 'year'), p.frequency), p);
}

// ---- Navigation ----------------------------------------------------------------------------------------------------

/** Consecutive integers for consecutive periods of one frequency, so navigation is plain addition. */
function ordinal(p: Period): number {
  const start = parseIsoDate(p.start);
  const { year, month } = fromDayNumber(start);
  switch (p.frequency) {
    case 'day':
      return start;
    case 'week':
      return (start + 3) / 7; // Mondays are the day numbers n with n + 3 divisible by 7
    case 'month':
      return year * 12 + month - 1;
    case 'quarter':
      return year * 4 + (month - 1) / 3;
    case 'year':
      return year;
  }
}

function fromOrdinal(frequency: Frequency, k: number): Period {
  switch (frequency) {
    case 'day':
      return periodContaining(frequency, k);
    case 'week':
      return periodContaining(frequency, k * 7 - 3);
    case 'month':
      return periodContaining(frequency, dayNumber(Math.floor(k / 12), (k % 12) + 1, 1));
    case 'quarter':
      return periodContaining(frequency, dayNumber(Math.floor(k / 4), (k % 4) * 3 + 1, 1));
    case 'year':
      return periodContaining(frequency, dayNumber(k, 1, 1));
  }
}

export function shift(p: Period, n: number): Period {
  if (!Number.isInteger(n)) throw new RangeError(`shift: n must be an integer, got ${n}`);
  if (Math.abs(n) >= PERIODS_IN_RANGE[p.frequency]) {
    const reason = `the result is outside ${MIN_YEAR}-${MAX_YEAR}`;
    throw new PeriodError(`cannot shift period "${p.id}" by ${n}: ${reason}`, p.id, 1);
  }
  return fromOrdinal(p.frequency, ordinal(p) + n);
}

export function next(p: Period): Period {
  return shift(p, 1);
}

export function previous(p: Period): Period {
  return shift(p, -1);
}

export function sameLastYear(p: Period): Period {
  const start = parseIsoDate(p.start);
  switch (p.frequency) {
    case 'day': {
      // 29 February falls back to 28 February rather than spilling into March.
      const { year, month, day } = fromDayNumber(start);
      return periodContaining('day', dayNumber(year - 1, month, Math.min(day, daysInMonth(year - 1, month))));
    }
    case 'week': {
      // W53 falls back to the previous ISO year's last week when that year has only 52.
      const { year, week } = isoWeekOf(start);
      const lastYearWeek = Math.min(week, isoWeeksInYear(year - 1));
      return periodContaining('week', week1Monday(year - 1) + (lastYearWeek - 1) * 7);
    }
    case 'month':
      return shift(p, -12);
    case 'quarter':
      return shift(p, -4);
    case 'year':
      return shift(p, -1);
  }
}

export function range(from: Period, to: Period): Period[] {
  if (from.frequency !== to.frequency) {
    const input = `${from.id}..${to.id}`;
    const reason = `${from.frequency} "${from.id}" and ${to.frequency} "${to.id}" differ in frequency`;
    throw new PeriodError(`invalid range "${input}": ${reason}`, input, 1);
  }
  const periods: Period[] = [];
  for (let k = ordinal(from), last = ordinal(to); k <= last; k++) periods.push(fromOrdinal(from.frequency, k));
  return periods;
}

/** Orders by first day; at equal first days the coarser period comes first, so a container precedes its children. */
export function comparePeriods(a: Period, b: Period): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return Math.sign(rank(b.frequency) - rank(a.frequency));
}

/** A period belongs to the edition valid on its last day. */
export function endOfPeriod(p: Period): string {
  return p.end;
}
