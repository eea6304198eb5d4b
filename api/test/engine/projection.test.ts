// Year-end projections of cumulative indicators: hand-computed from one and two earlier years, the chance of reaching
// a target, and a backtest on the demo data (2024 teaches the seasonal pattern, 2025 is projected at the end of March,
// June and September and compared with 2025's actual total at the province).

import { parsePeriod } from '@ioc/schema/period';
import { loadEditions } from '@ioc/schema/units';
import { describe, expect, it } from 'vitest';
import type { ObservationInput } from '../../src/domain/observation';
import { Engine } from '../../src/engine/engine';
import { ObservationIndex } from '../../src/engine/observationIndex';
import { chanceOfTarget, isProjectable, projectYearEnd } from '../../src/engine/projection';
import { generateDemoObservations } from '../../src/seed/demoData';
import { loadServedCatalog } from '../../src/servedCatalog';
import { UnitDirectory } from '../../src/units/unitDirectory';
import { catalog as fixture } from '../integration/support';

const units = new UnitDirectory();
// Phường Lâm Viên - Đà Lạt, after the reform; the hand-computed years are all after it (no crosswalk involved).
const WARD = '24778';

function months(year: number, values: number[]): ObservationInput[] {
  return values.map((value, i) => ({
    indicator: 'F_COUNT',
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
    expect(p).toEqual({ value: 180, toDate: 45, seasonalShare: 0.25, years: ['2026'], relativeError: 0.1 });
    if (!p) return;
    // At the projection the chance is even; 150 lies 30 / 18 = 1.667 standard errors below it.
    expect(chanceOfTarget(p, 180, 'higher')).toBeCloseTo(0.5, 3);
    expect(chanceOfTarget(p, 150, 'higher')).toBeCloseTo(0.9522, 3);
    expect(chanceOfTarget(p, 150, 'lower')).toBeCloseTo(0.0478, 3);
    // A projection of 0 (nothing so far) has no spread: a target of "at most 0" is met for certain.
    const none = { ...p, value: 0, toDate: 0 };
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

  it('is not made for a value that is not a sum over time, nor without an earlier year', () => {
    const engine = new Engine({ catalog: fixture, units, observations: ObservationIndex.from(months(2027, [1, 2])) });
    expect(isProjectable(fixture.byCode.get('F_PRICE') as never)).toBe(false);
    expect(project(engine, 'F_COUNT', WARD, '2027-02')).toBeNull();
  });
});

describe('backtest on the demo data', () => {
  it('projects 2025 from 2024 within the stated error at the province', () => {
    const catalog = loadServedCatalog();
    const codes = catalog.indicators
      .filter((i) => isProjectable(i) && i.frequency === 'month' && i.level === 'commune')
      .map((i) => i.code);
    const engine = new Engine({
      catalog,
      units,
      observations: ObservationIndex.from(
        generateDemoObservations({ catalog, editions: loadEditions(), to: '2025-12-31', indicators: codes }),
      ),
    });
    const errors: Record<string, number[]> = { '2025-03': [], '2025-06': [], '2025-09': [] };
    for (const code of codes) {
      const actual = engine.value(code, '68', '2025').value;
      if (actual === null || actual === 0) continue;
      for (const month of Object.keys(errors)) {
        const p = project(engine, code, '68', month);
        if (p) errors[month]?.push(Math.abs(p.value / actual - 1));
      }
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const report = Object.entries(errors).map(
      ([m, xs]) =>
        `${m}: ${xs.length} indicators, mean |error| ${(mean(xs) * 100).toFixed(1)}%, max ${(Math.max(...xs) * 100).toFixed(1)}%`,
    );
    console.log(`projection backtest (demo data, province): ${report.join('; ')}`);
    expect(codes.length).toBeGreaterThan(10);
    for (const xs of Object.values(errors)) expect(xs.length).toBeGreaterThan(10);
    // Measured: 5.1%, 2.6%, 1.4% (max 28.8%, 11.5%, 3.4%). The stated bounds: mean absolute error below 10% at the
    // end of March, 6% at June, 4% at September.
    expect(mean(errors['2025-03'] ?? [])).toBeLessThan(0.1);
    expect(mean(errors['2025-06'] ?? [])).toBeLessThan(0.06);
    expect(mean(errors['2025-09'] ?? [])).toBeLessThan(0.04);
  });
});
