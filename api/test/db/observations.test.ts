// upsertObservations on every database: inserts, idempotence, history of changed values, and all-or-nothing batches.
import { describe, expect, it } from 'vitest';
import type { ObservationInput, WriteMeta } from '../../src/domain/observation';
import { changesSince, latestChangeSeq } from '../../src/store/changes';
import {
  observationHistory,
  readObservations,
  streamObservations,
  upsertObservations,
} from '../../src/store/observations';
import { StoreError } from '../../src/store/sql';
import { failingIndicator, failOnIndicator, tableSnapshot } from './fixtures';
import { describeEachDatabase } from './harness';

const officer: WriteMeta = { source: 'manual', actor: 'officer@soyte', at: new Date('2025-08-01T03:00:00.000Z') };
const importer: WriteMeta = { source: 'import', actor: 'import:thang8.csv', at: new Date('2025-09-02T04:30:00.000Z') };

function obs(indicator: string, unit: string, period: string, value: number): ObservationInput {
  return { indicator, unit, period, value };
}

async function readAll(db: Parameters<typeof streamObservations>[0]['db']) {
  const all = [];
  for await (const batch of streamObservations({ db, batchSize: 7 })) all.push(...batch);
  return all;
}

describeEachDatabase('upsertObservations', (getDb) => {
  describe('a first write', () => {
    it('inserts new values with who and when, one history and one change row each', async () => {
      const db = getDb();
      const before = await latestChangeSeq({ em: db.em() });
      const items = [
        obs('GRDP', '68', '2025', 1234.5),
        obs('GRDP', '68', '2024', 1100.25),
        obs('CPI', '68', '2025-07', 101.2),
      ];
      const result = await upsertObservations({ em: db.em(), items, meta: officer });
      expect(result).toEqual({ inserted: 3, updated: 0, unchanged: 0, changed: items });

      const stored = await readAll(db);
      expect(stored).toEqual(
        items.map((item) => ({ ...item, source: 'manual', recordedBy: 'officer@soyte', recordedAt: officer.at })),
      );
      expect(typeof stored[0]?.value).toBe('number');

      const history = await observationHistory({ em: db.em(), indicator: 'GRDP', unit: '68', period: '2025' });
      expect(history).toEqual([
        {
          indicator: 'GRDP',
          unit: '68',
          period: '2025',
          oldValue: null,
          newValue: 1234.5,
          source: 'manual',
          changedBy: 'officer@soyte',
          changedAt: officer.at,
        },
      ]);
      const changes = await changesSince({ em: db.em(), seq: before });
      expect(changes.map((c) => [c.kind, c.indicator, c.unit, c.period, c.year])).toEqual(
        items.map((i) => ['observation', i.indicator, i.unit, i.period, null]),
      );
    });

    it('writes nothing at all when the same values come again', async () => {
      const db = getDb();
      const before = await tableSnapshot(db);
      const result = await upsertObservations({
        em: db.em(),
        items: [obs('GRDP', '68', '2025', 1234.5), obs('CPI', '68', '2025-07', 101.2)],
        meta: importer,
      });
      expect(result).toEqual({ inserted: 0, updated: 0, unchanged: 2, changed: [] });
      expect(await tableSnapshot(db)).toEqual(before);
      // Not even the provenance moves: the stored row still says who first recorded it.
      const grdp = (await readAll(db)).find((o) => o.period === '2025');
      expect(grdp).toMatchObject({ source: 'manual', recordedBy: 'officer@soyte', recordedAt: officer.at });
    });
  });

  describe('a changed value', () => {
    it('is updated, and the previous value stays in history with who changed it and when', async () => {
      const db = getDb();
      const seq = await latestChangeSeq({ em: db.em() });
      const result = await upsertObservations({
        em: db.em(),
        items: [obs('GRDP', '68', '2025', 1300), obs('GRDP', '68', '2024', 1100.25), obs('GRDP', '68001', '2025', 7)],
        meta: importer,
      });
      expect(result).toEqual({
        inserted: 1,
        updated: 1,
        unchanged: 1,
        changed: [obs('GRDP', '68', '2025', 1300), obs('GRDP', '68001', '2025', 7)],
      });
      const history = await observationHistory({ em: db.em(), indicator: 'GRDP', unit: '68', period: '2025' });
      expect(history.map((h) => [h.oldValue, h.newValue, h.source, h.changedBy, h.changedAt])).toEqual([
        [1234.5, 1300, 'import', 'import:thang8.csv', importer.at],
        [null, 1234.5, 'manual', 'officer@soyte', officer.at],
      ]);
      const stored = (await readAll(db)).find((o) => o.indicator === 'GRDP' && o.unit === '68' && o.period === '2025');
      expect(stored).toMatchObject({ value: 1300, source: 'import', recordedBy: 'import:thang8.csv' });
      const changes = await changesSince({ em: db.em(), seq });
      expect(changes.map((c) => `${c.unit}/${c.period}`)).toEqual(['68/2025', '68001/2025']);
    });

    it('keeps the last value when a key appears twice in one batch', async () => {
      const db = getDb();
      const result = await upsertObservations({
        em: db.em(),
        items: [obs('IIP', '68', '2025-06', 1), obs('IIP', '68', '2025-06', 2)],
        meta: officer,
      });
      expect(result).toMatchObject({
        inserted: 1,
        updated: 0,
        unchanged: 0,
        changed: [obs('IIP', '68', '2025-06', 2)],
      });
      const history = await observationHistory({ em: db.em(), indicator: 'IIP', unit: '68', period: '2025-06' });
      expect(history.map((h) => [h.oldValue, h.newValue])).toEqual([[null, 2]]);
    });
  });

  describe('a batch that fails', () => {
    it('leaves the database unchanged when the database refuses a row in a later chunk', async () => {
      const db = getDb();
      await failOnIndicator(db);
      const before = await tableSnapshot(db);
      const storedBefore = await readAll(db);
      // Three chunks of 100: the first two are written inside the transaction before the third one fails.
      const items = Array.from({ length: 250 }, (_, i) => obs('RETAIL', String(68000 + i), '2025-08', i + 0.5));
      items.push(obs('GRDP', '68', '2025', 9999), obs(failingIndicator, '68', '2025', 1));
      const error = await upsertObservations({ em: db.em(), items, meta: importer, chunkSize: 100 }).catch((e) => e);
      // The database's reason, without the statement and its data.
      expect(error).toBeInstanceOf(StoreError);
      expect(error.message).toBe('insert refused by test trigger');
      expect(await tableSnapshot(db)).toEqual(before);
      expect(await readAll(db)).toEqual(storedBefore);
    });

    it('is rolled back with the caller’s transaction when the caller fails after it', async () => {
      const db = getDb();
      const before = await tableSnapshot(db);
      const em = db.em();
      await expect(
        em.transactional(async (tem) => {
          const result = await upsertObservations({ em: tem, items: [obs('GRDP', '68', '2023', 990)], meta: officer });
          expect(result.inserted).toBe(1);
          throw new Error('caller failed after the upsert');
        }),
      ).rejects.toThrow('caller failed after the upsert');
      expect(await tableSnapshot(db)).toEqual(before);
    });

    it('rejects invalid input before writing anything, saying which item and why', async () => {
      const db = getDb();
      const before = await tableSnapshot(db);
      await expect(
        upsertObservations({
          em: db.em(),
          items: [obs('GRDP', '68', '2022', 1), obs('GRDP', '68', '2021', Number.NaN)],
          meta: officer,
        }),
      ).rejects.toThrow('observation GRDP / 68 / 2021: value must be a finite number, got NaN');
      await expect(
        upsertObservations({ em: db.em(), items: [obs('GRDP', '123456789', '2022', 1)], meta: officer }),
      ).rejects.toThrow(/unit must be a text of 1 to 8 characters/);
      expect(await tableSnapshot(db)).toEqual(before);
    });
  });

  it('reads the stored values of given keys', async () => {
    const db = getDb();
    const keys = [
      { indicator: 'GRDP', unit: '68', period: '2025' },
      { indicator: 'GRDP', unit: '68', period: '1999' },
      { indicator: 'CPI', unit: '68', period: '2025-07' },
    ];
    const values = await readObservations({ em: db.em(), keys });
    expect([...values.entries()].sort()).toEqual([
      ['CPI|68|2025-07', 101.2],
      ['GRDP|68|2025', 1300],
    ]);
  });

  it('streams every observation in id order, in batches of the requested size', async () => {
    const db = getDb();
    const batches = [];
    for await (const batch of streamObservations({ db, batchSize: 100 })) batches.push(batch.length);
    const total = batches.reduce((a, b) => a + b, 0);
    expect(total).toBe(5);
    expect(batches.every((n) => n <= 100)).toBe(true);
  });
});
