// The calendar behind the seasons: Tết and public holidays, and the per-day table of every seasonal pattern that
// spreads a flow's yearly amount over its periods and scales an average.
import { dayNumber, fromDayNumber, parseIsoDate } from '@ioc/schema/calendar';
import { SEASONS, type SeasonName, type SeasonSpec } from './seasons';

// First day of the Lunar New Year.
const TET: Readonly<Record<number, string>> = {
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
};

function tetDay(year: number): number {
  const date = TET[year];
  return date ? parseIsoDate(date) : dayNumber(year, 2, 5);
}

function isHoliday(year: number, month: number, day: number): boolean {
  if (month === 1) return day === 1;
  if (month === 4) return day === 30;
  if (month === 5) return day === 1;
  // National Day became two days (1-2 September) in 2025.
  if (month === 9) return day === 2 || (day === 1 && year >= 2025);
  return false;
}

function dailyFactor(spec: SeasonSpec, n: number, year: number, month: number, day: number, tetOffset: number) {
  let m = spec.months?.[month - 1] ?? 1;
  if (spec.tet) for (const [a, b, f] of spec.tet) if (tetOffset >= a && tetOffset <= b) m *= f;
  if (spec.week) m *= spec.week[(n + 3) % 7] ?? 1; // day 0 (1970-01-01) was a Thursday
  if (spec.holiday !== undefined && isHoliday(year, month, day)) m *= spec.holiday;
  if (spec.dates) {
    for (const [dm, dd, half, f] of spec.dates) if (Math.abs(n - dayNumber(year, dm, dd)) <= half) m *= f;
  }
  return m;
}

/**
 * Daily multipliers of every season over whole calendar years, normalised per year (so a value never depends on the
 * requested range), as prefix sums: a period's share of the yearly total and its mean multiplier cost two reads.
 */
export class SeasonTable {
  readonly first: number;
  readonly index = new Map<SeasonName, number>();
  readonly #share: Float64Array[] = [];
  readonly #sum: Float64Array[] = [];

  constructor(firstYear: number, lastYear: number) {
    this.first = dayNumber(firstYear, 1, 1);
    const days = dayNumber(lastYear + 1, 1, 1) - this.first;
    const names = Object.keys(SEASONS) as SeasonName[];
    for (const name of names) {
      this.index.set(name, this.#share.length);
      this.#share.push(new Float64Array(days + 1));
      this.#sum.push(new Float64Array(days + 1));
    }
    const raw = new Float64Array(days);
    names.forEach((name, s) => {
      const spec: SeasonSpec = SEASONS[name];
      const share = this.#share[s] as Float64Array;
      const sum = this.#sum[s] as Float64Array;
      for (let year = firstYear; year <= lastYear; year++) {
        const start = dayNumber(year, 1, 1) - this.first;
        const end = dayNumber(year + 1, 1, 1) - this.first;
        const tets = [tetDay(year - 1), tetDay(year), tetDay(year + 1)];
        let total = 0;
        for (let k = start; k < end; k++) {
          const n = this.first + k;
          const { month, day } = fromDayNumber(n);
          let tetOffset = Number.POSITIVE_INFINITY;
          for (const t of tets) if (Math.abs(n - t) < Math.abs(tetOffset)) tetOffset = n - t;
          raw[k] = dailyFactor(spec, n, year, month, day, tetOffset);
          total += raw[k] as number;
        }
        const len = end - start;
        for (let k = start; k < end; k++) {
          const m = ((raw[k] as number) * len) / total; // mean 1 over the year
          share[k + 1] = (share[k] as number) + m / len;
          sum[k + 1] = (sum[k] as number) + m;
        }
      }
    });
  }

  /** Share of a flow's yearly amount that falls in days [startN, endN]. */
  share(season: number, startN: number, endN: number): number {
    const a = this.#share[season] as Float64Array;
    return (a[endN - this.first + 1] as number) - (a[startN - this.first] as number);
  }

  /** Mean multiplier over days [startN, endN]. */
  mean(season: number, startN: number, endN: number): number {
    const a = this.#sum[season] as Float64Array;
    return ((a[endN - this.first + 1] as number) - (a[startN - this.first] as number)) / (endN - startN + 1);
  }
}
