// A 64-bit auto-increment key for append-only logs that works on both databases: bigserial on PostgreSQL, and on
// SQLite the INTEGER rowid alias (already 64-bit), since SQLite auto-increments only a column declared INTEGER.
import { BigIntType, type EntityProperty, type Platform } from '@mikro-orm/core';
import { BaseSqlitePlatform } from '@mikro-orm/knex';

export class AutoIncrementBigIntType extends BigIntType<'number'> {
  constructor() {
    // Numbers, not bigints: the keys stay far below 2^53, and numbers compare and serialise without ceremony.
    super('number');
  }

  override getColumnType(prop: EntityProperty, platform: Platform): string {
    return platform instanceof BaseSqlitePlatform ? 'integer' : super.getColumnType(prop, platform);
  }
}
