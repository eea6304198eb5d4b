// A leader's directive on an alert: the responsible unit must explain by the deadline. Its state follows the thread:
// AWAITING_EXPLANATION -> EXPLAINED -> ACCEPTED, or RETURNED (explain again) by the leader.
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export type DirectiveState = 'AWAITING_EXPLANATION' | 'EXPLAINED' | 'ACCEPTED' | 'RETURNED';

export const DirectiveEntity = defineEntity({
  name: 'Directive',
  tableName: 'directives',
  properties: {
    id: p.integer().primary().autoincrement(),
    alertId: p.integer(),
    issuedBy: p.integer(),
    /** The responsible unit (GSO code): the alert's unit. */
    unit: p.string().length(8),
    /** The responsible agency (Sở) of the indicator, for alerts above the communes. */
    agency: p.string().length(120).nullable(),
    message: p.text(),
    /** The last day to explain, YYYY-MM-DD (Asia/Ho_Chi_Minh). */
    deadline: p.string().length(10),
    state: p.string().length(24).$type<DirectiveState>(),
    issuedAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  indexes: [
    { name: 'directives_alert_index', properties: ['alertId'] },
    { name: 'directives_state_unit_index', properties: ['state', 'unit'] },
  ],
});

export type DirectiveRow = InferEntity<typeof DirectiveEntity>;
