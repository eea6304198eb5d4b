// Status against targets: the warning band on each side, per-unit yearly targets prorated for cumulative
// indicators, and the catalog's target scaled to longer periods.
import { join } from 'node:path';
import { loadCatalog } from '@ioc/schema/catalog';
import { parsePeriod } from '@ioc/schema/period';
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../src/engine/status';
import { type Target, TargetIndex, targetFor } from '../../src/engine/targets';

const result = loadCatalog(join(import.meta.dirname, '..', 'fixtures', 'engine'));
if (!result.ok) throw new Error('fixture catalog');
const { byCode } = result.catalog;
const ind = (code: string) =>
  byCode.get(code) ??
  (() => {
    throw new Error(code);
  })();

const target = (t: Partial<Target>): Target => ({
  direction: 'higher',
  value: null,
  low: null,
  high: null,
  warning: 0,
  origin: 'catalog',
  ...t,
});

describe('status', () => {
  it.each([
    [25, 'ACHIEVED'],
    [20, 'ACHIEVED'],
    [17, 'WARNING'],
    [15, 'WARNING'],
    [14.9, 'NOT_ACHIEVED'],
    [null, 'NO_DATA'],
  ] as const)('higher is better, target 20, warning 5: %s is %s', (value, status) => {
    expect(statusOf(value, target({ value: 20, warning: 5 }))).toBe(status);
  });

  it.each([
    [0, 'ACHIEVED'],
    [1, 'WARNING'],
    [2, 'NOT_ACHIEVED'],
  ] as const)('lower is better, target 0, warning 1: %s is %s', (value, status) => {
    expect(statusOf(value, target({ direction: 'lower', value: 0, warning: 1 }))).toBe(status);
  });

  it.each([
    [55, 'ACHIEVED'],
    [85, 'ACHIEVED'],
    [52, 'WARNING'],
    [88, 'WARNING'],
    [49, 'NOT_ACHIEVED'],
    [91, 'NOT_ACHIEVED'],
  ] as const)('within [55, 85], warning 5: %s is %s', (value, status) => {
    expect(statusOf(value, target({ direction: 'range', low: 55, high: 85, warning: 5 }))).toBe(status);
  });

  it('has no target without a threshold or a unit target', () => {
    expect(targetFor(ind('F_COUNT'), '24846', parsePeriod('2025-03'), new TargetIndex())).toBeNull();
    expect(statusOf(12, null)).toBe('NO_TARGET');
  });
});

describe('targets', () => {
  const targets = TargetIndex.from([
    { indicator: 'F_COUNT', unit: '68', year: 2025, value: 3650 },
    { indicator: 'F_PRICE', unit: '68', year: 2025, value: 200 },
  ]);

  it('prorates a yearly target of a cumulative indicator by days: 3,650 -> 310 for March, 900 for Q1', () => {
    expect(targetFor(ind('F_COUNT'), '68', parsePeriod('2025-03'), targets)?.value).toBeCloseTo(310, 10);
    expect(targetFor(ind('F_COUNT'), '68', parsePeriod('2025-Q1'), targets)?.value).toBeCloseTo(900, 10);
    expect(targetFor(ind('F_COUNT'), '68', parsePeriod('2025'), targets)).toMatchObject({
      value: 3650,
      origin: 'unit',
    });
  });

  it('keeps a yearly target of a non-cumulative indicator for every period: 200', () => {
    expect(targetFor(ind('F_PRICE'), '68', parsePeriod('2025-03'), targets)?.value).toBe(200);
  });

  it('uses the unit target only for its year and unit; the catalog default elsewhere', () => {
    expect(targetFor(ind('F_COUNT'), '68', parsePeriod('2024-03'), targets)).toBeNull();
    expect(targetFor(ind('F_COUNT'), '24778', parsePeriod('2025-03'), targets)).toBeNull();
  });

  it('scales the catalog target of a cumulative monthly indicator to a quarter: 3 x 10, warning 3 x 2', () => {
    expect(targetFor(ind('F_PART'), '24846', parsePeriod('2025-Q1'), new TargetIndex())).toMatchObject({
      value: 30,
      warning: 6,
    });
    expect(targetFor(ind('F_SHARE'), '24846', parsePeriod('2025-Q1'), new TargetIndex())).toMatchObject({
      value: 20,
      warning: 5,
    });
  });

  it('judges March 2025 at 300 against the prorated 310 as not achieved (no warning band)', () => {
    const t = targetFor(ind('F_COUNT'), '68', parsePeriod('2025-03'), targets);
    expect(statusOf(300, t)).toBe('NOT_ACHIEVED');
    expect(statusOf(310, t)).toBe('ACHIEVED');
  });
});
