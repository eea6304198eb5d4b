// Accounts (users, sessions, API tokens), alerts with their directives and thread, and the audit log. Same knex
// schema builder as the initial migration, so one file gives the right SQL on SQLite and PostgreSQL.
import type { Knex } from '@mikro-orm/knex';
import { Migration } from '@mikro-orm/migrations';

const at = (t: Knex.CreateTableBuilder, name: string) => t.timestamp(name, { useTz: true, precision: 6 });

export class Migration20261128000000_accounts_alerts extends Migration {
  override up(): void {
    this.addSchema((schema) =>
      schema.createTable('users', (t) => {
        t.increments('id');
        t.string('username', 64).notNullable();
        t.string('display_name', 120).notNullable();
        t.string('role', 24).notNullable();
        t.string('unit', 8).nullable();
        t.string('agency', 120).nullable();
        t.string('password_hash', 200).notNullable();
        t.boolean('disabled').notNullable();
        at(t, 'created_at').notNullable();
        t.unique(['username'], { indexName: 'users_username_unique' });
      }),
    );
    this.addSchema((schema) =>
      schema.createTable('sessions', (t) => {
        t.increments('id');
        t.string('token_hash', 64).notNullable();
        t.integer('user_id').notNullable();
        at(t, 'created_at').notNullable();
        at(t, 'expires_at').notNullable();
        at(t, 'revoked_at').nullable();
        t.unique(['token_hash'], { indexName: 'sessions_token_hash_unique' });
      }),
    );
    this.addSchema((schema) =>
      schema.createTable('api_tokens', (t) => {
        t.increments('id');
        t.integer('user_id').notNullable();
        t.string('name', 80).notNullable();
        t.string('token_hash', 64).notNullable();
        t.string('prefix', 16).notNullable();
        at(t, 'created_at').notNullable();
        at(t, 'expires_at').nullable();
        at(t, 'revoked_at').nullable();
        at(t, 'last_used_at').nullable();
        t.unique(['token_hash'], { indexName: 'api_tokens_token_hash_unique' });
      }),
    );
    this.addSchema((schema) =>
      schema.createTable('alerts', (t) => {
        t.increments('id');
        t.string('indicator', 40).notNullable();
        t.string('unit', 8).notNullable();
        t.string('period', 10).notNullable();
        t.string('status', 16).notNullable();
        t.specificType('value', 'double precision').nullable();
        t.string('target', 60).nullable();
        t.string('state', 8).notNullable();
        t.string('open_key', 60).nullable();
        at(t, 'raised_at').notNullable();
        at(t, 'closed_at').nullable();
        t.unique(['open_key'], { indexName: 'alerts_open_key_unique' });
        t.index(['state', 'unit'], 'alerts_state_unit_index');
      }),
    );
    this.addSchema((schema) =>
      schema.createTable('directives', (t) => {
        t.increments('id');
        t.integer('alert_id').notNullable();
        t.integer('issued_by').notNullable();
        t.string('unit', 8).notNullable();
        t.string('agency', 120).nullable();
        t.text('message').notNullable();
        t.string('deadline', 10).notNullable();
        t.string('state', 24).notNullable();
        at(t, 'issued_at').notNullable();
        at(t, 'updated_at').notNullable();
        t.index(['alert_id'], 'directives_alert_index');
        t.index(['state', 'unit'], 'directives_state_unit_index');
      }),
    );
    this.addSchema((schema) =>
      schema.createTable('alert_events', (t) => {
        t.increments('id');
        t.integer('alert_id').notNullable();
        t.integer('directive_id').nullable();
        t.string('kind', 16).notNullable();
        t.integer('author_id').nullable();
        t.text('message').nullable();
        t.text('remedy_plan').nullable();
        t.string('deadline', 10).nullable();
        at(t, 'at').notNullable();
        t.index(['alert_id'], 'alert_events_alert_index');
      }),
    );
    this.addSchema((schema) =>
      schema.createTable('audit_log', (t) => {
        t.bigIncrements('id');
        at(t, 'at').notNullable();
        t.integer('actor_id').nullable();
        t.string('actor', 64).notNullable();
        t.string('action', 40).notNullable();
        t.string('entity', 40).notNullable();
        t.string('entity_key', 200).notNullable();
        t.text('before').nullable();
        t.text('after').nullable();
        t.index(['actor'], 'audit_log_actor_index');
      }),
    );
  }

  /** As in the initial migration: a fresh builder per change, each compiled statement added. */
  private addSchema(build: (schema: Knex.SchemaBuilder) => Knex.SchemaBuilder): void {
    for (const query of build(this.getKnex().schema).toSQL()) this.addSql(query.sql);
  }
}
