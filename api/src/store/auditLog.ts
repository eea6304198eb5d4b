// Reading the audit log: newest first, a page at a time by keyset on the row id (ids only grow), filtered by actor and
// action. The rows are written by audit/writeAudit.ts inside the transactions of the writes they record.
import type { EntityManager } from '../db/database';
import { rawRows, toDate, toNumber } from './sql';

export interface AuditEntry {
  id: number;
  at: Date;
  actorId: number | null;
  actor: string;
  action: string;
  entity: string;
  entityKey: string;
  before: string | null;
  after: string | null;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Whether older entries follow the last one. */
  more: boolean;
}

interface AuditRow {
  id: unknown;
  at: unknown;
  actor_id: unknown;
  actor: string;
  action: string;
  entity: string;
  entity_key: string;
  before: string | null;
  after: string | null;
}

export async function readAuditLog({
  em,
  olderThan,
  limit,
  actor,
  action,
}: {
  em: EntityManager;
  /** Only entries with a smaller id (the cursor of the last entry seen). */
  olderThan: number | null;
  limit: number;
  actor?: string | null;
  action?: string | null;
}): Promise<AuditPage> {
  let query = em
    .getKnex()('audit_log')
    .select('*')
    .orderBy('id', 'desc')
    .limit(limit + 1);
  if (olderThan !== null) query = query.where('id', '<', olderThan);
  if (actor) query = query.where('actor', actor);
  if (action) query = query.where('action', action);
  const rows = rawRows<AuditRow>(await query);
  return { entries: rows.slice(0, limit).map(fromRow), more: rows.length > limit };
}

function fromRow(row: AuditRow): AuditEntry {
  return {
    id: toNumber(row.id),
    at: toDate(row.at),
    actorId: row.actor_id === null ? null : toNumber(row.actor_id),
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityKey: row.entity_key,
    before: row.before,
    after: row.after,
  };
}
