// Appends audit rows inside the caller's transaction, so a write and its audit row commit or roll back together.
// `before` and `after` are JSON of what changed; callers never put passwords, hashes or tokens in them.
import type { Knex } from '@mikro-orm/knex';
import { insertRows } from '../store/sql';

export interface AuditInput {
  /** The user's id; null for the command line and the system. */
  actorId: number | null;
  actor: string;
  action: string;
  entity: string;
  entityKey: string;
  before?: unknown;
  after?: unknown;
  at?: Date;
}

const columns = ['at', 'actor_id', 'actor', 'action', 'entity', 'entity_key', 'before', 'after'];

export async function writeAudit(trx: Knex | Knex.Transaction, entries: readonly AuditInput[]): Promise<void> {
  if (entries.length === 0) return;
  await insertRows(
    trx,
    'audit_log',
    columns,
    entries.map((e) => [
      e.at ?? new Date(),
      e.actorId,
      e.actor.slice(0, 64),
      e.action,
      e.entity,
      e.entityKey.slice(0, 200),
      e.before === undefined ? null : JSON.stringify(e.before),
      e.after === undefined ? null : JSON.stringify(e.after),
    ]),
  );
}
