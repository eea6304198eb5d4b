// Hand-computed fixtures for the engine: every roll-up rule over units and over time, ratios at commune, district and
// province level, year to date and previous period across a year boundary, and series across the 2025 reform.
import { join } from 'node:path';
import { type Catalog, loadCatalog } from '@ioc/schema/catalog';
import { loadCrosswalk } from '@ioc/schema/crosswalk';
import { describe, expect, it } from 'vitest';
import type { ObservationInput } from '../../src/domain/observation';
import { Engine, EngineError } from '../../src/engine/engine';
import { ObservationIndex } from '../../src/engine/observationIndex';
import { UnitDirectory } from '../../src/units/unitDirectory';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'engine');

function fixtureCatalog(): Catalog {
  const result = loadCatalog(FIXTURE);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.catalog;
}

const catalog = fixtureCatalog();
const units = new UnitDirectory();
const current = units.byId('2025');

// Huyện Lạc Dương (675) had six communes before the reform.
const LAC_DUONG = ['24846', '24847', '24848', '24850', '24862', '24865'];

function engineWith(rows: ObservationInput[], directory = units): Engine {
  return new Engine({ catalog, units: directory, observations: ObservationIndex.from(rows) });
}

function each(indicator: string, period: string, values: number[]): ObservationInput[] {
  return values.map((value, i) => ({ indicator, unit: LAC_DUONG[i] as string, period, value }));
}

describe('roll-up over units (Huyện Lạc Dương, March 2024)', () => {
  const engine = engineWith([
    ...each('F_COUNT', '2024-03', [10, 20, 30, 40, 50, 60]),
    ...each('F_PRICE', '2024-03', [100, 200, 300, 400, 500, 600]),
    ...each('F_PEAK', '2024-03', [5, 9, 3, 7, 1, 2]),
    ...each('F_LOW', '2024-03', [5, 9, 3, 7, 1, 2]),
    ...each('F_RATE', '2024-03', [10, 20, 30, 40, 50, 60]),
    ...each('F_POP', '2024', [1000, 1000, 2000, 2000, 2000, 2000]),
  ]);

  it('sums a count: 10 + 20 + 30 + 40 + 50 + 60 = 210, all six communes reporting', () => {
    expect(engine.value('F_COUNT', '675', '2024-03')).toEqual({ value: 210, reporting: 6, expected: 6, flags: [] });
  });
  it('averages a price: 350', () => {
    expect(engine.value('F_PRICE', '675', '2024-03').value).toBe(350);
  });
  it('takes the max and the min: 9 and 1', () => {
    expect(engine.value('F_PEAK', '675', '2024-03').value).toBe(9);
    expect(engine.value('F_LOW', '675', '2024-03').value).toBe(1);
  });
  it('weighs a rate by population: 390,000 / 10,000 = 39 (a plain average would say 35)', () => {
    expect(engine.value('F_RATE', '675', '2024-03').value).toBe(39);
  });
  it('carries completeness to the province: 6 of the 137 communes of old Lâm Đồng reported', () => {
    expect(engine.value('F_COUNT', '68', '2024-03')).toEqual({ value: 210, reporting: 6, expected: 137, flags: [] });
  });
});

describe('roll-up over time (Thị trấn Lạc Dương, first quarter of 2024)', () => {
  const c = '24846';
  const months = (indicator: string, values: number[]): ObservationInput[] =>
    values.map((value, i) => ({ indicator, unit: c, period: `2024-0${i + 1}`, value }));
  const engine = engineWith([
    ...months('F_COUNT', [10, 20, 30]),
    ...months('F_STOCK', [5, 6, 8]),
    ...months('F_FIRST', [5, 6, 8]),
    ...months('F_PRICE', [100, 110, 120]),
    ...months('F_PEAK', [3, 9, 4]),
    ...months('F_LOW', [3, 9, 4]),
  ]);

  it.each([
    ['F_COUNT', 'sum', 60],
    ['F_STOCK', 'last', 8],
    ['F_FIRST', 'first', 5],
    ['F_PRICE', 'average', 110],
    ['F_PEAK', 'max', 9],
    ['F_LOW', 'min', 3],
  ])('%s (%s over the quarter) = %d', (code, _rule, expected) => {
    expect(engine.value(code, c, '2024-Q1').value).toBe(expected);
  });

  it('rolls the months of the year that have data: 60 for 2024, the commune counted as reporting', () => {
    expect(engine.value('F_COUNT', c, '2024')).toEqual({ value: 60, reporting: 1, expected: 1, flags: [] });
  });

  it('rolls days into an ISO week and a month: 1 + 2 + ... + 7 = 28 for 2024-W10, 31 for March', () => {
    const rows: ObservationInput[] = [];
    for (let d = 1; d <= 31; d++) {
      const day = `2024-03-${String(d).padStart(2, '0')}`;
      // 2024-W10 runs Monday 4 to Sunday 10 March.
      rows.push({ indicator: 'F_DAILY', unit: c, period: day, value: d >= 4 && d <= 10 ? d - 3 : 1 });
    }
    const daily = engineWith(rows);
    expect(daily.value('F_DAILY', c, '2024-W10').value).toBe(28);
    expect(daily.value('F_DAILY', c, '2024-03').value).toBe(24 + 28);
  });
});

describe('a ratio is a ratio of sums at every level', () => {
  const engine = engineWith([
    ...each('F_COUNT', '2024-03', [10, 20, 30, 40, 50, 60]),
    ...each('F_PART', '2024-03', [10, 0, 0, 0, 0, 0]),
  ]);

  it('commune: 10 / 10 = 100%', () => {
    expect(engine.value('F_SHARE', '24846', '2024-03').value).toBe(100);
  });
  it('district: 10 / 210 = 4.76% (the average of the six commune ratios would be 16.7%)', () => {
    expect(engine.value('F_SHARE', '675', '2024-03').value).toBeCloseTo(4.7619, 4);
  });
  it('province: the same 10 / 210, marked 6 of 137 communes reporting', () => {
    const v = engine.value('F_SHARE', '68', '2024-03');
    expect(v.value).toBeCloseTo(4.7619, 4);
    expect([v.reporting, v.expected]).toEqual([6, 137]);
  });
  it('quarter: recomputed from the quarter sums, not averaged over months', () => {
    const q = engineWith([
      { indicator: 'F_COUNT', unit: '24846', period: '2024-01', value: 100 },
      { indicator: 'F_PART', unit: '24846', period: '2024-01', value: 50 },
      { indicator: 'F_COUNT', unit: '24846', period: '2024-02', value: 300 },
      { indicator: 'F_PART', unit: '24846', period: '2024-02', value: 30 },
    ]);
    // (50 + 30) / (100 + 300) = 20%, where the average of 50% and 10% would be 30%.
    expect(q.value('F_SHARE', '24846', '2024-Q1').value).toBe(20);
  });
  it('a ratio per 1,000 people at the yearly level: 1,200 / 2,400 * 1,000 = 500', () => {
    const y = engineWith([
      { indicator: 'F_COUNT', unit: '24846', period: '2024-01', value: 700 },
      { indicator: 'F_COUNT', unit: '24846', period: '2024-07', value: 500 },
      { indicator: 'F_POP', unit: '24846', period: '2024', value: 2400 },
    ]);
    expect(y.value('F_PER_1000', '24846', '2024').value).toBe(500);
  });
  it('a division by zero is missing, not infinity', () => {
    const z = engineWith([
      { indicator: 'F_COUNT', unit: '24846', period: '2024-03', value: 0 },
      { indicator: 'F_PART', unit: '24846', period: '2024-03', value: 0 },
    ]);
    expect(z.value('F_SHARE', '24846', '2024-03').value).toBeNull();
  });
});

describe('time functions across a year boundary (Thị trấn Lạc Dương)', () => {
  const at = (period: string, value: number): ObservationInput => ({
    indicator: 'F_COUNT',
    unit: '24846',
    period,
    value,
  });
  const engine = engineWith([
    at('2024-01', 10),
    at('2024-11', 5),
    at('2024-12', 7),
    at('2025-01', 11),
    at('2025-02', 13),
  ]);

  it('year to date restarts in January: 22 at 2024-12, 11 at 2025-01, 24 at 2025-02', () => {
    expect(engine.value('F_COUNT_YTD', '24846', '2024-12').value).toBe(22);
    expect(engine.value('F_COUNT_YTD', '24846', '2025-01').value).toBe(11);
    expect(engine.value('F_COUNT_YTD', '24846', '2025-02').value).toBe(24);
  });
  it('the previous period of January is December: 11 - 7 = 4', () => {
    expect(engine.value('F_CHANGE', '24846', '2025-01').value).toBe(4);
  });
  it('the same period last year: (11 / 10 - 1) * 100 = 10%', () => {
    expect(engine.value('F_GROWTH', '24846', '2025-01').value).toBeCloseTo(10, 10);
  });
  it('a missing previous period gives a missing change', () => {
    expect(engine.value('F_CHANGE', '24846', '2024-11').value).toBeNull();
  });
});

describe('continuity across the reform of 2025-07-01 (Phường Lâm Viên - Đà Lạt)', () => {
  // Phường Lâm Viên - Đà Lạt (24778) was formed from Phường 8 (24772), Phường 12 (24775) and Phường 9 (24778).
  const june = (unit: string, value: number, indicator = 'F_COUNT'): ObservationInput => ({
    indicator,
    unit,
    period: '2025-06',
    value,
  });
  const rows = [
    june('24772', 100),
    june('24775', 200),
    june('24778', 300),
    { indicator: 'F_COUNT', unit: '24778', period: '2025-07', value: 650 },
    june('24772', 10, 'F_PRICE'),
    june('24775', 20, 'F_PRICE'),
    june('24778', 30, 'F_PRICE'),
  ];
  const engine = engineWith(rows);

  it('reads June 2025 of the new ward as the sum of the three old wards: 600', () => {
    expect(engine.value('F_COUNT', '24778', '2025-06', current)).toEqual({
      value: 600,
      reporting: 1,
      expected: 1,
      flags: ['crosswalk'],
    });
  });
  it('adds the old wards before July and the new ward from July in the year 2025: 1,250', () => {
    expect(engine.value('F_COUNT', '24778', '2025').value).toBe(1250);
  });
  it('computes the change from June to July across the reform: 650 - 600 = 50', () => {
    expect(engine.value('F_CHANGE', '24778', '2025-07').value).toBe(50);
  });
  it('does not average a non-additive indicator through the crosswalk: missing and flagged', () => {
    expect(engine.value('F_PRICE', '24778', '2025-06', current)).toMatchObject({
      value: null,
      flags: ['crosswalk', 'crosswalk-non-additive'],
    });
  });
  it('reads the new province in June as its communes read back: 600 with 1 of 124 reporting', () => {
    expect(engine.value('F_COUNT', '68', '2025-06', current)).toEqual({
      value: 600,
      reporting: 1,
      expected: 124,
      flags: ['crosswalk'],
    });
  });
  it('does not undercount: with one old ward missing, the new ward has no value for June', () => {
    const partial = engineWith(rows.filter((r) => !(r.unit === '24775' && r.indicator === 'F_COUNT')));
    expect(partial.value('F_COUNT', '24778', '2025-06', current).value).toBeNull();
  });
  it('leaves out a split commune rather than count it twice, and says so', () => {
    // The source has no split commune; this crosswalk splits Phường 7 (24769) between Lâm Viên and Xuân Hương.
    const real = loadCrosswalk();
    const split = {
      ...real,
      entries: real.entries.map((e) =>
        e.oldCode === '24769' ? { ...e, newCodes: ['24778', '24781'], split: true } : e,
      ),
    };
    const directory = new UnitDirectory(undefined, split);
    const withSplit = engineWith([...rows, june('24769', 1000)], directory);
    expect(withSplit.value('F_COUNT', '24778', '2025-06', directory.byId('2025'))).toEqual({
      value: 600,
      reporting: 1,
      expected: 1,
      flags: ['crosswalk', 'crosswalk-split-excluded'],
    });
  });
});

describe('a district-level indicator before and after the reform', () => {
  it('sums districts into the old province, and is collected by the province from July 2025', () => {
    const engine = engineWith([
      { indicator: 'F_DISTRICT', unit: '675', period: '2024-05', value: 12.5 },
      { indicator: 'F_DISTRICT', unit: '672', period: '2024-05', value: 7.5 },
      { indicator: 'F_DISTRICT', unit: '68', period: '2025-08', value: 99 },
    ]);
    expect(engine.value('F_DISTRICT', '68', '2024-05')).toEqual({ value: 20, reporting: 2, expected: 10, flags: [] });
    expect(engine.value('F_DISTRICT', '68', '2025-08')).toEqual({ value: 99, reporting: 1, expected: 1, flags: [] });
    expect(engine.value('F_DISTRICT', '24778', '2025-08')).toMatchObject({
      value: null,
      flags: ['not-collected-at-level'],
    });
  });

  it('reads the new province back from all 28 old districts of 68, 67 and 60, and only when all reported', () => {
    const districts = units.byId('pre-2025')?.atLevel('district') ?? [];
    expect(districts).toHaveLength(28);
    const all = districts.map((d) => ({ indicator: 'F_DISTRICT', unit: d.code, period: '2025-06', value: 1 }));
    expect(engineWith(all).value('F_DISTRICT', '68', '2025-06', current).value).toBe(28);
    expect(engineWith(all.slice(1)).value('F_DISTRICT', '68', '2025-06', current).value).toBeNull();
  });
});

describe('bad requests say where and why', () => {
  const engine = engineWith([]);
  it.each([
    [
      'F_COUNT',
      '24846',
      '2024-03-05',
      'period',
      'F_COUNT is collected by month; period 2024-03-05 is a day, which is finer',
    ],
    ['F_COUNT', '672', '2025-08', 'unit', 'unit "672" does not exist in edition 2025'],
    ['NOPE', '68', '2025', 'indicator', 'unknown indicator "NOPE"'],
  ] as const)('%s %s %s: wrong %s', (indicator, unit, period, argument, message) => {
    expect(() => engine.value(indicator, unit, period)).toThrow(new EngineError(message, argument));
  });
});
