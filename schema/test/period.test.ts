// Tests of the period algebra: hand-checked calendar facts (cross-checked with GNU `date +%G-W%V`), exact error
// messages, and fast-check properties over random dates 1901-2998, compared where possible with independent oracles.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeeksInYear } from '../src/calendar';
import type { Frequency, Period } from '../src/period';
import {
  childrenAt,
  comparePeriods,
  contains,
  endOfPeriod,
  FREQUENCIES,
  frequencyOf,
  isCoarserOrEqual,
  next,
  PeriodError,
  parentAt,
  parsePeriod,
  periodOf,
  previous,
  range,
  sameLastYear,
  shift,
  tryParsePeriod,
  yearToDate,
} from '../src/period';

const DAY_MS = 86_400_000;
const p = parsePeriod;
const ids = (periods: readonly Period[]): string[] => periods.map((period) => period.id);

// ---- Independent oracles, built on Date rather than on the module's day numbers ------------------------------------

const toDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const addDays = (iso: string, n: number): string =>
  new Date(toDate(iso).getTime() + n * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string): number => (toDate(to).getTime() - toDate(from).getTime()) / DAY_MS;
const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** ISO week by the textbook rule: the week's Thursday names the year, its day of year the week number. */
function oracleIsoWeek(iso: string): string {
  const date = toDate(iso);
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** A year has 53 ISO weeks when it starts on a Thursday, or on a Wednesday in a leap year. */
function oracleWeeksInYear(year: number): number {
  const weekday = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  return weekday === 4 || (weekday === 3 && isLeap(year)) ? 53 : 52;
}

function consecutivePairs<T>(items: readonly T[]): [T, T][] {
  return items.slice(1).map((item, i) => [items[i] as T, item]);
}

// ---- Arbitraries ---------------------------------------------------------------------------------------------------

const dateBetween = (from: string, to: string): fc.Arbitrary<string> =>
  fc
    .integer({ min: toDate(from).getTime() / DAY_MS, max: toDate(to).getTime() / DAY_MS })
    .map((n) => new Date(n * DAY_MS).toISOString().slice(0, 10));
// Half the dates fall within a week of New Year, where ISO weeks and calendar years disagree.
const nearNewYearArb = fc
  .tuple(fc.integer({ min: 1902, max: 2998 }), fc.integer({ min: -7, max: 7 }))
  .map(([year, offset]) => addDays(`${year}-01-01`, offset));
const dateArb = fc.oneof(dateBetween('1901-01-01', '2998-12-31'), nearNewYearArb);
// Away from the supported range's edges, so that shifting by a few dozen years stays inside it.
const middleDateArb = dateBetween('1960-01-01', '2900-12-31');
const frequencyArb = fc.constantFrom(...FREQUENCIES);
const periodArb = fc.tuple(dateArb, frequencyArb).map(([date, frequency]) => periodOf(date, frequency));
const coarserOrEqualArb = (f: Frequency): fc.Arbitrary<Frequency> =>
  fc.constantFrom(...FREQUENCIES.filter((g) => isCoarserOrEqual(g, f)));
const finerOrEqualArb = (f: Frequency): fc.Arbitrary<Frequency> =>
  fc.constantFrom(...FREQUENCIES.filter((g) => isCoarserOrEqual(f, g)));

const pad2 = (n: number): string => String(n).padStart(2, '0');
const idArb: fc.Arbitrary<string> = fc.integer({ min: 1900, max: 2999 }).chain((year) =>
  fc.oneof(
    fc.constant(String(year)),
    fc.integer({ min: 1, max: 4 }).map((q) => `${year}-Q${q}`),
    fc.integer({ min: 1, max: 12 }).map((m) => `${year}-${pad2(m)}`),
    fc.integer({ min: 1, max: oracleWeeksInYear(year) }).map((w) => `${year}-W${pad2(w)}`),
    fc
      .integer({ min: 1, max: 12 })
      .chain((m) =>
        fc
          .integer({ min: 1, max: new Date(Date.UTC(year, m, 0)).getUTCDate() })
          .map((d) => `${year}-${pad2(m)}-${pad2(d)}`),
      ),
  ),
);

// ---- Examples ------------------------------------------------------------------------------------------------------

describe('parsePeriod', () => {
  it('parses each frequency with its inclusive span', () => {
    expect(p('2025')).toEqual({ frequency: 'year', id: '2025', start: '2025-01-01', end: '2025-12-31' });
    expect(p('2025-Q1')).toEqual({ frequency: 'quarter', id: '2025-Q1', start: '2025-01-01', end: '2025-03-31' });
    expect(p('2025-Q4')).toEqual({ frequency: 'quarter', id: '2025-Q4', start: '2025-10-01', end: '2025-12-31' });
    expect(p('2025-07')).toEqual({ frequency: 'month', id: '2025-07', start: '2025-07-01', end: '2025-07-31' });
    expect(p('2025-W05')).toEqual({ frequency: 'week', id: '2025-W05', start: '2025-01-27', end: '2025-02-02' });
    expect(p('2025-07-15')).toEqual({ frequency: 'day', id: '2025-07-15', start: '2025-07-15', end: '2025-07-15' });
    expect(p('1900')).toMatchObject({ start: '1900-01-01' });
    expect(p('2999-12-31').id).toBe('2999-12-31');
  });

  it('knows leap years, including the century rules', () => {
    expect(p('2024-02-29').end).toBe('2024-02-29');
    expect(p('2024-02').end).toBe('2024-02-29');
    expect(p('2025-02').end).toBe('2025-02-28');
    expect(p('2000-02-29').id).toBe('2000-02-29');
    expect(() => p('1900-02-29')).toThrow('invalid period "1900-02-29": February 1900 has 28 days');
    expect(() => p('2025-02-29')).toThrow('invalid period "2025-02-29": February 2025 has 28 days');
  });

  it('knows ISO weeks: week 1 holds the first Thursday, some years have W53', () => {
    expect(p('2025-W01')).toMatchObject({ start: '2024-12-30', end: '2025-01-05' });
    expect(p('2026-W01')).toMatchObject({ start: '2025-12-29', end: '2026-01-04' });
    expect(p('2026-W53')).toMatchObject({ start: '2026-12-28', end: '2027-01-03' });
    expect(p('2020-W53')).toMatchObject({ start: '2020-12-28', end: '2021-01-03' });
    expect(p('1900-W01')).toMatchObject({ start: '1900-01-01', end: '1900-01-07' });
    for (const year of [2004, 2009, 2015, 2020, 2026, 2032]) expect(isoWeeksInYear(year)).toBe(53);
    for (const year of [2021, 2022, 2023, 2024, 2025, 2027]) expect(isoWeeksInYear(year)).toBe(52);
  });

  it('agrees with the 53-week rule for every supported year', () => {
    for (let year = 1900; year <= 2999; year++) expect(isoWeeksInYear(year)).toBe(oracleWeeksInYear(year));
  });

  it('returns frozen periods', () => {
    expect(Object.isFrozen(p('2025-07'))).toBe(true);
  });
});

describe('errors', () => {
  const expected = 'expected YYYY, YYYY-Qn, YYYY-MM, YYYY-Www or YYYY-MM-DD';
  it.each([
    ['', expected, 1],
    ['2025-13', 'month must be 01-12 (column 6)', 6],
    ['2025-00', 'month must be 01-12 (column 6)', 6],
    ['2025-Q5', 'quarter must be 1-4 (column 7)', 7],
    ['2025-Q0', 'quarter must be 1-4 (column 7)', 7],
    ['2025-W00', 'week must be 01-53 (column 7)', 7],
    ['2025-W53', '2025 has 52 ISO weeks', 7],
    ['2025-W54', '2025 has 52 ISO weeks', 7],
    ['2026-W54', '2026 has 53 ISO weeks', 7],
    ['2025-02-30', 'February 2025 has 28 days', 9],
    ['2025-04-31', 'April 2025 has 30 days', 9],
    ['2025-01-32', 'day must be 01-31 (column 9)', 9],
    ['2025-01-00', 'day must be 01-31 (column 9)', 9],
    ['1899', 'year must be 1900-2999 (column 1)', 1],
    ['3000-01', 'year must be 1900-2999 (column 1)', 1],
    ['25', expected, 3],
    ['25-Q1', expected, 3],
    ['2025/07', expected, 5],
    ['2025-7', expected, 7],
    ['2025-W5', expected, 8],
    ['2025-q3', expected, 6],
    ['2025-07-15T00:00', expected, 11],
    ['abc', expected, 1],
    [' 2025', 'unexpected whitespace (column 1)', 1],
    ['2025 ', 'unexpected whitespace (column 5)', 5],
  ])('rejects %j', (input, reason, column) => {
    const result = tryParsePeriod(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(PeriodError);
    expect(result.error.name).toBe('PeriodError');
    expect(result.error.message).toBe(`invalid period "${input}": ${reason}`);
    expect(result.error.input).toBe(input);
    expect(result.error.column).toBe(column);
    expect(() => parsePeriod(input)).toThrow(PeriodError);
  });

  it('reports misuse of the algebra as PeriodError', () => {
    expect(() => periodOf('2025-07', 'month')).toThrow('invalid date "2025-07": expected YYYY-MM-DD');
    expect(() => parentAt(p('2025-07'), 'week')).toThrow('cannot take the week of month "2025-07"');
    expect(() => childrenAt(p('2025-07'), 'quarter')).toThrow(PeriodError);
    expect(() => range(p('2025-07'), p('2025-Q3'))).toThrow(PeriodError);
    expect(() => next(p('2999'))).toThrow('invalid period "3000": year must be 1900-2999 (column 1)');
    expect(() => sameLastYear(p('1900-07'))).toThrow(PeriodError);
    expect(() => shift(p('2025'), 1e9)).toThrow(PeriodError);
    expect(() => shift(p('2025'), 300_000)).toThrow('cannot shift period "2025" by 300000');
    expect(shift(p('1900'), 1099).id).toBe('2999');
    expect(shift(p('1900-W01'), 57_394).id).toBe('2999-W52');
    expect(shift(p('1900-01-01'), 401_766).id).toBe('2999-12-31');
    expect(() => shift(p('2025'), 0.5)).toThrow(RangeError);
    // 2999-12-31 lies in ISO week 3000-W01, outside the supported years.
    expect(() => periodOf('2999-12-31', 'week')).toThrow('invalid period "3000-W01"');
  });

  it('rejects non-string input with a PeriodError rather than a TypeError', () => {
    expect(() => parsePeriod(2025 as unknown as string)).toThrow('invalid period 2025: expected a string');
  });
});

describe('weeks and the Thursday rule', () => {
  it('puts a week in the month, quarter and year of its Thursday', () => {
    const w01 = p('2025-W01');
    expect([parentAt(w01, 'month').id, parentAt(w01, 'quarter').id, parentAt(w01, 'year').id]).toEqual([
      '2025-01',
      '2025-Q1',
      '2025',
    ]);
    const w53 = p('2026-W53');
    expect([parentAt(w53, 'month').id, parentAt(w53, 'quarter').id, parentAt(w53, 'year').id]).toEqual([
      '2026-12',
      '2026-Q4',
      '2026',
    ]);
    expect(contains(p('2024-12'), w01)).toBe(false);
    expect(contains(p('2024'), w01)).toBe(false);
    expect(contains(p('2025-01'), w01)).toBe(true);
    expect(contains(p('2027-01'), w53)).toBe(false);
  });

  it('puts a day in its ISO week even when the week belongs to another month', () => {
    expect(periodOf('2024-12-30', 'week').id).toBe('2025-W01');
    expect(periodOf('2021-01-01', 'week').id).toBe('2020-W53');
    expect(periodOf('2027-01-03', 'week').id).toBe('2026-W53');
    expect(contains(p('2025-W01'), p('2024-12-30'))).toBe(true);
    expect(contains(p('2024-12'), p('2024-12-30'))).toBe(true);
    // The documented caveat: the month of a date need not contain the week of that date.
    expect(contains(periodOf('2021-01-01', 'month'), periodOf('2021-01-01', 'week'))).toBe(false);
  });

  it('lists the weeks of a month by their Thursdays', () => {
    expect(ids(childrenAt(p('2025-07'), 'week'))).toEqual(['2025-W27', '2025-W28', '2025-W29', '2025-W30', '2025-W31']);
    expect(p('2025-W27').start).toBe('2025-06-30');
    expect(childrenAt(p('2025'), 'week')).toHaveLength(52);
    expect(ids(childrenAt(p('2026'), 'week')).at(-1)).toBe('2026-W53');
    expect(ids(childrenAt(p('2025-W01'), 'day'))).toEqual([
      '2024-12-30',
      '2024-12-31',
      '2025-01-01',
      '2025-01-02',
      '2025-01-03',
      '2025-01-04',
      '2025-01-05',
    ]);
  });
});

describe('hierarchy', () => {
  it('orders frequencies finest first', () => {
    expect(FREQUENCIES).toEqual(['day', 'week', 'month', 'quarter', 'year']);
    expect(isCoarserOrEqual('year', 'month')).toBe(true);
    expect(isCoarserOrEqual('month', 'month')).toBe(true);
    expect(isCoarserOrEqual('day', 'week')).toBe(false);
  });

  it('answers containment', () => {
    expect(contains(p('2025-Q3'), p('2025-07'))).toBe(true);
    expect(contains(p('2025-Q3'), p('2025-10'))).toBe(false);
    expect(contains(p('2025-07'), p('2025-07'))).toBe(true);
    expect(contains(p('2025-07'), p('2025'))).toBe(false);
    expect(contains(p('2025-01-01'), p('2025-W01'))).toBe(false);
    expect(contains(p('2025-W01'), p('2025-01-06'))).toBe(false);
  });

  it('finds parents and children', () => {
    expect(parentAt(p('2025-07-15'), 'week').id).toBe('2025-W29');
    expect(parentAt(p('2025-07-15'), 'quarter').id).toBe('2025-Q3');
    expect(parentAt(p('2025-07'), 'month').id).toBe('2025-07');
    expect(ids(childrenAt(p('2025'), 'quarter'))).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    expect(ids(childrenAt(p('2025-Q1'), 'month'))).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(childrenAt(p('2024'), 'day')).toHaveLength(366);
    expect(ids(childrenAt(p('2025-07'), 'month'))).toEqual(['2025-07']);
  });

  it('identifies frequencies', () => {
    expect(['2025', '2025-Q3', '2025-07', '2025-W05', '2025-07-15'].map(frequencyOf)).toEqual([
      'year',
      'quarter',
      'month',
      'week',
      'day',
    ]);
    expect(() => frequencyOf('2025-13')).toThrow(PeriodError);
  });
});

describe('navigation', () => {
  it('steps across year boundaries', () => {
    expect(next(p('2025-12')).id).toBe('2026-01');
    expect(previous(p('2025-Q1')).id).toBe('2024-Q4');
    expect(next(p('2025-W52')).id).toBe('2026-W01');
    expect(next(p('2026-W52')).id).toBe('2026-W53');
    expect(next(p('2026-W53')).id).toBe('2027-W01');
    expect(next(p('2024-12-31')).id).toBe('2025-01-01');
    expect(previous(p('2024-03-01')).id).toBe('2024-02-29');
    expect(shift(p('2025-07'), -19).id).toBe('2023-12');
    expect(shift(p('2025'), 0)).toEqual(p('2025'));
  });

  it('finds the same period last year', () => {
    expect(sameLastYear(p('2025-Q3')).id).toBe('2024-Q3');
    expect(sameLastYear(p('2025-07')).id).toBe('2024-07');
    expect(sameLastYear(p('2025')).id).toBe('2024');
    expect(sameLastYear(p('2024-02-29')).id).toBe('2023-02-28');
    expect(sameLastYear(p('2025-03-01')).id).toBe('2024-03-01');
    expect(sameLastYear(p('2026-W53')).id).toBe('2025-W52');
    expect(sameLastYear(p('2020-W53')).id).toBe('2019-W52');
    expect(sameLastYear(p('2025-W10')).id).toBe('2024-W10');
    expect(sameLastYear(p('2021-W01')).id).toBe('2020-W01');
  });

  it('lists the year to date', () => {
    expect(ids(yearToDate(p('2025-Q3')))).toEqual(['2025-Q1', '2025-Q2', '2025-Q3']);
    expect(ids(yearToDate(p('2025')))).toEqual(['2025']);
    expect(ids(yearToDate(p('2025-W01')))).toEqual(['2025-W01']);
    expect(yearToDate(p('2026-W53'))).toHaveLength(53);
    expect(yearToDate(p('2025-03-01'))).toHaveLength(60);
    expect(yearToDate(p('2024-03-01'))).toHaveLength(61);
  });

  it('builds inclusive ranges', () => {
    expect(ids(range(p('2025-11'), p('2026-02')))).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(ids(range(p('2026-W52'), p('2027-W01')))).toEqual(['2026-W52', '2026-W53', '2027-W01']);
    expect(range(p('2025-Q3'), p('2025-Q3'))).toHaveLength(1);
    expect(range(p('2025-Q3'), p('2025-Q2'))).toEqual([]);
  });

  it('sorts by start, the coarser period first on a tie', () => {
    const sorted = ['2025-07-01', '2025-W27', '2025-Q3', '2025-07', '2025-06', '2025'].map(p).sort(comparePeriods);
    expect(ids(sorted)).toEqual(['2025', '2025-06', '2025-W27', '2025-Q3', '2025-07', '2025-07-01']);
  });

  it('takes the end of a period as its last day', () => {
    expect(endOfPeriod(p('2025-Q1'))).toBe('2025-03-31');
    expect(endOfPeriod(p('2026-W53'))).toBe('2027-01-03');
  });
});

// ---- Properties ----------------------------------------------------------------------------------------------------

describe('properties', () => {
  it('round-trips ids: parsePeriod(id).id === id', () => {
    fc.assert(
      fc.property(idArb, (id) => {
        const period = parsePeriod(id);
        expect(period.id).toBe(id);
        expect(parsePeriod(period.id)).toEqual(period);
      }),
    );
  });

  it('never throws anything but PeriodError, and only accepts ids it reproduces', () => {
    const unit = fc.constantFrom('0', '1', '2', '3', '5', '9', '-', 'Q', 'W', ' ', 'x');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit, maxLength: 11 })), (input) => {
        const result = tryParsePeriod(input);
        if (result.ok) {
          expect(result.period.id).toBe(input);
        } else {
          expect(result.error.message.startsWith(`invalid period "${input}": `)).toBe(true);
          expect(result.error.column).toBeGreaterThanOrEqual(1);
          expect(result.error.column).toBeLessThanOrEqual(input.length + 1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives well-formed periods from dates', () => {
    fc.assert(
      fc.property(dateArb, frequencyArb, (date, frequency) => {
        const period = periodOf(date, frequency);
        expect(period.frequency).toBe(frequency);
        expect(frequencyOf(period.id)).toBe(frequency);
        expect(parsePeriod(period.id)).toEqual(period);
        expect(period.start <= date && date <= period.end).toBe(true);
      }),
    );
  });

  it('computes the ISO week like the textbook rule', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const week = periodOf(date, 'week');
        expect(week.id).toBe(oracleIsoWeek(date));
        expect(toDate(week.start).getUTCDay()).toBe(1);
        expect(daysBetween(week.start, week.end)).toBe(6);
      }),
    );
  });

  it('periodOf(d, f) contains periodOf(d, day) for every frequency', () => {
    fc.assert(
      fc.property(dateArb, frequencyArb, (date, frequency) => {
        expect(contains(periodOf(date, frequency), periodOf(date, 'day'))).toBe(true);
      }),
    );
  });

  it('periodOf(d, g) contains periodOf(d, f) for non-week f finer than or equal to g', () => {
    const nonWeek = FREQUENCIES.filter((f) => f !== 'week');
    fc.assert(
      fc.property(dateArb, fc.constantFrom(...nonWeek), fc.constantFrom(...nonWeek), (date, f, g) => {
        fc.pre(isCoarserOrEqual(g, f));
        expect(contains(periodOf(date, g), periodOf(date, f))).toBe(true);
      }),
    );
  });

  it('for f coarser than week, parentAt(periodOf(d, week), f) contains that week and holds its Thursday', () => {
    fc.assert(
      fc.property(dateArb, fc.constantFrom<Frequency>('month', 'quarter', 'year'), (date, frequency) => {
        const week = periodOf(date, 'week');
        const parent = parentAt(week, frequency);
        expect(contains(parent, week)).toBe(true);
        expect(parent.id).toBe(periodOf(addDays(week.start, 3), frequency).id);
        // periodOf(d, f) contains the week exactly when it is that parent (the Thursday caveat).
        expect(contains(periodOf(date, frequency), week)).toBe(periodOf(date, frequency).id === parent.id);
      }),
    );
  });

  it('childrenAt(parentAt(p, f), frequency of p) includes p', () => {
    const arb = periodArb.chain((period) => fc.tuple(fc.constant(period), coarserOrEqualArb(period.frequency)));
    fc.assert(
      fc.property(arb, ([period, frequency]) => {
        expect(ids(childrenAt(parentAt(period, frequency), period.frequency))).toContain(period.id);
      }),
    );
  });

  it('next and previous are inverse and abut', () => {
    fc.assert(
      fc.property(periodArb, (period) => {
        expect(previous(next(period))).toEqual(period);
        expect(next(previous(period))).toEqual(period);
        expect(next(period).start).toBe(addDays(period.end, 1));
      }),
    );
  });

  it('children are consecutive, disjoint, contained and complete', () => {
    const arb = periodArb.chain((period) => fc.tuple(fc.constant(period), finerOrEqualArb(period.frequency)));
    fc.assert(
      fc.property(arb, ([period, frequency]) => {
        const children = childrenAt(period, frequency);
        const first = children[0] as Period;
        const last = children.at(-1) as Period;
        for (const [a, b] of consecutivePairs(children)) expect(b.start).toBe(addDays(a.end, 1));
        for (const child of children) expect(contains(period, child)).toBe(true);
        expect(contains(period, previous(first))).toBe(false);
        expect(contains(period, next(last))).toBe(false);
        if (frequency !== 'week' || period.frequency === 'week') {
          expect(first.start).toBe(period.start);
          expect(last.end).toBe(period.end);
        } else {
          // Weeks may stick out by up to three days at either end.
          expect(Math.abs(daysBetween(period.start, first.start))).toBeLessThanOrEqual(3);
          expect(Math.abs(daysBetween(period.end, last.end))).toBeLessThanOrEqual(3);
        }
      }),
    );
  });

  it('every week belongs to exactly one month, quarter and year', () => {
    fc.assert(
      fc.property(middleDateArb, fc.constantFrom<Frequency>('month', 'quarter', 'year'), (date, frequency) => {
        const week = periodOf(date, 'week');
        const candidates = range(shift(periodOf(week.start, frequency), -1), shift(periodOf(week.end, frequency), 1));
        expect(candidates.filter((candidate) => contains(candidate, week))).toHaveLength(1);
      }),
    );
  });

  it('yearToDate(p) runs from the first period of the year to p', () => {
    fc.assert(
      fc.property(periodArb, (period) => {
        const periods = yearToDate(period);
        const year = parentAt(period, 'year').id;
        expect(periods.at(-1)).toEqual(period);
        for (const item of periods) expect(parentAt(item, 'year').id).toBe(year);
        for (const [a, b] of consecutivePairs(periods)) expect(next(a)).toEqual(b);
        expect(parentAt(previous(periods[0] as Period), 'year').id).not.toBe(year);
      }),
    );
  });

  it('range(p, shift(p, n)) has max(0, n + 1) consecutive elements', () => {
    fc.assert(
      fc.property(middleDateArb, frequencyArb, fc.integer({ min: -10, max: 40 }), (date, frequency, n) => {
        const from = periodOf(date, frequency);
        const periods = range(from, shift(from, n));
        expect(periods).toHaveLength(Math.max(0, n + 1));
        periods.forEach((period, i) => {
          expect(period).toEqual(shift(from, i));
        });
      }),
    );
  });

  it('shift is additive', () => {
    const step = fc.integer({ min: -30, max: 30 });
    fc.assert(
      fc.property(middleDateArb, frequencyArb, step, step, (date, frequency, a, b) => {
        const period = periodOf(date, frequency);
        expect(shift(shift(period, a), b)).toEqual(shift(period, a + b));
      }),
    );
  });

  it('sameLastYear moves back one year, by start date within a few days', () => {
    fc.assert(
      fc.property(periodArb, (period) => {
        const last = sameLastYear(period);
        expect(last.frequency).toBe(period.frequency);
        const days = daysBetween(last.start, period.start);
        expect(days).toBeGreaterThanOrEqual(364); // weeks: 52 weeks back
        expect(days).toBeLessThanOrEqual(371); // weeks: 53 weeks back
        expect(Number(parentAt(last, 'year').id)).toBe(Number(parentAt(period, 'year').id) - 1);
      }),
    );
  });

  it('comparePeriods is a total order consistent with start dates', () => {
    fc.assert(
      fc.property(fc.array(periodArb, { maxLength: 20 }), (periods) => {
        const sorted = [...periods].sort(comparePeriods);
        for (const [a, b] of consecutivePairs(sorted)) expect(a.start <= b.start).toBe(true);
        for (const a of periods) {
          for (const b of periods) {
            expect(Math.sign(comparePeriods(a, b)) + Math.sign(comparePeriods(b, a))).toBe(0);
            expect(comparePeriods(a, b) === 0).toBe(a.id === b.id);
          }
        }
      }),
    );
  });
});
