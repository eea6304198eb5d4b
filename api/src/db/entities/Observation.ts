// The current value of one input indicator for one admin unit and period: one row per (indicator, unit, period).
import type { Source } from '@ioc/schema/catalogSchema';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export const ObservationEntity = defineEntity({
  name: 'Observation',
  tableName: 'observations',
  properties: {
    id: p.integer().primary().autoincrement(),
    indicator: p.string().length(40),
    unit: p.string().length(8),
    period: p.string().length(10),
    // runtimeType 'number': MikroORM's double type hydrates strings unless told otherwise.
    value: p.double().runtimeType('number').$type<number>(),
    source: p.string().length(16).$type<Source>(),
    recordedBy: p.string().length(64),
    recordedAt: p.datetime(),
  },
  uniques: [{ name: 'observations_indicator_unit_period_unique', properties: ['indicator', 'unit', 'period'] }],
  indexes: [{ name: 'observations_indicator_period_index', properties: ['indicator', 'period'] }],
});

export type ObservationRow = InferEntity<typeof ObservationEntity>;
