// Invariants of the roll-up, over random data: a summed indicator at a parent equals the sum of its communes, and an
// engine that saw changes one by one (invalidating its cache) answers like one built from the final data.
import { join } from 'node:path';
import { loadCatalog } from '@ioc/schema/catalog';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ObservationInput } from '../../src/domain/observation';
import { Engine } from '../../src/engine/engine';
import { ObservationIndex } from '../../src/engine/observationIndex';
import { UnitDirectory } from '../../src/units/unitDirectory';

const result = loadCatalog(join(import.meta.dirname, '..', 'fixtures', 'engine'));
if (!result.ok) throw new Error('fixture catalog');
const catalog = result.catalog;
const units = new UnitDirectory();
const now = units.byId('2025');
const pre = units.byId('pre-2025');
if (!now || !pre) throw new Error('editions');
const newCommunes = now.atLevel('commune').map((u) => u.code);
const oldCommunes = pre.atLevel('commune').map((u) => u.code);

const observation = fc.oneof(
  fc.record({
    indicator: fc.constantFrom('F_COUNT', 'F_PART'),
    unit: fc.constantFrom(...newCommunes),
    period: fc.constantFrom('2025-07', '2025-08', '2025-09'),
    value: fc.integer({ min: 0, max: 100_000 }),
  }),
  fc.record({
    indicator: fc.constantFrom('F_COUNT', 'F_PART'),
    unit: fc.constantFrom(...oldCommunes),
    period: fc.constantFrom('2025-05', '2025-06'),
    value: fc.integer({ min: 0, max: 100_000 }),
  }),
);

describe('roll-up invariants', () => {
  it('a summed indicator at the province equals the sum of its communes, in each edition', () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 200 }), (rows) => {
        const engine = new Engine({ catalog, units, observations: ObservationIndex.from(rows) });
        for (const [edition, period] of [
          [now, '2025-08'],
          [pre, '2025-06'],
        ] as const) {
          const communes = edition.descendants('68', 'commune');
          const sum = communes
            .map((c) => engine.value('F_COUNT', c.code, period, edition).value ?? 0)
            .reduce((a, b) => a + b, 0);
          const reported = communes.some((c) => engine.value('F_COUNT', c.code, period, edition).value !== null);
          expect(engine.value('F_COUNT', '68', period, edition).value).toBe(reported ? sum : null);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('answers after any sequence of batches exactly as an engine rebuilt from the final data', () => {
    const queries: Array<[string, string, string]> = [
      ['F_COUNT', '68', '2025'],
      ['F_SHARE', '68', '2025-Q3'],
      ['F_COUNT_YTD', '68', '2025-09'],
      ['F_CHANGE', '68', '2025-07'],
      ['F_COUNT', '24778', '2025'],
      ['F_SHARE', '24781', '2025-Q3'],
    ];
    fc.assert(
      fc.property(fc.array(fc.array(observation, { minLength: 1, maxLength: 30 }), { maxLength: 8 }), (batches) => {
        const live = new ObservationIndex();
        const engine = new Engine({ catalog, units, observations: live });
        for (const batch of batches) {
          for (const q of queries) engine.value(...q); // fill the cache between batches
          for (const o of batch) live.set(o);
          engine.invalidate();
        }
        const rebuilt = new Engine({ catalog, units, observations: ObservationIndex.from(live.entries()) });
        for (const q of queries) expect(engine.value(...q)).toEqual(rebuilt.value(...q));
      }),
      { numRuns: 40 },
    );
  });

  it('keeps the last value recorded for a key', () => {
    const index = ObservationIndex.from([
      { indicator: 'F_COUNT', unit: '24778', period: '2025-08', value: 1 },
      { indicator: 'F_COUNT', unit: '24778', period: '2025-08', value: 2 },
    ] satisfies ObservationInput[]);
    expect(index.size).toBe(1);
    expect(index.get('F_COUNT', '24778', '2025-08')).toBe(2);
  });
});
