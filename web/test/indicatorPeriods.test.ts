// The web's period arithmetic for URL defaults: shifting by whole periods of every frequency, and last days.
import { describe, expect, it } from 'vitest';
import { frequencyOf, lastDayOf, periodsEndingAt, shiftPeriod } from '../src/components/indicator/periods';

describe('period arithmetic', () => {
  it('knows the frequency of each kind of identifier', () => {
    expect(['2026', '2026-Q3', '2026-10', '2026-W47', '2026-11-28', '2026-13', 'x'].map(frequencyOf)).toEqual([
      'YEAR',
      'QUARTER',
      'MONTH',
      'WEEK',
      'DAY',
      null,
      null,
    ]);
  });

  it('shifts across year boundaries', () => {
    expect(shiftPeriod('2026-10', -23)).toBe('2024-11');
    expect(shiftPeriod('2026-01', -1)).toBe('2025-12');
    expect(shiftPeriod('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftPeriod('2026-Q3', -23)).toBe('2020-Q4');
    expect(shiftPeriod('2026', -23)).toBe('2003');
    expect(shiftPeriod('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftPeriod('2024-03-01', -1)).toBe('2024-02-29');
    expect(shiftPeriod('bad', 1)).toBeNull();
  });

  it('shifts ISO weeks by the year of their Thursday', () => {
    // 2026 has 53 ISO weeks (1 January 2026 is a Thursday); 2025 has 52.
    expect(shiftPeriod('2027-W01', -1)).toBe('2026-W53');
    expect(shiftPeriod('2026-W01', -1)).toBe('2025-W52');
    expect(shiftPeriod('2026-W47', -23)).toBe('2026-W24');
    expect(shiftPeriod('2026-W10', -23)).toBe('2025-W39');
  });

  it('gives the last 24 periods ending with one', () => {
    expect(periodsEndingAt('2026-10', 24)).toEqual({ from: '2024-11', to: '2026-10' });
    expect(periodsEndingAt('2026-11-27', 24)).toEqual({ from: '2026-11-04', to: '2026-11-27' });
  });

  it('gives the last day of a period, which decides its edition', () => {
    expect(
      ['2025', '2025-Q2', '2025-06', '2025-02', '2024-02', '2025-W26', '2025-W27', '2025-07-01'].map(lastDayOf),
    ).toEqual([
      '2025-12-31',
      '2025-06-30',
      '2025-06-30',
      '2025-02-28',
      '2024-02-29',
      '2025-06-29',
      '2025-07-06',
      '2025-07-01',
    ]);
  });
});
