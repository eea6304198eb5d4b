// The thread of an alert, one row per step: raised, directive, explanation, accepted, returned, closed. Never updated.
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export type AlertEventKind = 'RAISED' | 'DIRECTIVE' | 'EXPLANATION' | 'ACCEPTED' | 'RETURNED' | 'CLOSED';

export const AlertEventEntity = defineEntity({
  name: 'AlertEvent',
  tableName: 'alert_events',
  properties: {
    id: p.integer().primary().autoincrement(),
    alertId: p.integer(),
    directiveId: p.integer().nullable(),
    kind: p.string().length(16).$type<AlertEventKind>(),
    /** The user who wrote it; null for what the system did (raised, closed). */
    authorId: p.integer().nullable(),
    message: p.text().nullable(),
    remedyPlan: p.text().nullable(),
    deadline: p.string().length(10).nullable(),
    at: p.datetime(),
  },
  indexes: [{ name: 'alert_events_alert_index', properties: ['alertId'] }],
});

export type AlertEventRow = InferEntity<typeof AlertEventEntity>;
