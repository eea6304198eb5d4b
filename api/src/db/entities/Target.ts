// A yearly target of one indicator for one unit, from the People's Council's resolutions.
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export const TargetEntity = defineEntity({
  name: 'Target',
  tableName: 'targets',
  properties: {
    id: p.integer().primary().autoincrement(),
    indicator: p.string().length(40),
    unit: p.string().length(8),
    year: p.integer(),
    /** For direction higher/lower. */
    value: p.double().runtimeType('number').$type<number>().nullable(),
    /** For direction range. */
    low: p.double().runtimeType('number').$type<number>().nullable(),
    high: p.double().runtimeType('number').$type<number>().nullable(),
    setBy: p.string().length(64),
    setAt: p.datetime(),
  },
  uniques: [{ name: 'targets_indicator_unit_year_unique', properties: ['indicator', 'unit', 'year'] }],
});

export type TargetRow = InferEntity<typeof TargetEntity>;
