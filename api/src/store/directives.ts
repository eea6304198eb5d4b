// Directives in the store: a leader's demand on an alert, its state following the explanation thread.
import type { Knex } from '@mikro-orm/knex';
import type { DirectiveState } from '../db/entities/Directive';
import { chunks, insertRows, rawRows, toDate, toNumber } from './sql';

export interface DirectiveRecord {
  id: number;
  alertId: number;
  issuedBy: number;
  unit: string;
  agency: string | null;
  message: string;
  deadline: string;
  state: DirectiveState;
  issuedAt: Date;
  updatedAt: Date;
}

type Sql = Knex | Knex.Transaction;

function directiveOf(row: Record<string, unknown>): DirectiveRecord {
  return {
    id: toNumber(row.id),
    alertId: toNumber(row.alert_id),
    issuedBy: toNumber(row.issued_by),
    unit: String(row.unit),
    agency: (row.agency as string | null) ?? null,
    message: String(row.message),
    deadline: String(row.deadline),
    state: row.state as DirectiveState,
    issuedAt: toDate(row.issued_at),
    updatedAt: toDate(row.updated_at),
  };
}

export async function insertDirective(trx: Sql, d: Omit<DirectiveRecord, 'id'>): Promise<DirectiveRecord> {
  const result = await insertRows(
    trx,
    'directives',
    ['alert_id', 'issued_by', 'unit', 'agency', 'message', 'deadline', 'state', 'issued_at', 'updated_at'],
    [[d.alertId, d.issuedBy, d.unit, d.agency, d.message, d.deadline, d.state, d.issuedAt, d.updatedAt]],
    ' returning "id"',
  );
  const id = rawRows<{ id: unknown }>(result)[0]?.id;
  return { ...d, id: toNumber(id) };
}

/** One directive; `forUpdate` (PostgreSQL only) locks its row until the transaction ends. */
export async function findDirective(sql: Sql, id: number, forUpdate = false): Promise<DirectiveRecord | undefined> {
  const lock = forUpdate ? ' for update' : '';
  const rows = rawRows<Record<string, unknown>>(
    await sql.raw(`select * from "directives" where "id" = ?${lock}`, [id]),
  );
  return rows[0] ? directiveOf(rows[0]) : undefined;
}

/** The directives of some alerts, oldest first. */
export async function directivesOf(sql: Sql, alertIds: readonly number[]): Promise<DirectiveRecord[]> {
  const found: DirectiveRecord[] = [];
  for (const chunk of chunks(alertIds, 500)) {
    const rows = rawRows<Record<string, unknown>>(
      await sql.raw(`select * from "directives" where "alert_id" in (${chunk.map(() => '?').join(', ')})`, [...chunk]),
    );
    found.push(...rows.map(directiveOf));
  }
  return found.sort((a, b) => a.id - b.id);
}

export async function loadDirectives(sql: Sql): Promise<DirectiveRecord[]> {
  const rows = rawRows<Record<string, unknown>>(await sql.raw(`select * from "directives" order by "id"`));
  return rows.map(directiveOf);
}

/** Moves a directive to a new state, only from the state the caller read (so a concurrent step cannot be lost). */
export async function updateDirectiveState(
  trx: Sql,
  d: { id: number; from: DirectiveState; to: DirectiveState; at: Date },
): Promise<boolean> {
  const result = await trx.raw(
    `update "directives" set "state" = ?, "updated_at" = ? where "id" = ? and "state" = ? returning "id"`,
    [d.to, d.at, d.id, d.from],
  );
  return rawRows(result).length === 1;
}
