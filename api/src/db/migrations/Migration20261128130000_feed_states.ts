// The state of the external feeds' connectors (issue 7, the national 766 feed): cursor, freshness and polling lease.
// Same knex schema builder as the earlier migrations, so one file gives the right SQL on SQLite and PostgreSQL.
import type { Knex } from '@mikro-orm/knex';
import { Migration } from '@mikro-orm/migrations';

const at = (t: Knex.CreateTableBuilder, name: string) => t.timestamp(name, { useTz: true, precision: 6 });

export class Migration20261128130000_feed_states extends Migration {
  override up(): void {
    const schema = this.getKnex().schema.createTable('feed_states', (t) => {
      t.increments('id');
      t.string('feed', 40).notNullable();
      t.integer('last_sequence').nullable();
      at(t, 'last_generated_at').nullable();
      at(t, 'last_attempt_at').nullable();
      at(t, 'last_success_at').nullable();
      at(t, 'last_error_at').nullable();
      t.text('last_error').nullable();
      t.integer('failures').notNullable();
      t.integer('applied_payloads').notNullable();
      t.integer('skipped_payloads').notNullable();
      t.string('lease_owner', 64).nullable();
      at(t, 'lease_until').nullable();
      t.unique(['feed'], { indexName: 'feed_states_feed_unique' });
    });
    for (const query of schema.toSQL()) this.addSql(query.sql);
  }
}
