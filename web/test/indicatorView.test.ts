// The indicator page's URL state and defaults: the series range, the ranking's edition, levels and period, and the
// ranking order.
import { describe, expect, it } from 'vitest';
import { rankUnits } from '../src/components/indicator/rankUnits';
import {
  editionOf,
  indicatorViewFrom,
  rankingChoice,
  rankingLevels,
  seriesRange,
} from '../src/components/indicator/viewParams';

const editions = [
  {
    id: 'pre-2025',
    levels: ['PROVINCE', 'DISTRICT', 'COMMUNE'] as const,
    validFrom: '2008-08-01',
    validTo: '2025-06-30',
  },
  { id: '2025', levels: ['PROVINCE', 'COMMUNE'] as const, validFrom: '2025-07-01', validTo: null },
].map((e) => ({ ...e, levels: [...e.levels] }));

describe('URL state', () => {
  it('reads the view, trimming blanks and dropping a level outside the enum', () => {
    expect(
      indicatorViewFrom({ unit: ' 24781 ', from: '', to: '2026-10', level: 'commune', period: ['2026-09', 'x'] }),
    ).toEqual({
      unit: '24781',
      from: undefined,
      to: '2026-10',
      level: 'COMMUNE',
      period: '2026-09',
    });
    expect(indicatorViewFrom({ level: 'VILLAGE' }).level).toBeUndefined();
  });

  it('shows the last 24 periods up to the latest value unless the address names a range', () => {
    expect(seriesRange({}, '2026-10')).toEqual({ from: '2024-11', to: '2026-10' });
    expect(seriesRange({ to: '2025-06' }, '2026-10')).toEqual({ from: '2023-07', to: '2025-06' });
    expect(seriesRange({ from: '2026-01' }, '2026-10')).toEqual({ from: '2026-01', to: '2026-10' });
    expect(seriesRange({}, null)).toBeNull();
  });
});

describe('ranking defaults', () => {
  it('reads a period in the edition valid on its last day', () => {
    expect(editionOf('2025-06', editions)?.id).toBe('pre-2025');
    expect(editionOf('2025-Q3', editions)?.id).toBe('2025');
    expect(editionOf('2025', editions)?.id).toBe('2025');
  });

  it('ranks at the levels of the edition, a district indicator at its level after the reform', () => {
    const commune = { levels: ['PROVINCE', 'DISTRICT', 'COMMUNE'] as const };
    expect(rankingLevels({ levels: [...commune.levels] }, ['PROVINCE', 'COMMUNE'])).toEqual(['COMMUNE']);
    expect(rankingLevels({ levels: [...commune.levels] }, ['PROVINCE', 'DISTRICT', 'COMMUNE'])).toEqual([
      'DISTRICT',
      'COMMUNE',
    ]);
    const district = { levels: ['PROVINCE' as const, 'DISTRICT' as const], levelAfterReform: 'COMMUNE' as const };
    expect(rankingLevels(district, ['PROVINCE', 'COMMUNE'])).toEqual(['COMMUNE']);
    expect(rankingLevels(district, ['PROVINCE', 'DISTRICT', 'COMMUNE'])).toEqual(['DISTRICT']);
    expect(rankingLevels({ levels: ['PROVINCE'] }, ['PROVINCE', 'COMMUNE'])).toEqual([]);
  });

  it('defaults to the current edition’s communes at the latest period', () => {
    const i = { levels: ['PROVINCE' as const, 'DISTRICT' as const, 'COMMUNE' as const] };
    expect(rankingChoice({}, i, editions, '2026-10')).toEqual({
      period: '2026-10',
      level: 'COMMUNE',
      levels: ['COMMUNE'],
    });
    expect(rankingChoice({ period: '2024-12', level: 'DISTRICT' }, i, editions, '2026-10')).toEqual({
      period: '2024-12',
      level: 'DISTRICT',
      levels: ['DISTRICT', 'COMMUNE'],
    });
    expect(rankingChoice({}, { levels: ['PROVINCE'] }, editions, '2026')?.level).toBeNull();
    expect(rankingChoice({}, i, editions, null)).toBeNull();
  });
});

describe('ranking order', () => {
  const rows = [
    { name: 'B', value: 5 },
    { name: 'A', value: null },
    { name: 'C', value: 9 },
    { name: 'D', value: 5 },
  ];

  it('puts the best first, shares ranks on ties and leaves units without a value unranked at the end', () => {
    expect(rankUnits(rows, 'HIGHER').map((r) => [r.name, r.rank])).toEqual([
      ['C', 1],
      ['B', 2],
      ['D', 2],
      ['A', null],
    ]);
  });

  it('puts the lowest first when lower is better', () => {
    expect(rankUnits(rows, 'LOWER').map((r) => [r.name, r.rank])).toEqual([
      ['B', 1],
      ['D', 1],
      ['C', 3],
      ['A', null],
    ]);
  });
});
