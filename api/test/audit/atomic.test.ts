// The audit row of a batch write commits or rolls back with the data, on SQLite and on PostgreSQL: a recordValues or
// setTargets call that changed anything leaves exactly one row, keeping only the changed items before and after; when
// the audit insert fails inside the transaction (a trigger refuses it) the data are rolled back too; when the data
// write fails, no audit row is left.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import type { WriteMeta } from '../../src/domain/observation';
import type { LiveData } from '../../src/live/liveData';
import { describeEachDatabase } from '../db/harness';
import { clearStore, openLive, storeSnapshot } from '../integration/support';

const officer: WriteMeta = { source: 'manual', actor: 'canbo.xuanhuong', actorId: 3 };
const leader: WriteMeta = { source: 'manual', actor: 'lanhdao', actorId: 1 };

interface AuditRow {
  actor_id: unknown;
  actor: string;
  action: string;
  entity: string;
  entity_key: string;
  before: string | null;
  after: string | null;
}

async function auditRows(db: Database): Promise<AuditRow[]> {
  return db
    .em()
    .execute('select actor_id, actor, action, entity, entity_key, before, after from audit_log order by id');
}

async function snapshot(db: Database) {
  return { store: await storeSnapshot(db), audit: await auditRows(db) };
}

/** Makes the named table refuse every insert, for real, inside the database; returns the function that undoes it. */
async function refuseInserts(db: Database, table: string): Promise<() => Promise<void>> {
  const knex = db.em().getKnex();
  const name = `refuse_${table}`;
  if (db.kind === 'sqlite') {
    await knex.raw(
      `create trigger ${name} before insert on ${table} begin select raise(abort, '${table} refused'); end`,
    );
    return async () => void (await knex.raw(`drop trigger ${name}`));
  }
  await knex.raw(
    `create function ${name}() returns trigger language plpgsql as $$ begin raise exception '${table} refused'; end $$`,
  );
  await knex.raw(`create trigger ${name} before insert on ${table} for each row execute function ${name}()`);
  return async () => {
    await knex.raw(`drop trigger ${name} on ${table}`);
    await knex.raw(`drop function ${name}()`);
  };
}

describeEachDatabase('the audit row of a batch write', (getDb) => {
  let live: LiveData;
  let undo: (() => Promise<void>) | null = null;

  beforeAll(async () => {
    live = await openLive(getDb());
  });

  beforeEach(async () => {
    await clearStore(getDb());
    await getDb().em().execute('delete from audit_log');
  });

  afterEach(async () => {
    await undo?.();
    undo = null;
  });

  it('recordValues: one row per call, with the changed items only, before and after', async () => {
    await live.recordValues(
      [
        { indicator: 'F_COUNT', unit: '24781', period: '2025-08', value: 10 },
        { indicator: 'F_COUNT', unit: '24778', period: '2025-08', value: 20 },
      ],
      officer,
    );
    const result = await live.recordValues(
      [
        { indicator: 'F_COUNT', unit: '24781', period: '2025-08', value: 10 }, // unchanged
        { indicator: 'F_COUNT', unit: '24778', period: '2025-08', value: 25 }, // updated
        { indicator: 'F_PART', unit: '24778', period: '2025-08', value: 5 }, // new
      ],
      officer,
    );
    expect(result).toEqual({ ok: true, inserted: 1, updated: 1, unchanged: 1 });
    const rows = await auditRows(getDb());
    expect(rows).toHaveLength(2);
    const last = rows[1] as AuditRow;
    expect({ ...last, actor_id: Number(last.actor_id) }).toMatchObject({
      actor_id: 3,
      actor: 'canbo.xuanhuong',
      action: 'recordValues',
      entity: 'observations',
      entity_key: '2 values: 24778 F_COUNT 2025-08, 24778 F_PART 2025-08',
    });
    expect(JSON.parse(last.before ?? '')).toEqual([
      { indicator: 'F_COUNT', unit: '24778', period: '2025-08', value: 20 },
      { indicator: 'F_PART', unit: '24778', period: '2025-08', value: null },
    ]);
    expect(JSON.parse(last.after ?? '')).toEqual([
      { indicator: 'F_COUNT', unit: '24778', period: '2025-08', value: 25 },
      { indicator: 'F_PART', unit: '24778', period: '2025-08', value: 5 },
    ]);
  });

  it('a call that changed nothing leaves no row', async () => {
    const items = [{ indicator: 'F_COUNT', unit: '24781', period: '2025-08', value: 10 }];
    await live.recordValues(items, officer);
    await live.recordValues(items, officer);
    expect(await auditRows(getDb())).toHaveLength(1);
  });

  it('setTargets: one row, the targets before (null when new) and after', async () => {
    await live.setTargets([{ indicator: 'F_COUNT', unit: '68', year: 2025, value: 100 }], leader);
    await live.setTargets(
      [
        { indicator: 'F_COUNT', unit: '68', year: 2025, value: 120 },
        { indicator: 'F_COUNT', unit: '24781', year: 2025, value: 5 },
      ],
      leader,
    );
    const rows = await auditRows(getDb());
    expect(rows.map((r) => [r.action, r.entity, r.entity_key])).toEqual([
      ['setTargets', 'targets', '1 target: 68 F_COUNT 2025'],
      ['setTargets', 'targets', '2 targets: 68 F_COUNT 2025, 24781 F_COUNT 2025'],
    ]);
    expect(JSON.parse(rows[1]?.before ?? '')).toEqual([
      { indicator: 'F_COUNT', unit: '68', year: 2025, value: 100, low: null, high: null },
      { indicator: 'F_COUNT', unit: '24781', year: 2025, value: null, low: null, high: null },
    ]);
    expect(JSON.parse(rows[1]?.after ?? '')).toEqual([
      { indicator: 'F_COUNT', unit: '68', year: 2025, value: 120, low: null, high: null },
      { indicator: 'F_COUNT', unit: '24781', year: 2025, value: 5, low: null, high: null },
    ]);
  });

  describe('when the audit insert fails inside the transaction', () => {
    it('recordValues writes no value', async () => {
      await live.recordValues([{ indicator: 'F_COUNT', unit: '24781', period: '2025-08', value: 10 }], officer);
      const before = await snapshot(getDb());
      undo = await refuseInserts(getDb(), 'audit_log');
      await expect(
        live.recordValues(
          [
            { indicator: 'F_COUNT', unit: '24781', period: '2025-08', value: 11 },
            { indicator: 'F_COUNT', unit: '24778', period: '2025-08', value: 12 },
          ],
          officer,
        ),
      ).rejects.toThrow(/audit_log refused/);
      expect(await snapshot(getDb())).toEqual(before);
    });

    it('setTargets writes no target', async () => {
      const before = await snapshot(getDb());
      undo = await refuseInserts(getDb(), 'audit_log');
      await expect(
        live.setTargets([{ indicator: 'F_COUNT', unit: '68', year: 2025, value: 100 }], leader),
      ).rejects.toThrow(/audit_log refused/);
      expect(await snapshot(getDb())).toEqual(before);
    });
  });

  describe('when the data write fails', () => {
    it('recordValues leaves no audit row', async () => {
      const before = await snapshot(getDb());
      undo = await refuseInserts(getDb(), 'changes');
      await expect(
        live.recordValues([{ indicator: 'F_COUNT', unit: '24781', period: '2025-08', value: 10 }], officer),
      ).rejects.toThrow(/changes refused/);
      expect(await snapshot(getDb())).toEqual(before);
    });

    it('setTargets leaves no audit row', async () => {
      const before = await snapshot(getDb());
      undo = await refuseInserts(getDb(), 'changes');
      await expect(
        live.setTargets([{ indicator: 'F_COUNT', unit: '68', year: 2025, value: 100 }], leader),
      ).rejects.toThrow(/changes refused/);
      expect(await snapshot(getDb())).toEqual(before);
    });
  });
});
