// Which values a live subscriber is sent after a change (live/affectedValues.ts), on the engine fixture catalog:
// the readers of a changed indicator include the weighted averages it weighs, not only the formulas that read it.
import { describe, expect, it } from 'vitest';
import { affectedValues } from '../../src/live/affectedValues';
import { catalog, units } from '../integration/support';

const sent = (change: { indicator: string; unit: string; period: string }, indicators: string[]) =>
  affectedValues({
    catalog,
    units,
    changes: [{ kind: 'observation', ...change, year: null }],
    watch: { unit: '68', indicators: new Set(indicators) },
  }).map((v) => `${v.indicator.code} ${v.period.id}`);

describe('values affected by a change', () => {
  it('a weight changes the weighted average it weighs (F_RATE is weighted by F_POP)', () => {
    expect(sent({ indicator: 'F_POP', unit: '24778', period: '2025' }, ['F_POP', 'F_RATE', 'F_COUNT'])).toEqual([
      'F_POP 2025',
      'F_RATE 2025',
    ]);
  });

  it('an input changes the formulas that read it, at its period and each coarser one', () => {
    expect(sent({ indicator: 'F_PART', unit: '24778', period: '2025-08' }, ['F_PART', 'F_SHARE', 'F_RATE'])).toEqual([
      'F_PART 2025-08',
      'F_SHARE 2025-08',
      'F_PART 2025-Q3',
      'F_SHARE 2025-Q3',
      'F_PART 2025',
      'F_SHARE 2025',
    ]);
  });
});
