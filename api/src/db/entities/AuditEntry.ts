// The audit log: one row per write (values, targets, directives, explanations, users, tokens), inserted in the same
// transaction as the write, with who, when, what, and the state before and after (JSON; secrets never included).
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { AutoIncrementBigIntType } from '../types/AutoIncrementBigIntType';

export const AuditEntryEntity = defineEntity({
  name: 'AuditEntry',
  tableName: 'audit_log',
  properties: {
    id: p.type(AutoIncrementBigIntType).$type<number>().primary().autoincrement(),
    at: p.datetime(),
    /** The user's id; null for the command line and the system. */
    actorId: p.integer().nullable(),
    /** The username (or "import:USER", "seed"), kept even if the account changes. */
    actor: p.string().length(64),
    /** The mutation or command, e.g. recordValues, issueDirective, createUser. */
    action: p.string().length(40),
    /** What was written: observations, targets, directives, alert_events, users, api_tokens, sessions. */
    entity: p.string().length(40),
    /** Which rows: an id, or a summary for a batch. */
    entityKey: p.string().length(200),
    before: p.text().nullable(),
    after: p.text().nullable(),
  },
  indexes: [{ name: 'audit_log_actor_index', properties: ['actor'] }],
});

export type AuditEntryRow = InferEntity<typeof AuditEntryEntity>;
