// Year-end projections, hand-computed for each method (a running total, a level and an average by their seasonal
// ratio, formulas on projected inputs with their propagated error), the chance of reaching a target, and a backtest
// on the demo data (2024 teaches the seasonal pattern, 2025 is projected at the end of March, June and September and
// compared with 2025's actual year at the province).

import { parsePeriod } from '@ioc/schema/period';
import { loadEditions } from '@ioc/schema/units';
import { describe, expect, it } from 'vitest';
import type { ObservationInput } from '../../src/domain/observation';
import { Engine } from '../../src/engine/engine';
import { ObservationIndex } from '../../src/engine/observationIndex';
import { chanceOfTarget, isProjectable, projectionPath, projectYearEnd } from '../../src/engine/projection';
import { generateDemoObservations } from '../../src/seed/demoData';
import { loadServedCatalog } from '../../src/servedCatalog';
import { UnitDirectory } from '../../src/units/unitDirectory';
import { catalog as fixture } from '../integration/support';

const units = new UnitDirectory();
// Phường Lâm Viên - Đà Lạt, after the reform; the hand-computed years are all after it (no crosswalk involved).
const WARD = '24778';

function months(year: number, values: number[], indicator = 'F_COUNT'): ObservationInput[] {
  return values.map((value, i) => ({
    indicator,
    unit: WARD,
    period: `${year}-${String(i + 1).padStart(2, '0')}`,
    value,
  }));
}

function project(engine: Engine, code: string, unit: string, period: string) {
  const p = parsePeriod(period);
  const edition = units.editionFor(p);
  // The unit in the period's own edition, as a value's page has it; the projection reads the year's edition itself.
  const u = edition && units.get(edition, unit);
  if (!u) throw new Error(`no unit ${unit} for ${period}`);
  return projectYearEnd({ engine, indicator: engine.indicatorOf(code), unit: u, period: p });
}

describe('a projection, hand-computed', () => {
  it('from one earlier year: 45 so far / a share of 30/120 = 180, with a 10% error', () => {
    const engine = new Engine({
      catalog: fixture,
      units,
      observations: ObservationIndex.from([...months(2026, Array(12).fill(10)), ...months(2027, [15, 15, 15])]),
    });
    const p = project(engine, 'F_COUNT', WARD, '2027-03');
    expect(p).toEqual({
      method: 'RUNNING_TOTAL',
      value: 180,
      toDate: 45,
      seasonalShare: 0.25,
      years: ['2026'],
      relativeError: 0.1,
      standardError: 18,
    });
    if (!p) return;
    // At the projection the chance is even; 150 lies 30 / 18 = 1.667 standard errors below it.
    expect(chanceOfTarget(p, 180, 'higher')).toBeCloseTo(0.5, 3);
    expect(chanceOfTarget(p, 150, 'higher')).toBeCloseTo(0.9522, 3);
    expect(chanceOfTarget(p, 150, 'lower')).toBeCloseTo(0.0478, 3);
    // A projection of 0 (nothing so far) has no spread: a target of "at most 0" is met for certain.
    const none = { ...p, value: 0, toDate: 0, relativeError: 0, standardError: 0 };
    expect(chanceOfTarget(none, 0, 'lower')).toBe(1);
    expect(chanceOfTarget(none, 0, 'higher')).toBe(1);
    expect(chanceOfTarget(none, 5, 'higher')).toBe(0);
  });

  it('from two earlier years: the mean share, and an error from how much it varied', () => {
    // 2026: 30 of 120 by March (0.25); 2027: 36 of 120 (0.3); mean 0.275, sample sd 0.035355 -> 12.86%.
    const engine = new Engine({
      catalog: fixture,
      units,
      observations: ObservationIndex.from([
        ...months(2026, Array(12).fill(10)),
        ...months(2027, [12, 12, 12, ...Array(9).fill(84 / 9)]),
        ...months(2028, [11, 11, 11]),
      ]),
    });
    const p = project(engine, 'F_COUNT', WARD, '2028-03');
    expect(p?.years).toEqual(['2027', '2026']);
    expect(p?.seasonalShare).toBeCloseTo(0.275, 9);
    expect(p?.value).toBeCloseTo(33 / 0.275, 9);
    expect(p?.relativeError).toBeCloseTo(0.035355 / 0.275, 4);
  });

  it('is not made for a yearly indicator, a maximum over time, nor without an earlier year', () => {
    const engine = new Engine({ catalog: fixture, units, observations: ObservationIndex.from(months(2027, [1, 2])) });
    expect(isProjectable(fixture.byCode.get('F_PEAK') as never)).toBe(false);
    expect(isProjectable(fixture.byCode.get('F_PER_1000') as never)).toBe(false);
    expect(isProjectable(fixture.byCode.get('F_PRICE') as never)).toBe(true);
    expect(isProjectable(fixture.byCode.get('F_SHARE') as never)).toBe(true);
    expect(project(engine, 'F_COUNT', WARD, '2027-02')).toBeNull();
    expect(project(engine, 'F_SHARE', WARD, '2027-02')).toBeNull();
  });
});

describe('a trending indicator, hand-computed (SEASONAL_RATIO)', () => {
  it("a level read at its latest period: 110 in March over 2026's March-to-December ratio of 100/125 = 137.5", () => {
    const engine = new Engine({
      catalog: fixture,
      units,
      observations: ObservationIndex.from([
        ...months(2026, [90, 95, 100, 104, 108, 110, 112, 115, 118, 120, 122, 125], 'F_STOCK'),
        ...months(2027, [105, 108, 110], 'F_STOCK'),
      ]),
    });
    expect(project(engine, 'F_STOCK', WARD, '2027-03')).toEqual({
      method: 'SEASONAL_RATIO',
      value: 137.5,
      toDate: 110,
      seasonalShare: 0.8,
      years: ['2026'],
      relativeError: 0.1,
      standardError: 13.75,
    });
  });

  it("an average: a mean so far of 12 over 2026's ratio of 10 (January to March) to 13 (the year) = 15.6", () => {
    const engine = new Engine({
      catalog: fixture,
      units,
      observations: ObservationIndex.from([
        ...months(2026, [10, 10, 10, ...Array(9).fill(14)], 'F_PRICE'),
        ...months(2027, [11, 12, 13], 'F_PRICE'),
      ]),
    });
    const p = project(engine, 'F_PRICE', WARD, '2027-03');
    expect(p).toMatchObject({ method: 'SEASONAL_RATIO', toDate: 12, years: ['2026'], relativeError: 0.1 });
    expect(p?.seasonalShare).toBeCloseTo(10 / 13, 12);
    expect(p?.value).toBeCloseTo(15.6, 12);
  });
});

describe('a derived indicator, hand-computed (FORMULA)', () => {
  // 2026: F_COUNT 10 a month (a quarter of the year by March), F_PART 2 a month to March then 3 (6 of 33 by March).
  // 2027 to March: F_COUNT 45 -> 45 / 0.25 = 180 (± 18); F_PART 9 -> 9 / (6/33) = 49.5 (± 4.95).
  const observations = [
    ...months(2026, Array(12).fill(10)),
    ...months(2026, [2, 2, 2, ...Array(9).fill(3)], 'F_PART'),
    ...months(2027, [15, 15, 15]),
    ...months(2027, [3, 3, 3], 'F_PART'),
  ];

  it('a ratio of sums: 49.5 / 180 * 100 = 27.5, its error propagated from both inputs', () => {
    const engine = new Engine({ catalog: fixture, units, observations: ObservationIndex.from(observations) });
    const p = project(engine, 'F_SHARE', WARD, '2027-03');
    // F_PART one error up: 54.45 / 180 * 100 = 30.25 (+2.75); F_COUNT one error up: 49.5 / 198 * 100 = 25 (-2.5).
    // √(2.75² + 2.5²) = 3.7165. March's own value: 3 / 15 * 100 = 20.
    expect(p).toMatchObject({ method: 'FORMULA', toDate: 20, years: ['2026'] });
    expect(p?.value).toBeCloseTo(27.5, 9);
    expect(p?.standardError).toBeCloseTo(Math.sqrt(2.75 ** 2 + 2.5 ** 2), 9);
    expect(p?.relativeError).toBeCloseTo(3.7165 / 27.5, 4);
    expect(p?.seasonalShare).toBeCloseTo(20 / 27.5, 9);
    if (!p) return;
    // The catalog's target for F_SHARE, at least 20: (27.5 - 20) / 3.7165 = 2.02 standard errors above.
    expect(chanceOfTarget(p, 20, 'higher')).toBeCloseTo(0.9783, 3);
  });

  it('lastYear() reads the earlier year as it is: (180 / 120 - 1) * 100 = 50, ± 15', () => {
    const engine = new Engine({ catalog: fixture, units, observations: ObservationIndex.from(observations) });
    const p = project(engine, 'F_GROWTH', WARD, '2027-03');
    // F_COUNT one error up: (198 / 120 - 1) * 100 = 65. March's own growth: (15 / 10 - 1) * 100 = 50.
    expect(p).toMatchObject({ method: 'FORMULA', toDate: 50, years: ['2026'] });
    expect(p?.value).toBeCloseTo(50, 9);
    expect(p?.standardError).toBeCloseTo(15, 9);
  });

  it('draws its known values, then only the year-end point', () => {
    const engine = new Engine({ catalog: fixture, units, observations: ObservationIndex.from(observations) });
    const period = parsePeriod('2027-03');
    const edition = units.editionFor(period);
    const unit = edition && units.get(edition, WARD);
    const p = project(engine, 'F_SHARE', WARD, '2027-03');
    if (!unit || !p) throw new Error('no projection');
    const path = projectionPath({ engine, indicator: engine.indicatorOf('F_SHARE'), unit, period, projection: p });
    expect(path.map((q) => q.value)).toEqual([20, 20, 20, ...Array(8).fill(null), p.value]);
    expect(path.map((q) => q.projected)).toEqual([false, false, false, ...Array(9).fill(true)]);
  });
});

describe('backtest on the demo data', () => {
  // Every projectable indicator with a 2025 value at the province, projected from the end of March, June and
  // September 2025 (quarters: Q1 to Q3) with 2024 as the only earlier year, against 2025's actual year.
  const catalog = loadServedCatalog();
  const engine = new Engine({
    catalog,
    units,
    observations: ObservationIndex.from(
      generateDemoObservations({ catalog, editions: loadEditions(), to: '2025-12-31' }),
    ),
  });
  const POINTS = [
    ['2025-03', '2025-Q1'],
    ['2025-06', '2025-Q2'],
    ['2025-09', '2025-Q3'],
  ] as const;
  interface Outcome {
    code: string;
    level: string;
    frequency: string;
    method: string;
    /** |projection / actual - 1| */
    error: number;
    /** |projection - actual| in standard errors */
    z: number;
  }
  const outcomes: Outcome[][] = POINTS.map(() => []);
  for (const ind of catalog.indicators) {
    if (!isProjectable(ind)) continue;
    const actual = engine.value(ind.code, '68', '2025').value;
    if (actual === null) continue;
    POINTS.forEach(([month, quarter], k) => {
      const p = project(engine, ind.code, '68', ind.frequency === 'quarter' ? quarter : month);
      if (!p) return;
      outcomes[k]?.push({
        code: ind.code,
        level: ind.level,
        frequency: ind.frequency,
        method: p.method,
        error: actual === 0 ? Number.POSITIVE_INFINITY : Math.abs(p.value / actual - 1),
        z: p.standardError > 0 ? Math.abs(p.value - actual) / p.standardError : p.value === actual ? 0 : Infinity,
      });
    });
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const within = (xs: Outcome[], k: number) => xs.filter((o) => o.z <= k).length / xs.length;

  it('projects running totals within the stated mean error (monthly commune indicators)', () => {
    const errors = outcomes.map((os) =>
      os
        .filter((o) => o.method === 'RUNNING_TOTAL' && o.frequency === 'month' && o.level === 'commune')
        .map((o) => o.error),
    );
    console.log(
      `projection backtest, running totals (demo data, province): ${errors
        .map(
          (xs, k) =>
            `${POINTS[k]?.[0]}: ${xs.length} indicators, mean |error| ${(mean(xs) * 100).toFixed(1)}%, max ${(Math.max(...xs) * 100).toFixed(1)}%`,
        )
        .join('; ')}`,
    );
    for (const xs of errors) expect(xs.length).toBeGreaterThan(10);
    // Measured: 5.1%, 2.6%, 1.4% (max 28.8%, 11.5%, 3.4%). The stated bounds: mean absolute error below 10% at the
    // end of March, 6% at June, 4% at September.
    expect(mean(errors[0] ?? [])).toBeLessThan(0.1);
    expect(mean(errors[1] ?? [])).toBeLessThan(0.06);
    expect(mean(errors[2] ?? [])).toBeLessThan(0.04);
  });

  it('states errors that hold: for each method, at least 80% of actual years within two standard errors', () => {
    const lines: string[] = [];
    for (const method of ['RUNNING_TOTAL', 'SEASONAL_RATIO', 'FORMULA']) {
      const at = outcomes.map((os) => os.filter((o) => o.method === method));
      lines.push(
        `${method}: ${at
          .map(
            (os, k) =>
              `${POINTS[k]?.[0]} ${os.length} indicators, ${(within(os, 1) * 100).toFixed(0)}% within 1 SE, ${(within(os, 2) * 100).toFixed(0)}% within 2`,
          )
          .join('; ')}`,
      );
      for (const os of at) {
        expect(os.length, method).toBeGreaterThan(10);
        expect(within(os, 2), method).toBeGreaterThanOrEqual(0.8);
      }
    }
    console.log(`projection backtest, calibration (demo data, province):\n${lines.join('\n')}`);
  });
});
