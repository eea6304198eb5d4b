// The change log other API processes poll: every write appends rows in its own transaction, in order.
import { expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database';
import { changesSince, latestChangeSeq } from '../../src/store/changes';
import { upsertObservations } from '../../src/store/observations';
import { upsertTargets } from '../../src/store/targets';
import { describeEachDatabase } from './harness';

const meta = { source: 'manual' as const, actor: 'tester', at: new Date('2025-03-01T00:00:00.000Z') };

describeEachDatabase('change log', (getDb, getUrl) => {
  it('starts empty', async () => {
    const db = getDb();
    expect(await latestChangeSeq({ em: db.em() })).toBe(0);
    expect(await changesSince({ em: db.em(), seq: 0 })).toEqual([]);
  });

  it('returns the rows after a seq, in write order, and pages with limit', async () => {
    const db = getDb();
    await upsertObservations({ em: db.em(), items: [{ indicator: 'A', unit: '68', period: '2025', value: 1 }], meta });
    await upsertTargets({ em: db.em(), items: [{ indicator: 'A', unit: '68', year: 2025, value: 2 }], meta });
    const mark = await latestChangeSeq({ em: db.em() });
    await upsertObservations({
      em: db.em(),
      items: [
        { indicator: 'B', unit: '68', period: '2025-Q1', value: 3 },
        { indicator: 'A', unit: '68', period: '2025', value: 4 },
      ],
      meta,
    });
    // Unchanged: no change row.
    await upsertObservations({ em: db.em(), items: [{ indicator: 'A', unit: '68', period: '2025', value: 4 }], meta });

    const all = await changesSince({ em: db.em(), seq: 0 });
    expect(all.map((c) => [c.kind, c.indicator, c.period ?? c.year])).toEqual([
      ['observation', 'A', '2025'],
      ['target', 'A', 2025],
      ['observation', 'B', '2025-Q1'],
      ['observation', 'A', '2025'],
    ]);
    expect(all.map((c) => c.seq)).toEqual([...all.map((c) => c.seq)].sort((a, b) => a - b));
    expect(all.every((c) => typeof c.seq === 'number' && c.at.getTime() === meta.at.getTime())).toBe(true);
    expect(mark).toBe(all[1]?.seq);
    expect(await latestChangeSeq({ em: db.em() })).toBe(all[3]?.seq);

    const after = await changesSince({ em: db.em(), seq: mark });
    expect(after).toEqual(all.slice(2));
    expect(await changesSince({ em: db.em(), seq: 0, limit: 3 })).toEqual(all.slice(0, 3));
  });

  it('shows another process’s writes to a poller with its own connection', async () => {
    const poller = getDb();
    const mark = await latestChangeSeq({ em: poller.em() });
    const writer = await openDatabase(getUrl());
    try {
      await upsertObservations({
        em: writer.em(),
        items: [{ indicator: 'C', unit: '68', period: '2025-W05', value: 5 }],
        meta,
      });
    } finally {
      await writer.close();
    }
    const seen = await changesSince({ em: poller.em(), seq: mark });
    expect(seen.map((c) => [c.indicator, c.period])).toEqual([['C', '2025-W05']]);
  });
});
