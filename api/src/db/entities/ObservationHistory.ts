// One row per inserted or changed observation value, so every figure on screen can be traced to who set it and when.
import type { Source } from '@ioc/schema/catalogSchema';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { AutoIncrementBigIntType } from '../types/AutoIncrementBigIntType';

export const ObservationHistoryEntity = defineEntity({
  name: 'ObservationHistory',
  tableName: 'observation_history',
  properties: {
    // bigint: history grows with every import, for years.
    id: p.type(AutoIncrementBigIntType).$type<number>().primary().autoincrement(),
    indicator: p.string().length(40),
    unit: p.string().length(8),
    period: p.string().length(10),
    /** Null when the value was first recorded. */
    oldValue: p.double().runtimeType('number').$type<number>().nullable(),
    newValue: p.double().runtimeType('number').$type<number>(),
    source: p.string().length(16).$type<Source>(),
    changedBy: p.string().length(64),
    changedAt: p.datetime(),
  },
  indexes: [{ name: 'observation_history_indicator_unit_period_index', properties: ['indicator', 'unit', 'period'] }],
});

export type ObservationHistoryRow = InferEntity<typeof ObservationHistoryEntity>;
