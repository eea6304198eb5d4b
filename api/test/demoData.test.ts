// The demo data generator on the shipped catalog and unit editions: deterministic, within bounds, at each indicator's
// own level and frequency in the edition of each period, with missing reports, units below target and seasons.
import { type Catalog, loadCatalog } from '@ioc/schema/catalog';
import { DEFAULT_CATALOG_DIR } from '@ioc/schema/catalogDir';
import { parsePeriod } from '@ioc/schema/period';
import { type AdminUnit, EditionIndex, loadEditions } from '@ioc/schema/units';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ObservationInput } from '../src/domain/observation';
import { validateObservations } from '../src/domain/validateObservations';
import { collectionLevel } from '../src/engine/engine';
import { countDemoObservations, type DemoOptions, generateDemoObservations } from '../src/seed/demoData';
import { UnitDirectory } from '../src/units/unitDirectory';

function shippedCatalog(): Catalog {
  const result = loadCatalog(DEFAULT_CATALOG_DIR);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
  return result.catalog;
}

const catalog = shippedCatalog();
const editions = loadEditions();
const [pre, now] = ['pre-2025', '2025'].map((id) => {
  const edition = editions.find((e) => e.id === id);
  if (!edition) throw new Error(`no edition ${id}`);
  return new EditionIndex(edition);
}) as [EditionIndex, EditionIndex];
const inputs = catalog.indicators.filter((i) => i.kind === 'input');
const codesAt = (index: EditionIndex, level: AdminUnit['level']): Set<string> =>
  new Set(index.atLevel(level).map((u) => u.code));
const preCommunes = codesAt(pre, 'commune');
const newCommunes = codesAt(now, 'commune');
const onlyPre = new Set([...preCommunes].filter((c) => !newCommunes.has(c)));
const onlyNew = new Set([...newCommunes].filter((c) => !preCommunes.has(c)));
const editionOf = (period: string): EditionIndex => (parsePeriod(period).end < '2025-07-01' ? pre : now);

const generate = (options: Partial<DemoOptions> & { to: string }): ObservationInput[] => [
  ...generateDemoObservations({ catalog, editions, ...options }),
];
const key = (o: ObservationInput): string => `${o.indicator}|${o.unit}|${o.period}`;

// One broad run (every input, the demo's full range, daily indicators over the last six weeks), summarised while
// streaming so that nothing large is kept.
const BROAD: DemoOptions = { catalog, editions, from: '2024-01-01', to: '2026-11-27', dailyFrom: '2026-10-15' };

interface Summary {
  count: number;
  problems: string[];
  /** indicator -> period -> units. */
  units: Map<string, Map<string, string[]>>;
  /** `indicator|unit|period` -> value, for the indicators the relation and season tests read. */
  values: Map<string, number>;
  /** `indicator|unit` -> [sum, count], for indicators with a threshold. */
  means: Map<string, [number, number]>;
}

const KEPT = new Set([
  'TOU_VISITORS',
  'HEA_DENGUE_CASES',
  'JUS_CRIMES',
  'JUS_CRIMES_SOLVED',
  'ENV_WASTE_GENERATED',
  'ENV_WASTE_COLLECTED',
  'PSV_DOSSIERS_RESOLVED',
  'PSV_DOSSIERS_ON_TIME',
  'EDU_EXAM_CANDIDATES',
  'EDU_EXAM_GRADUATES',
  'POP_TOTAL',
  'POP_MALE',
]);
// Units of measure that count things: their values are whole numbers.
const COUNT_UNITS = new Set(['người', 'trẻ', 'hộ', 'doanh nghiệp', 'vụ', 'dự án', 'trạm', 'học sinh', 'hồ sơ', 'ca']);

function summarise(options: DemoOptions): Summary {
  const s: Summary = { count: 0, problems: [], units: new Map(), values: new Map(), means: new Map() };
  const unitMaps = new Map([pre, now].map((e) => [e, new Map(e.edition.units.map((u) => [u.code, u]))]));
  for (const o of generateDemoObservations(options)) {
    s.count++;
    const ind = catalog.byCode.get(o.indicator);
    if (!ind) {
      s.problems.push(`unknown indicator ${o.indicator}`);
      continue;
    }
    const [lo, hi] = ind.bounds ?? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
    if (!Number.isFinite(o.value) || o.value < lo || o.value > hi) s.problems.push(`${key(o)} = ${o.value}`);
    if (COUNT_UNITS.has(ind.unit) && !Number.isInteger(o.value)) s.problems.push(`${key(o)} = ${o.value} (count)`);
    const edition = editionOf(o.period);
    const unit = unitMaps.get(edition)?.get(o.unit);
    if (unit?.level !== collectionLevel(ind, edition)) s.problems.push(`${key(o)}: not a unit of ${ind.code}`);
    const periods = s.units.get(o.indicator) ?? new Map<string, string[]>();
    s.units.set(o.indicator, periods);
    const list = periods.get(o.period);
    if (list) list.push(o.unit);
    else periods.set(o.period, [o.unit]);
    if (KEPT.has(o.indicator)) s.values.set(key(o), o.value);
    if (ind.threshold) {
      const m = s.means.get(`${o.indicator}|${o.unit}`) ?? [0, 0];
      m[0] += o.value;
      m[1]++;
      s.means.set(`${o.indicator}|${o.unit}`, m);
    }
  }
  return s;
}

let broad: Summary;
beforeAll(() => {
  broad = summarise(BROAD);
});

describe('determinism', () => {
  const few = ['TOU_VISITORS', 'POP_TOTAL', 'ENV_AQI', 'PRC_COFFEE_PRICE', 'LAB_NEW_JOBS', 'JUS_CRIMES_SOLVED'];

  it('generates the same observations twice', () => {
    const options = { indicators: few, from: '2025-01-01', to: '2025-12-31', dailyFrom: '2025-12-01' };
    const first = generate(options);
    expect(first.length).toBeGreaterThan(1000);
    expect(generate(options)).toEqual(first);
  });

  it('gives a sub-range the same values as the full range, key for key', () => {
    const full = new Map(
      generate({ indicators: few, to: '2026-11-27', dailyFrom: '2025-06-01' }).map((o) => [key(o), o.value]),
    );
    const sub = generate({ indicators: few, from: '2025-06-10', to: '2025-08-20' });
    expect(new Set(sub.map((o) => o.indicator))).toEqual(
      new Set(['TOU_VISITORS', 'ENV_AQI', 'PRC_COFFEE_PRICE', 'LAB_NEW_JOBS', 'JUS_CRIMES_SOLVED']),
    );
    for (const o of sub) expect([key(o), full.get(key(o))]).toEqual([key(o), o.value]);
  });

  it('depends on the seed', () => {
    const options = { indicators: ['TOU_VISITORS'], from: '2025-07-01', to: '2025-07-31' };
    const a = generate(options).map((o) => o.value);
    const b = generate({ ...options, seed: 7 }).map((o) => o.value);
    expect(a).not.toEqual(b);
  });

  it('counts exactly what it generates', () => {
    expect(countDemoObservations(BROAD)).toBe(broad.count);
  });
});

describe('values', () => {
  it('are finite, within bounds, whole for counts, and at a unit of the indicator level in its edition', () => {
    expect(broad.problems.slice(0, 10)).toEqual([]);
  });

  it('are accepted by the observation validator', () => {
    const sample = generate({ from: '2025-06-01', to: '2025-07-31', dailyFrom: '2025-06-29' });
    const directory = new UnitDirectory();
    for (const source of ['manual', 'import', 'national-feed'] as const) {
      const items = sample.filter((o) => catalog.byCode.get(o.indicator)?.source === source);
      const result = validateObservations({ catalog, units: directory, items, source });
      expect(result.ok ? [] : result.errors.slice(0, 5)).toEqual([]);
    }
  });

  it('keep shares below their whole: solved <= reported, collected <= generated, graduates <= candidates', () => {
    const pairs = [
      ['JUS_CRIMES_SOLVED', 'JUS_CRIMES'],
      ['ENV_WASTE_COLLECTED', 'ENV_WASTE_GENERATED'],
      ['PSV_DOSSIERS_ON_TIME', 'PSV_DOSSIERS_RESOLVED'],
      ['EDU_EXAM_GRADUATES', 'EDU_EXAM_CANDIDATES'],
      ['POP_MALE', 'POP_TOTAL'],
    ];
    for (const [part, whole] of pairs) {
      let compared = 0;
      for (const [k, v] of broad.values) {
        if (!k.startsWith(`${part}|`)) continue;
        const w = broad.values.get(k.replace(`${part}|`, `${whole}|`));
        if (w === undefined) continue;
        compared++;
        expect(v, k).toBeLessThanOrEqual(w);
      }
      expect(compared, part).toBeGreaterThan(3);
    }
  });
});

describe('units and periods', () => {
  it('gives every input indicator data, and no derived one', () => {
    expect([...broad.units.keys()].sort()).toEqual(inputs.map((i) => i.code).sort());
  });

  it('uses each indicator frequency, complete periods only, in both editions', () => {
    const daily = generate({
      indicators: inputs.filter((i) => i.frequency === 'day').map((i) => i.code),
      from: '2025-06-28',
      to: '2025-07-02',
    });
    const dailyPeriods = new Map<string, Set<string>>();
    for (const o of daily) dailyPeriods.set(o.indicator, (dailyPeriods.get(o.indicator) ?? new Set()).add(o.period));
    for (const ind of inputs) {
      const periods =
        ind.frequency === 'day'
          ? [...(dailyPeriods.get(ind.code) ?? [])]
          : [...(broad.units.get(ind.code)?.keys() ?? [])];
      for (const id of periods) {
        const p = parsePeriod(id);
        expect([ind.code, p.frequency]).toEqual([ind.code, ind.frequency]);
        expect(p.start >= '2024-01-01' && p.end <= '2026-11-27', `${ind.code} ${id}`).toBe(true);
      }
      const editionsSeen = new Set(periods.map((id) => editionOf(id).edition.id));
      expect([ind.code, [...editionsSeen].sort()]).toEqual([ind.code, ['2025', 'pre-2025']]);
    }
    const months = [...(broad.units.get('TOU_VISITORS')?.keys() ?? [])].sort();
    expect([months[0], months.at(-1), months.length]).toEqual(['2024-01', '2026-10', 34]);
  });

  it('puts commune data on the communes of the edition of the period', () => {
    const june = broad.units.get('TOU_VISITORS')?.get('2025-06') ?? [];
    const july = broad.units.get('TOU_VISITORS')?.get('2025-07') ?? [];
    expect(june.every((c) => preCommunes.has(c))).toBe(true);
    expect(july.every((c) => newCommunes.has(c))).toBe(true);
    expect(june.length).toBeGreaterThan(preCommunes.size * 0.9);
    expect(july.length).toBeGreaterThan(newCommunes.size * 0.9);
    expect(june.filter((c) => onlyNew.has(c))).toEqual([]);
    expect(july.filter((c) => onlyPre.has(c))).toEqual([]);
    // New communes kept one of their old codes: only the pre-2025 side has codes of its own.
    expect(june.filter((c) => onlyPre.has(c)).length).toBeGreaterThan(150);
  });

  it('moves district indicators to their afterReform level from 2025-07', () => {
    const districts = codesAt(pre, 'district');
    const at = (code: string, period: string) => broad.units.get(code)?.get(period) ?? [];
    expect(at('LAB_NEW_JOBS', '2025-06').every((c) => districts.has(c))).toBe(true);
    expect(at('LAB_NEW_JOBS', '2025-06').length).toBeGreaterThan(20);
    expect(at('LAB_NEW_JOBS', '2025-07').every((c) => newCommunes.has(c))).toBe(true);
    expect(at('LAB_VOC_ENROLMENT', '2025-07')).toEqual(['68']);
    expect(at('JUS_CIVIL_CASES_ACCEPTED', '2025-Q2').every((c) => districts.has(c))).toBe(true);
    expect(at('JUS_CIVIL_CASES_ACCEPTED', '2025-Q3')).toEqual(['68']);
  });

  it('starts daily indicators 365 days before `to` unless told otherwise', () => {
    const periods = generate({ indicators: ['ENV_AQI'], to: '2026-11-27' }).map((o) => o.period);
    expect([periods[0], periods.at(-1), new Set(periods).size]).toEqual(['2025-11-27', '2026-11-27', 366]);
  });
});

describe('missing reports', () => {
  const monthlyCommune = inputs.filter((i) => i.frequency === 'month' && i.level === 'commune').map((i) => i.code);

  it('drop about 2% of commune observations, and none at province level', () => {
    let expected = 0;
    let actual = 0;
    for (const code of monthlyCommune) {
      for (const [period, units] of broad.units.get(code) ?? []) {
        expected += editionOf(period).atLevel('commune').length;
        actual += units.length;
      }
    }
    const missing = 1 - actual / expected;
    expect(missing).toBeGreaterThan(0.01);
    expect(missing).toBeLessThan(0.04);
    for (const ind of inputs.filter((i) => i.level === 'province')) {
      for (const [period, units] of broad.units.get(ind.code) ?? []) {
        expect([ind.code, period, units.length]).toEqual([
          ind.code,
          period,
          editionOf(period).atLevel('province').length,
        ]);
      }
    }
  });

  it('has communes that skip an indicator several months in a row', () => {
    let runs = 0;
    for (const code of monthlyCommune) {
      const periods = broad.units.get(code) ?? new Map<string, string[]>();
      const months = [...periods.keys()].filter((p) => p >= '2025-07').sort();
      const missingIn = new Map<string, number>(); // unit -> current run of missing months
      for (const m of months) {
        const present = new Set(periods.get(m));
        for (const c of newCommunes) {
          const run = present.has(c) ? 0 : (missingIn.get(c) ?? 0) + 1;
          missingIn.set(c, run);
          if (run === 2) runs++;
        }
      }
    }
    expect(runs).toBeGreaterThan(10);
  });
});

describe('targets', () => {
  it('places most units at or above a higher-is-better target, some below and a few clearly below', () => {
    // Averaged indicators (scores, rates, indices); a market price follows the market, not the province's target.
    const higher = inputs.filter(
      (i) => i.threshold?.direction === 'higher' && i.aggregation?.units !== 'sum' && i.code !== 'PRC_COFFEE_PRICE',
    );
    expect(higher.length).toBeGreaterThan(8);
    let pairs = 0;
    let below = 0;
    let clearly = 0;
    for (const ind of higher) {
      const target = ind.threshold?.target ?? 0;
      const warning = ind.threshold?.warning ?? 0;
      let indBelow = 0;
      for (const [k, [sum, n]] of broad.means) {
        if (!k.startsWith(`${ind.code}|`)) continue;
        const mean = sum / n;
        pairs++;
        if (mean < target) {
          below++;
          indBelow++;
        }
        if (mean < target - warning) clearly++;
      }
      if (ind.level === 'commune') expect(indBelow, ind.code).toBeGreaterThan(0);
    }
    expect(below / pairs).toBeGreaterThan(0.08);
    expect(below / pairs).toBeLessThan(0.3);
    expect(clearly).toBeGreaterThan(0);
    expect(clearly / pairs).toBeLessThan(0.1);
  });
});

describe('seasons', () => {
  const value = (code: string, unit: string, period: string) => broad.values.get(`${code}|${unit}|${period}`);

  it('brings more visitors to Đà Lạt in July than in March, in both editions', () => {
    const newWards = now.atLevel('commune').filter((u) => u.fullName.includes('Đà Lạt'));
    const oldWards = pre.children('672'); // Thành phố Đà Lạt
    expect(newWards.length).toBeGreaterThan(3);
    let compared = 0;
    for (const [units, year] of [
      [newWards, 2026],
      [oldWards, 2024],
    ] as const) {
      for (const u of units) {
        const march = value('TOU_VISITORS', u.code, `${year}-03`);
        const july = value('TOU_VISITORS', u.code, `${year}-07`);
        if (march === undefined || july === undefined) continue; // a missing report
        compared++;
        expect(july, u.fullName).toBeGreaterThan(march);
      }
    }
    expect(compared).toBeGreaterThan(15);
  });

  it('has dengue peak in the rainy season', () => {
    const total = (from: string, to: string) => {
      let sum = 0;
      for (const [k, v] of broad.values) {
        if (!k.startsWith('HEA_DENGUE_CASES|')) continue;
        const p = parsePeriod(k.slice(k.lastIndexOf('|') + 1));
        if (p.start >= from && p.end <= to) sum += v;
      }
      return sum;
    };
    expect(total('2025-08-01', '2025-09-30')).toBeGreaterThan(3 * total('2025-02-01', '2025-03-31'));
  });
});
