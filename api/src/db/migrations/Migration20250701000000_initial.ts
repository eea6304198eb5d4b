// The initial schema: observations, their history, targets and the change log. Written with knex's schema builder
// so the same migration produces the right SQL on SQLite and PostgreSQL. Doubles are declared 'double precision'
// (valid on both) because knex's double() is 'float' on SQLite, which the entities' schema would report as drift.
import type { Knex } from '@mikro-orm/knex';
import { Migration } from '@mikro-orm/migrations';

export class Migration20250701000000_initial extends Migration {
  override up(): void {
    this.addSchema((schema) =>
      schema.createTable('observations', (t) => {
        t.increments('id');
        t.string('indicator', 40).notNullable();
        t.string('unit', 8).notNullable();
        t.string('period', 10).notNullable();
        t.specificType('value', 'double precision').notNullable();
        t.string('source', 16).notNullable();
        t.string('recorded_by', 64).notNullable();
        t.timestamp('recorded_at', { useTz: true, precision: 6 }).notNullable();
        t.unique(['indicator', 'unit', 'period'], { indexName: 'observations_indicator_unit_period_unique' });
        t.index(['indicator', 'period'], 'observations_indicator_period_index');
      }),
    );
    this.addSchema((schema) =>
      schema.createTable('observation_history', (t) => {
        t.bigIncrements('id');
        t.string('indicator', 40).notNullable();
        t.string('unit', 8).notNullable();
        t.string('period', 10).notNullable();
        t.specificType('old_value', 'double precision').nullable();
        t.specificType('new_value', 'double precision').notNullable();
        t.string('source', 16).notNullable();
        t.string('changed_by', 64).notNullable();
        t.timestamp('changed_at', { useTz: true, precision: 6 }).notNullable();
        t.index(['indicator', 'unit', 'period'], 'observation_history_indicator_unit_period_index');
      }),
    );
    this.addSchema((schema) =>
      schema.createTable('targets', (t) => {
        t.increments('id');
        t.string('indicator', 40).notNullable();
        t.string('unit', 8).notNullable();
        t.integer('year').notNullable();
        t.specificType('value', 'double precision').nullable();
        t.specificType('low', 'double precision').nullable();
        t.specificType('high', 'double precision').nullable();
        t.string('set_by', 64).notNullable();
        t.timestamp('set_at', { useTz: true, precision: 6 }).notNullable();
        t.unique(['indicator', 'unit', 'year'], { indexName: 'targets_indicator_unit_year_unique' });
      }),
    );
    this.addSchema((schema) =>
      schema.createTable('changes', (t) => {
        t.bigIncrements('seq');
        t.string('indicator', 40).notNullable();
        t.string('unit', 8).notNullable();
        t.string('period', 10).nullable();
        t.integer('year').nullable();
        t.string('kind', 16).notNullable();
        t.timestamp('at', { useTz: true, precision: 6 }).notNullable();
      }),
    );
  }

  /**
   * Compiles one schema change to SQL for the connected database. The builder is fresh for each change because a knex
   * schema builder accumulates statements; it may compile to several (SQLite creates indexes separately): add each.
   */
  private addSchema(build: (schema: Knex.SchemaBuilder) => Knex.SchemaBuilder): void {
    for (const query of build(this.getKnex().schema).toSQL()) this.addSql(query.sql);
  }
}
