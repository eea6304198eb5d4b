// Every rule a recorded value must keep, each bad item with its exact message.
import { join } from 'node:path';
import { loadCatalog } from '@ioc/schema/catalog';
import { describe, expect, it } from 'vitest';
import type { ObservationInput } from '../../src/domain/observation';
import { validateObservations } from '../../src/domain/validateObservations';
import { UnitDirectory } from '../../src/units/unitDirectory';

const result = loadCatalog(join(import.meta.dirname, '..', 'fixtures', 'engine'));
if (!result.ok) throw new Error('fixture catalog');
const catalog = result.catalog;
const units = new UnitDirectory();
const good: ObservationInput = { indicator: 'F_COUNT', unit: '24778', period: '2025-07', value: 12 };

function check(items: ObservationInput[], source: 'manual' | 'import' | 'national-feed' = 'manual') {
  return validateObservations({ catalog, units, items, source });
}

describe('validating observations', () => {
  it('accepts a good batch and normalises it', () => {
    expect(check([good, { ...good, unit: '24846', period: '2025-06', value: 0 }])).toEqual({
      ok: true,
      items: [good, { ...good, unit: '24846', period: '2025-06', value: 0 }],
    });
  });

  it.each<[string, Partial<ObservationInput> & Record<string, unknown>, string, string]>([
    ['an unknown indicator', { indicator: 'NOPE' }, 'indicator', 'unknown indicator "NOPE"'],
    [
      'a derived indicator',
      { indicator: 'F_SHARE' },
      'indicator',
      'F_SHARE is derived (F_PART / F_COUNT * 100); only input indicators are recorded',
    ],
    ['a malformed period', { period: '2025-13' }, 'period', 'invalid period "2025-13": month must be 01-12 (column 6)'],
    [
      'a period of another frequency',
      { period: '2025-Q3' },
      'period',
      'F_COUNT is collected by month; "2025-Q3" is a quarter',
    ],
    [
      'a unit of the other edition',
      { unit: '672' },
      'unit',
      'unit "672" does not exist in edition 2025 (period 2025-07)',
    ],
    [
      'a unit at the wrong level',
      { unit: '68' },
      'unit',
      'F_COUNT is collected at commune level in edition 2025; Tỉnh Lâm Đồng (68) is a province',
    ],
    [
      'a district in the pre-2025 edition',
      { unit: '675', period: '2025-06' },
      'unit',
      'F_COUNT is collected at commune level in edition pre-2025; Huyện Lạc Dương (675) is a district',
    ],
    [
      'a value above the bounds',
      { value: 2_000_000 },
      'value',
      'value 2000000 is outside the bounds [0, 1000000] of F_COUNT (lượt)',
    ],
    ['a negative value', { value: -1 }, 'value', 'value -1 is outside the bounds [0, 1000000] of F_COUNT (lượt)'],
    ['not a number', { value: Number.NaN }, 'value', 'value must be a finite number, got NaN'],
    ['infinity', { value: Number.POSITIVE_INFINITY }, 'value', 'value must be a finite number, got Infinity'],
    ['a string', { value: '12' as unknown as number }, 'value', 'value must be a finite number, got "12"'],
  ])('rejects %s', (_what, change, field, message) => {
    expect(check([good, { ...good, ...change } as ObservationInput])).toEqual({
      ok: false,
      errors: [{ index: 1, field, message }],
    });
  });

  it('rejects the same indicator, unit and period twice in one batch', () => {
    expect(check([good, { ...good, value: 13 }])).toEqual({
      ok: false,
      errors: [{ index: 1, field: 'period', message: 'the same indicator, unit and period as item 1' }],
    });
  });

  it('reports every bad item of a batch, not only the first', () => {
    const r = check([
      { ...good, indicator: 'NOPE' },
      good,
      { ...good, unit: '68', period: '2025-08' },
      { ...good, value: -5 },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.index)).toEqual([0, 2, 3]);
  });

  it('collects a district-level indicator by district before the reform and by the province after', () => {
    const d = { indicator: 'F_DISTRICT', value: 5 };
    expect(check([{ ...d, unit: '675', period: '2025-06' } as ObservationInput]).ok).toBe(true);
    expect(check([{ ...d, unit: '68', period: '2025-07' } as ObservationInput]).ok).toBe(true);
    expect(check([{ ...d, unit: '68', period: '2025-06' } as ObservationInput])).toMatchObject({
      errors: [
        { message: 'F_DISTRICT is collected at district level in edition pre-2025; Tỉnh Lâm Đồng (68) is a province' },
      ],
    });
  });
});
