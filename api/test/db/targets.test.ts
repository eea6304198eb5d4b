// upsertTargets and loadTargets on every database.
import { expect, it } from 'vitest';
import type { TargetInput, WriteMeta } from '../../src/domain/observation';
import { changesSince, latestChangeSeq } from '../../src/store/changes';
import { loadTargets, upsertTargets } from '../../src/store/targets';
import { tableSnapshot } from './fixtures';
import { describeEachDatabase } from './harness';

const council: WriteMeta = {
  source: 'manual',
  actor: 'hdnd-resolution-2025',
  at: new Date('2025-01-10T02:00:00.000Z'),
};
const revision: WriteMeta = { source: 'manual', actor: 'hdnd-revision', at: new Date('2025-07-15T02:00:00.000Z') };

describeEachDatabase('targets', (getDb) => {
  const targets: TargetInput[] = [
    { indicator: 'GRDP_GROWTH', unit: '68', year: 2025, value: 8 },
    { indicator: 'POVERTY_RATE', unit: '68', year: 2025, value: 1.5, low: null },
    { indicator: 'HOSPITAL_BEDS', unit: '68001', year: 2025, low: 28, high: 32 },
  ];

  it('inserts targets, treating missing figures as null, with one change row each', async () => {
    const db = getDb();
    const seq = await latestChangeSeq({ em: db.em() });
    const result = await upsertTargets({ em: db.em(), items: targets, meta: council });
    expect(result).toEqual({
      inserted: 3,
      updated: 0,
      unchanged: 0,
      changed: [
        { indicator: 'GRDP_GROWTH', unit: '68', year: 2025, value: 8, low: null, high: null },
        { indicator: 'POVERTY_RATE', unit: '68', year: 2025, value: 1.5, low: null, high: null },
        { indicator: 'HOSPITAL_BEDS', unit: '68001', year: 2025, value: null, low: 28, high: 32 },
      ],
    });
    expect(await loadTargets({ em: db.em() })).toEqual([
      {
        indicator: 'GRDP_GROWTH',
        unit: '68',
        year: 2025,
        value: 8,
        low: null,
        high: null,
        setBy: council.actor,
        setAt: council.at,
      },
      {
        indicator: 'HOSPITAL_BEDS',
        unit: '68001',
        year: 2025,
        value: null,
        low: 28,
        high: 32,
        setBy: council.actor,
        setAt: council.at,
      },
      {
        indicator: 'POVERTY_RATE',
        unit: '68',
        year: 2025,
        value: 1.5,
        low: null,
        high: null,
        setBy: council.actor,
        setAt: council.at,
      },
    ]);
    const changes = await changesSince({ em: db.em(), seq });
    expect(changes.map((c) => [c.kind, c.indicator, c.unit, c.period, c.year])).toEqual([
      ['target', 'GRDP_GROWTH', '68', null, 2025],
      ['target', 'POVERTY_RATE', '68', null, 2025],
      ['target', 'HOSPITAL_BEDS', '68001', null, 2025],
    ]);
  });

  it('writes nothing for unchanged targets and updates changed ones', async () => {
    const db = getDb();
    const before = await tableSnapshot(db);
    expect(await upsertTargets({ em: db.em(), items: targets, meta: revision })).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 3,
    });
    expect(await tableSnapshot(db)).toEqual(before);

    const result = await upsertTargets({
      em: db.em(),
      items: [
        { indicator: 'GRDP_GROWTH', unit: '68', year: 2025, value: 8.5 },
        { indicator: 'HOSPITAL_BEDS', unit: '68001', year: 2025, low: 28, high: 32 },
        { indicator: 'GRDP_GROWTH', unit: '68', year: 2026, value: 9 },
      ],
      meta: revision,
    });
    expect(result).toMatchObject({ inserted: 1, updated: 1, unchanged: 1 });
    const loaded = await loadTargets({ em: db.em() });
    expect(loaded.filter((t) => t.indicator === 'GRDP_GROWTH').map((t) => [t.year, t.value, t.setBy])).toEqual([
      [2025, 8.5, 'hdnd-revision'],
      [2026, 9, 'hdnd-revision'],
    ]);
    expect(loaded.find((t) => t.indicator === 'HOSPITAL_BEDS')?.setBy).toBe(council.actor);
  });

  it('rejects an invalid target before writing anything', async () => {
    const db = getDb();
    const before = await tableSnapshot(db);
    await expect(
      upsertTargets({
        em: db.em(),
        items: [
          { indicator: 'GRDP_GROWTH', unit: '68', year: 2027, value: 10 },
          { indicator: 'GRDP_GROWTH', unit: '68', year: 2028, value: Number.NaN },
        ],
        meta: revision,
      }),
    ).rejects.toThrow('target GRDP_GROWTH / 68 / 2028: value must be a finite number or null, got NaN');
    expect(await tableSnapshot(db)).toEqual(before);
  });
});
