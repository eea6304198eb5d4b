// bulkLoadObservations on every database: exact read-back, only changed values written, history, all or nothing.
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { type Observation, type ObservationInput, observationKey, type WriteMeta } from '../../src/domain/observation';
import { type BulkLoadProgress, bulkLoadObservations } from '../../src/store/bulkLoad';
import { changesSince, latestChangeSeq } from '../../src/store/changes';
import { observationHistory, streamObservations } from '../../src/store/observations';
import { StoreError } from '../../src/store/sql';
import { countRows, failingIndicator, failOnIndicator, tableSnapshot } from './fixtures';
import { describeEachDatabase } from './harness';

const seed: WriteMeta = { source: 'import', actor: 'seed', at: new Date('2025-01-01T00:00:00.000Z') };
const reimport: WriteMeta = { source: 'import', actor: 'import:2025.xlsx', at: new Date('2025-02-01T00:00:00.000Z') };

/** 20,000 distinct keys with awkward doubles, so a value that is not stored exactly changes the checksum. */
function generate(count: number, salt = 0): ObservationInput[] {
  const rows: ObservationInput[] = [];
  for (let i = 0; i < count; i++) {
    const month = (i % 12) + 1;
    rows.push({
      indicator: `IND_${String(i % 50).padStart(3, '0')}`,
      unit: String(68000 + (Math.floor(i / 50) % 125)),
      period: `${2010 + Math.floor(i / 6250)}-${String(month).padStart(2, '0')}`,
      value: Math.sin(i + salt) * 10 ** ((i % 9) - 3),
    });
  }
  return rows;
}

function checksum(rows: readonly ObservationInput[]): string {
  const lines = rows.map((r) => `${observationKey(r)}=${r.value}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

async function readAll(db: Database): Promise<Observation[]> {
  const all: Observation[] = [];
  for await (const batch of streamObservations({ db, batchSize: 5_000 })) all.push(...batch);
  return all;
}

describeEachDatabase('bulkLoadObservations', (getDb) => {
  const rows = generate(20_000);

  it('loads 20,000 rows and reads them back exactly', async () => {
    const db = getDb();
    expect(new Set(rows.map(observationKey)).size).toBe(20_000);
    const progress: BulkLoadProgress[] = [];
    const result = await bulkLoadObservations({ db, rows, meta: seed, onProgress: (p) => progress.push(p) });
    expect(result).toEqual({ inserted: 20_000, updated: 0, unchanged: 0, rows: 20_000 });
    expect(progress).toEqual([
      { phase: 'staging', done: 10_000, total: 20_000 },
      { phase: 'staging', done: 20_000, total: 20_000 },
      { phase: 'writing', done: 20_000, total: 20_000 },
      { phase: 'done', done: 20_000, total: 20_000 },
    ]);

    const stored = await readAll(db);
    expect(stored).toHaveLength(20_000);
    expect(checksum(stored)).toBe(checksum(rows));
    expect(stored[0]).toEqual({ ...rows[0], source: 'import', recordedBy: 'seed', recordedAt: seed.at });
    expect(await countRows(db, 'observation_history')).toBe(20_000);
  });

  it('over existing rows writes only the changed values, each with its history row', async () => {
    const db = getDb();
    const seq = await latestChangeSeq({ em: db.em() });
    const historyBefore = await countRows(db, 'observation_history');
    // Every 10th value changes, and 100 keys are new.
    const next = rows.map((r, i) => (i % 10 === 0 ? { ...r, value: r.value + 1 } : r));
    const fresh = generate(20_100).slice(20_000);
    const result = await bulkLoadObservations({ db, rows: [...next, ...fresh], meta: reimport });
    expect(result).toEqual({ inserted: 100, updated: 2_000, unchanged: 18_000, rows: 20_100 });

    expect(await countRows(db, 'observation_history')).toBe(historyBefore + 2_100);
    const stored = await readAll(db);
    expect(checksum(stored)).toBe(checksum([...next, ...fresh]));

    const original = rows[10] as ObservationInput;
    const changed = next[10] as ObservationInput;
    const history = await observationHistory({ em: db.em(), ...changed });
    expect(history.map((h) => [h.oldValue, h.newValue, h.changedBy, h.changedAt])).toEqual([
      [original.value, changed.value, 'import:2025.xlsx', reimport.at],
      [null, original.value, 'seed', seed.at],
    ]);
    const untouched = stored.find((o) => observationKey(o) === observationKey(rows[11] as ObservationInput));
    expect(untouched).toMatchObject({ recordedBy: 'seed', recordedAt: seed.at });

    // One change row per written value, as for upsertObservations.
    const changes = await changesSince({ em: db.em(), seq });
    const touched = [...next.filter((_, i) => i % 10 === 0), ...fresh].map(observationKey);
    expect(changes.map((c) => observationKey({ ...c, period: c.period ?? '' })).sort()).toEqual(touched.sort());
    expect(
      changes.every((c) => c.kind === 'observation' && c.year === null && c.at.getTime() === reimport.at?.getTime()),
    ).toBe(true);
  });

  it('is a no-op when loaded again', async () => {
    const db = getDb();
    const before = await tableSnapshot(db);
    const stored = await readAll(db);
    const result = await bulkLoadObservations({ db, rows: stored, meta: reimport });
    expect(result).toEqual({ inserted: 0, updated: 0, unchanged: 20_100, rows: 20_100 });
    expect(await tableSnapshot(db)).toEqual(before);
  });

  it('keeps the last of repeated keys, also across staging chunks, and reads async iterables', async () => {
    const db = getDb();
    const key = { indicator: 'DUP', unit: '68', period: '2025-01' };
    async function* source() {
      yield { ...key, value: 1 };
      for (const row of generate(12_000, 7)) yield { ...row, indicator: `F${row.indicator}` };
      yield { ...key, value: 3 };
    }
    const result = await bulkLoadObservations({ db, rows: source(), meta: seed });
    expect(result).toEqual({ inserted: 12_001, updated: 0, unchanged: 0, rows: 12_002 });
    const history = await observationHistory({ em: db.em(), ...key });
    expect(history.map((h) => [h.oldValue, h.newValue])).toEqual([[null, 3]]);
  });

  it('leaves the database unchanged when a row is invalid or the database refuses one', async () => {
    const db = getDb();
    const before = await tableSnapshot(db);
    const stored = await readAll(db);
    const bad = [
      ...generate(15_000, 3),
      { indicator: 'X', unit: '68', period: '2025', value: Number.POSITIVE_INFINITY },
    ];
    await expect(bulkLoadObservations({ db, rows: bad, meta: reimport })).rejects.toThrow(
      'row 15001: value must be a finite number, got Infinity',
    );
    await failOnIndicator(db);
    const refused = [...generate(15_000, 5), { indicator: failingIndicator, unit: '68', period: '2025', value: 1 }];
    const error = await bulkLoadObservations({ db, rows: refused, meta: reimport }).catch((e) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(error.message).toBe('insert refused by test trigger');
    expect(error.code).toBe(db.kind === 'sqlite' ? 'SQLITE_CONSTRAINT_TRIGGER' : 'P0001');
    expect(await tableSnapshot(db)).toEqual(before);
    expect(checksum(await readAll(db))).toBe(checksum(stored));
  });
});
