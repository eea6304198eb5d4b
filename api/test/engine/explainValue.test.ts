// Explanations, hand-computed: a ratio at district level (Huyện Lạc Dương, March 2024) with its formula substituted
// and one commune not reporting; the roll-up behind an input with every commune's part; a value across the 2025
// reform with the old wards it was read from; a year to date; a value not collected at the unit's level.
import { join } from 'node:path';
import { type Catalog, loadCatalog } from '@ioc/schema/catalog';
import { parsePeriod } from '@ioc/schema/period';
import { describe, expect, it } from 'vitest';
import type { ObservationInput } from '../../src/domain/observation';
import { Engine } from '../../src/engine/engine';
import { explainValue } from '../../src/engine/explainValue';
import { ObservationIndex } from '../../src/engine/observationIndex';
import { UnitDirectory } from '../../src/units/unitDirectory';

const result = loadCatalog(join(import.meta.dirname, '..', 'fixtures', 'engine'));
if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
const catalog: Catalog = result.catalog;
const units = new UnitDirectory();
const old = units.byId('pre-2025');
const current = units.byId('2025');
if (!old || !current) throw new Error('editions missing');

// Huyện Lạc Dương (675) had six communes before the reform.
const LAC_DUONG = ['24846', '24847', '24848', '24850', '24862', '24865'];
const each = (indicator: string, period: string, values: number[]): ObservationInput[] =>
  values.map((value, i) => ({ indicator, unit: LAC_DUONG[i] as string, period, value }));

function explain(engine: Engine, code: string, unit: string, period: string, edition = old) {
  const u = units.get(edition as NonNullable<typeof old>, unit);
  if (!u) throw new Error(`no unit ${unit}`);
  return explainValue(
    engine,
    catalog.byCode.get(code) as NonNullable<ReturnType<typeof catalog.byCode.get>>,
    u,
    parsePeriod(period),
  );
}

describe('a ratio at district level', () => {
  // F_SHARE = F_PART / F_COUNT * 100. Counts 10 + 20 + 30 + 40 + 50 + 60 = 210; parts 10 + 0 + 0 + 0 + 0 = 10 from
  // five communes, the sixth (24865) silent: 10 / 210 * 100 = 4.761905.
  const engine = new Engine({
    catalog,
    units,
    observations: ObservationIndex.from([
      ...each('F_COUNT', '2024-03', [10, 20, 30, 40, 50, 60]),
      ...each('F_PART', '2024-03', [10, 0, 0, 0, 0]),
    ]),
  });

  it('shows the formula with the district’s sums substituted, and each input with its completeness', () => {
    expect(explain(engine, 'F_SHARE', '675', '2024-03')).toEqual({
      how: 'formula',
      formula: 'F_PART / F_COUNT * 100',
      substituted: '10 / 210 * 100',
      terms: [
        { code: 'F_PART', period: '2024-03', yearToDate: false, value: 10, reporting: 5, expected: 6 },
        { code: 'F_COUNT', period: '2024-03', yearToDate: false, value: 210, reporting: 6, expected: 6 },
      ],
      timeRule: null,
      unitsRule: null,
      weight: null,
      collectionLevel: 'commune',
      periods: [],
      units: [],
      notReporting: [],
      flags: [],
    });
    expect(engine.value('F_SHARE', '675', '2024-03').value).toBeCloseTo((10 / 210) * 100, 9);
  });

  it('explains an input as every commune’s part, naming the one that did not report', () => {
    const e = explain(engine, 'F_PART', '675', '2024-03');
    expect(e).toMatchObject({ how: 'rollup', timeRule: 'sum', unitsRule: 'sum', periods: ['2024-03'] });
    expect(e.units.map((u) => [u.code, u.value, u.reportedPeriods, u.expectedPeriods])).toEqual([
      ['24846', 10, 1, 1],
      ['24847', 0, 1, 1],
      ['24848', 0, 1, 1],
      ['24850', 0, 1, 1],
      ['24862', 0, 1, 1],
      ['24865', null, 0, 1],
    ]);
    expect(e.notReporting).toEqual(['24865']);
  });

  it('a quarter rolls up its three months per commune before summing the communes', () => {
    const q = new Engine({
      catalog,
      units,
      observations: ObservationIndex.from([
        ...each('F_COUNT', '2024-01', [1, 1, 1, 1, 1, 1]),
        ...each('F_COUNT', '2024-02', [2, 2, 2, 2, 2, 2]),
        ...each('F_COUNT', '2024-03', [3, 3, 3, 3, 3]),
      ]),
    });
    const e = explain(q, 'F_COUNT', '675', '2024-Q1');
    expect(e.periods).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(e.units.map((u) => [u.code, u.value, u.reportedPeriods])).toEqual([
      ['24846', 6, 3],
      ['24847', 6, 3],
      ['24848', 6, 3],
      ['24850', 6, 3],
      ['24862', 6, 3],
      ['24865', 3, 2],
    ]);
    expect(e.notReporting).toEqual(['24865']);
  });
});

describe('across the 2025 reform', () => {
  // Phường Lâm Viên - Đà Lạt (24778) was formed from Phường 8 (24772), Phường 12 (24775) and Phường 9 (24778).
  const engine = new Engine({
    catalog,
    units,
    observations: ObservationIndex.from([
      { indicator: 'F_COUNT', unit: '24772', period: '2025-06', value: 100 },
      { indicator: 'F_COUNT', unit: '24775', period: '2025-06', value: 200 },
      { indicator: 'F_COUNT', unit: '24778', period: '2025-06', value: 300 },
      { indicator: 'F_COUNT', unit: '24778', period: '2025-07', value: 650 },
    ]),
  });

  it('substitutes prev() with the period before, read through the crosswalk: 650 - 600', () => {
    const e = explain(engine, 'F_CHANGE', '24778', '2025-07', current);
    expect(e.substituted).toBe('650 - 600');
    expect(e.terms.map((t) => [t.code, t.period, t.value])).toEqual([
      ['F_COUNT', '2025-07', 650],
      ['F_COUNT', '2025-06', 600],
    ]);
    expect(e.flags).toEqual(['crosswalk']);
  });

  it('names the old wards summed into the new ward for June 2025', () => {
    const e = explain(engine, 'F_COUNT', '24778', '2025-06', current);
    expect(e.flags).toEqual(['crosswalk']);
    expect(e.units).toEqual([
      {
        code: '24778',
        name: expect.any(String),
        value: 600,
        reportedPeriods: 1,
        expectedPeriods: 1,
        crosswalkFrom: ['24772', '24775', '24778'],
      },
    ]);
  });

  it('has nothing to explain at a unit below the indicator’s collection level', () => {
    const e = explain(engine, 'F_DISTRICT', '24778', '2025-08', current);
    expect(e.how).toBe('not-collected-at-level');
    expect(e.flags).toEqual(['not-collected-at-level']);
  });
});
