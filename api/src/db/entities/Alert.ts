// An alert: a value (indicator, unit, period) whose status became NOT_ACHIEVED (or WARNING where the catalog asks).
// Raised when it goes bad, closed when it recovers; going bad again raises a new alert, so the history stays whole.
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export type AlertState = 'OPEN' | 'CLOSED';

export const AlertEntity = defineEntity({
  name: 'Alert',
  tableName: 'alerts',
  properties: {
    id: p.integer().primary().autoincrement(),
    indicator: p.string().length(40),
    unit: p.string().length(8),
    period: p.string().length(10),
    /** The status that raised it: NOT_ACHIEVED or WARNING. */
    status: p.string().length(16),
    /** The value and the target (or range) when it was raised. */
    value: p.double().runtimeType('number').$type<number>().nullable(),
    target: p.string().length(60).nullable(),
    state: p.string().length(8).$type<AlertState>(),
    /**
     * "indicator|unit|period" while open, null once closed: the unique index on it allows one open alert per value on
     * both databases (NULLs never conflict), without a partial index.
     */
    openKey: p.string().length(60).nullable().unique('alerts_open_key_unique'),
    raisedAt: p.datetime(),
    closedAt: p.datetime().nullable(),
  },
  indexes: [{ name: 'alerts_state_unit_index', properties: ['state', 'unit'] }],
});

export type AlertRow = InferEntity<typeof AlertEntity>;
