// AT_RISK, hand-computed: a ward's 2026 reached half its year by the end of March (30 + 30 + 30 of 180); in 2027 it
// has 25 a month, on target for each month, but 75 / 0.5 projects 150 for the year (10% error from one earlier year).
import { parsePeriod } from '@ioc/schema/period';
import { describe, expect, it } from 'vitest';
import type { ObservationInput } from '../../src/domain/observation';
import { Engine } from '../../src/engine/engine';
import { indicatorValue } from '../../src/engine/indicatorValue';
import { ObservationIndex } from '../../src/engine/observationIndex';
import { projectionPath } from '../../src/engine/projection';
import { TargetIndex } from '../../src/engine/targets';
import { yearIsRunning, yearOutlook } from '../../src/engine/yearOutlook';
import { UnitDirectory } from '../../src/units/unitDirectory';
import { catalog } from '../integration/support';

const units = new UnitDirectory();
const WARD = '24778';

function months(year: number, values: number[], first = 1): ObservationInput[] {
  return values.map((value, i) => ({
    indicator: 'F_COUNT',
    unit: WARD,
    period: `${year}-${String(first + i).padStart(2, '0')}`,
    value,
  }));
}

const EARLIER = months(2026, [30, 30, 30, ...Array(9).fill(10)]);

function valueAt(observations: ObservationInput[], target: number | null, period = '2027-03') {
  const engine = new Engine({ catalog, units, observations: ObservationIndex.from(observations) });
  const targets = TargetIndex.from(
    target === null ? [] : [{ indicator: 'F_COUNT', unit: WARD, year: 2027, value: target }],
  );
  const p = parsePeriod(period);
  const edition = units.editionFor(p);
  const unit = edition && units.get(edition, WARD);
  if (!unit) throw new Error(`no unit ${WARD} for ${period}`);
  const where = { engine, targets, indicator: engine.indicatorOf('F_COUNT'), unit, period: p };
  return { where, value: indicatorValue(where), outlook: yearOutlook(where) };
}

describe('the status AT_RISK', () => {
  const sofar = [...EARLIER, ...months(2027, [25, 25, 25])];

  it('marks a month on target whose year is projected to miss: 150 against 160 is a 25% chance', () => {
    const { value, outlook } = valueAt(sofar, 160);
    // March's own target: 160 * 31 / 365 = 13.59; 25 reaches it.
    expect(value.target?.value).toBeCloseTo(13.589, 3);
    expect(value.value).toBe(25);
    expect(outlook).toMatchObject({ value: 150, toDate: 75, seasonalShare: 0.5, yearTarget: 160, relativeError: 0.1 });
    // (150 - 160) / 15 = -0.667 standard errors: Φ(-0.67) = 0.2514 (simple-statistics reads its table at 2 decimals).
    expect(outlook?.chance).toBeCloseTo(0.2514, 4);
    expect(value.status).toBe('AT_RISK');
  });

  it('leaves a month on target alone when the year is likely reached: 150 against 140 is a 75% chance', () => {
    const { value, outlook } = valueAt(sofar, 140);
    expect(outlook?.chance).toBeCloseTo(0.7486, 4);
    expect(value.status).toBe('ACHIEVED');
  });

  it('keeps NOT_ACHIEVED (the month misses already), and NO_TARGET without a target', () => {
    // March's own target: 400 * 31 / 365 = 33.97 > 25.
    expect(valueAt(sofar, 400).value.status).toBe('NOT_ACHIEVED');
    const none = valueAt(sofar, null);
    expect(none.value.status).toBe('NO_TARGET');
    expect(none.outlook).toMatchObject({ value: 150, yearTarget: null, chance: null });
  });

  it('ends when the year is complete: once December is reported the months are judged on themselves', () => {
    const whole = [...sofar, ...months(2027, Array(9).fill(5), 4)];
    const { value, where } = valueAt(whole, 160);
    expect(yearIsRunning(where.engine, where.indicator, where.unit, where.period)).toBe(false);
    expect(value.status).toBe('ACHIEVED');
    // November reported, December not: the year still runs, and March (projected from March) is still at risk.
    const november = valueAt(whole.slice(0, -1), 160);
    expect(
      yearIsRunning(november.where.engine, november.where.indicator, november.where.unit, november.where.period),
    ).toBe(true);
    expect(november.value.status).toBe('AT_RISK');
  });

  it('gives no chance to a ceiling already passed: at most 120 a year, and 210 by March', () => {
    // F_COUNT as "at most 10 a month" (120 a year); January's 200 is NOT_ACHIEVED, March's 5 meets its month.
    const indicators = catalog.indicators.map((i) =>
      i.code === 'F_COUNT' ? { ...i, threshold: { direction: 'lower' as const, target: 10, warning: 0 } } : i,
    );
    const lower = { ...catalog, indicators, byCode: new Map(indicators.map((i) => [i.code, i])) };
    const engine = new Engine({
      catalog: lower,
      units,
      observations: ObservationIndex.from([...EARLIER, ...months(2027, [200, 5, 5])]),
    });
    const period = parsePeriod('2027-03');
    const edition = units.editionFor(period);
    const unit = edition && units.get(edition, WARD);
    if (!unit) throw new Error('no ward');
    const where = { engine, targets: new TargetIndex(), indicator: engine.indicatorOf('F_COUNT'), unit, period };
    // The running total only grows (bounds [0, …]): 210 > 120 is settled, not the normal model's 0.001.
    expect(yearOutlook(where)).toMatchObject({ toDate: 210, value: 420, yearTarget: 120, chance: 0 });
    expect(indicatorValue(where).status).toBe('AT_RISK');
  });

  it('projects a daily indicator alike from a day and from its month: 62 / (31/365) = 730', () => {
    const days = (year: number, n: number, value: number): ObservationInput[] =>
      Array.from({ length: n }, (_, i) => ({
        indicator: 'F_DAILY',
        unit: WARD,
        period: new Date(Date.UTC(year, 0, 1 + i)).toISOString().slice(0, 10),
        value,
      }));
    const engine = new Engine({
      catalog,
      units,
      observations: ObservationIndex.from([...days(2026, 365, 1), ...days(2027, 31, 2)]),
    });
    const at = (id: string) => {
      const period = parsePeriod(id);
      const edition = units.editionFor(period);
      const unit = edition && units.get(edition, WARD);
      if (!unit) throw new Error('no ward');
      return yearOutlook({
        engine,
        targets: new TargetIndex(),
        indicator: engine.indicatorOf('F_DAILY'),
        unit,
        period,
      });
    };
    // From the month: the sum of January's memoised value; from the day: the engine's year to date over 31 days.
    expect(at('2027-01')).toMatchObject({ toDate: 62, years: ['2026'] });
    expect(at('2027-01')?.value).toBeCloseTo(730, 9);
    expect(at('2027-01-31')).toMatchObject({ toDate: 62, years: ['2026'] });
    expect(at('2027-01-31')?.value).toBeCloseTo(730, 9);
  });

  it('draws the year: known running totals to March, then 150 times 2026’s share by each later month', () => {
    const { where, outlook } = valueAt(sofar, 160);
    if (!outlook) throw new Error('no projection');
    const path = projectionPath({ ...where, projection: outlook });
    expect(path.map((p) => p.period.id)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}`),
    );
    expect(path.slice(0, 3)).toEqual([
      expect.objectContaining({ value: 25, projected: false }),
      expect.objectContaining({ value: 50, projected: false }),
      expect.objectContaining({ value: 75, projected: false }),
    ]);
    // April 2026: 100 of 180; December: the whole projection.
    expect(path[3]).toMatchObject({ projected: true });
    expect(path[3]?.value).toBeCloseTo((150 * 100) / 180, 9);
    expect(path[11]).toMatchObject({ value: 150, projected: true });
  });
});
