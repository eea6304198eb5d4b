// The committed migrations build the schema the entities describe, on every database, and opening is idempotent.
import { expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database';
import { migrationsList } from '../../src/db/migrations/index';
import { describeEachDatabase } from './harness';

describeEachDatabase('schema', (getDb, getUrl) => {
  it('creates every entity table on an empty database', async () => {
    const db = getDb();
    const tables = Object.values(db.orm.getMetadata().getAll()).map((meta) => meta.tableName);
    expect(tables.sort()).toEqual([
      'alert_events',
      'alerts',
      'api_tokens',
      'audit_log',
      'cameras',
      'changes',
      'directives',
      'feed_states',
      'observation_history',
      'observations',
      'sessions',
      'targets',
      'users',
    ]);
    for (const table of tables) {
      const [row] = await db.em().execute(`select count(*) as n from ${table}`);
      expect(Number(row?.n)).toBe(0);
    }
  });

  it('has applied every migration, and re-opening applies nothing', async () => {
    const executed = await getDb().orm.getMigrator().getExecutedMigrations();
    expect(executed.map((m) => m.name)).toEqual(migrationsList.map((m) => m.name));

    const again = await openDatabase(getUrl());
    try {
      expect(await again.orm.getMigrator().getPendingMigrations()).toEqual([]);
      const after = await again.orm.getMigrator().getExecutedMigrations();
      expect(after.map((m) => [m.name, m.executed_at])).toEqual(executed.map((m) => [m.name, m.executed_at]));
    } finally {
      await again.close();
    }
  });

  it('matches the entity metadata exactly (drift between entities and migrations fails here)', async () => {
    const diff = await getDb().orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });
});
