// The camera registry (issue 7): one row per camera of a locality. Same knex schema builder as the earlier
// migrations, so one file gives the right SQL on SQLite and PostgreSQL.
import type { Knex } from '@mikro-orm/knex';
import { Migration } from '@mikro-orm/migrations';

const at = (t: Knex.CreateTableBuilder, name: string) => t.timestamp(name, { useTz: true, precision: 6 });

export class Migration20261128120000_cameras extends Migration {
  override up(): void {
    const schema = this.getKnex().schema.createTable('cameras', (t) => {
      t.increments('id');
      t.string('unit', 8).notNullable();
      t.string('name', 120).notNullable();
      t.string('location', 200).notNullable();
      t.specificType('latitude', 'double precision').nullable();
      t.specificType('longitude', 'double precision').nullable();
      t.string('kind', 16).notNullable();
      t.string('url', 2000).notNullable();
      t.integer('refresh_seconds').nullable();
      t.boolean('simulated').notNullable();
      t.boolean('active').notNullable();
      at(t, 'created_at').notNullable();
      at(t, 'updated_at').notNullable();
      t.index(['unit'], 'cameras_unit_index');
    });
    for (const query of schema.toSQL()) this.addSql(query.sql);
  }
}
