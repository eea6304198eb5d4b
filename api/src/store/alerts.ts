// Alerts and their thread in the store: raising and closing (idempotent across API processes: the unique open key
// lets only one insert win, a guarded update lets only one close win), events, and reading alerts back.
import type { Knex } from '@mikro-orm/knex';
import type { AlertState } from '../db/entities/Alert';
import type { AlertEventKind } from '../db/entities/AlertEvent';
import { chunks, insertRows, rawRows, toDate, toNullableNumber, toNumber } from './sql';

export interface AlertRecord {
  id: number;
  indicator: string;
  unit: string;
  period: string;
  status: string;
  value: number | null;
  target: string | null;
  state: AlertState;
  raisedAt: Date;
  closedAt: Date | null;
}

export interface AlertEventRecord {
  id: number;
  alertId: number;
  directiveId: number | null;
  kind: AlertEventKind;
  authorId: number | null;
  message: string | null;
  remedyPlan: string | null;
  deadline: string | null;
  at: Date;
}

export interface NewAlert {
  indicator: string;
  unit: string;
  period: string;
  status: string;
  value: number | null;
  target: string | null;
}

export type NewEvent = Omit<AlertEventRecord, 'id'>;

type Sql = Knex | Knex.Transaction;

const CHUNK = 500;

/** The open alerts' ids by open key. */
export async function openAlertIds(sql: Sql): Promise<Map<string, number>> {
  const rows = rawRows<{ id: unknown; open_key: string }>(
    await sql.raw(`select "id", "open_key" from "alerts" where "state" = 'OPEN'`),
  );
  return new Map(rows.map((r) => [r.open_key, toNumber(r.id)]));
}

/** Inserts OPEN alerts, skipping those already open (by any process); the alerts this call inserted. */
export async function insertOpenAlerts(
  trx: Sql,
  alerts: readonly NewAlert[],
  at: Date,
): Promise<Array<NewAlert & { id: number }>> {
  const inserted: Array<NewAlert & { id: number }> = [];
  const byKey = new Map(alerts.map((a) => [`${a.indicator}|${a.unit}|${a.period}`, a]));
  for (const chunk of chunks(alerts, CHUNK)) {
    const result = await insertRows(
      trx,
      'alerts',
      ['indicator', 'unit', 'period', 'status', 'value', 'target', 'state', 'open_key', 'raised_at', 'closed_at'],
      chunk.map((a) => [
        a.indicator,
        a.unit,
        a.period,
        a.status,
        a.value,
        a.target,
        'OPEN',
        `${a.indicator}|${a.unit}|${a.period}`,
        at,
        null,
      ]),
      ' on conflict ("open_key") do nothing returning "id", "open_key"',
    );
    for (const row of rawRows<{ id: unknown; open_key: string }>(result)) {
      const alert = byKey.get(row.open_key);
      if (alert) inserted.push({ ...alert, id: toNumber(row.id) });
    }
  }
  return inserted;
}

/** Closes the given alerts if still open; the ids this call closed. */
export async function closeAlerts(trx: Sql, ids: readonly number[], at: Date): Promise<number[]> {
  const closed: number[] = [];
  for (const chunk of chunks(ids, CHUNK)) {
    const result = await trx.raw(
      `update "alerts" set "state" = 'CLOSED', "open_key" = null, "closed_at" = ? where "state" = 'OPEN' and "id" in (${chunk.map(() => '?').join(', ')}) returning "id"`,
      [at, ...chunk],
    );
    for (const row of rawRows<{ id: unknown }>(result)) closed.push(toNumber(row.id));
  }
  return closed;
}

const eventColumns = ['alert_id', 'directive_id', 'kind', 'author_id', 'message', 'remedy_plan', 'deadline', 'at'];

export async function insertEvents(trx: Sql, events: readonly NewEvent[]): Promise<void> {
  for (const chunk of chunks(events, CHUNK)) {
    await insertRows(
      trx,
      'alert_events',
      eventColumns,
      chunk.map((e) => [e.alertId, e.directiveId, e.kind, e.authorId, e.message, e.remedyPlan, e.deadline, e.at]),
    );
  }
}

/** One change row of kind 'alert': other processes see the version move and wake their alert subscribers. */
export async function insertAlertChange(
  trx: Sql,
  key: { indicator: string; unit: string; period: string },
  at: Date,
): Promise<void> {
  await insertRows(
    trx,
    'changes',
    ['indicator', 'unit', 'period', 'year', 'kind', 'at'],
    [[key.indicator, key.unit, key.period, null, 'alert', at]],
  );
}

function alertOf(row: Record<string, unknown>): AlertRecord {
  return {
    id: toNumber(row.id),
    indicator: String(row.indicator),
    unit: String(row.unit),
    period: String(row.period),
    status: String(row.status),
    value: toNullableNumber(row.value),
    target: (row.target as string | null) ?? null,
    state: row.state as AlertState,
    raisedAt: toDate(row.raised_at),
    closedAt: row.closed_at === null || row.closed_at === undefined ? null : toDate(row.closed_at),
  };
}

function eventOf(row: Record<string, unknown>): AlertEventRecord {
  return {
    id: toNumber(row.id),
    alertId: toNumber(row.alert_id),
    directiveId: toNullableNumber(row.directive_id),
    kind: row.kind as AlertEventKind,
    authorId: toNullableNumber(row.author_id),
    message: (row.message as string | null) ?? null,
    remedyPlan: (row.remedy_plan as string | null) ?? null,
    deadline: (row.deadline as string | null) ?? null,
    at: toDate(row.at),
  };
}

/** Every alert, newest raised first (ties: newest id first). */
export async function loadAlerts(sql: Sql): Promise<AlertRecord[]> {
  const rows = rawRows<Record<string, unknown>>(
    await sql.raw(`select * from "alerts" order by "raised_at" desc, "id" desc`),
  );
  return rows.map(alertOf);
}

/** One alert; `forUpdate` (PostgreSQL only: SQLite has one writer) locks its row until the transaction ends. */
export async function findAlert(sql: Sql, id: number, forUpdate = false): Promise<AlertRecord | undefined> {
  const lock = forUpdate ? ' for update' : '';
  const rows = rawRows<Record<string, unknown>>(await sql.raw(`select * from "alerts" where "id" = ?${lock}`, [id]));
  return rows[0] ? alertOf(rows[0]) : undefined;
}

export async function findAlertsByIds(sql: Sql, ids: readonly number[]): Promise<AlertRecord[]> {
  const found: AlertRecord[] = [];
  for (const chunk of chunks(ids, CHUNK)) {
    const rows = rawRows<Record<string, unknown>>(
      await sql.raw(`select * from "alerts" where "id" in (${chunk.map(() => '?').join(', ')})`, [...chunk]),
    );
    found.push(...rows.map(alertOf));
  }
  return found;
}

/** The threads of some alerts, each in order (by id, which follows the order of writing). */
export async function eventsOf(sql: Sql, alertIds: readonly number[]): Promise<AlertEventRecord[]> {
  const found: AlertEventRecord[] = [];
  for (const chunk of chunks(alertIds, CHUNK)) {
    const rows = rawRows<Record<string, unknown>>(
      await sql.raw(
        `select * from "alert_events" where "alert_id" in (${chunk.map(() => '?').join(', ')}) order by "id"`,
        [...chunk],
      ),
    );
    found.push(...rows.map(eventOf));
  }
  return found.sort((a, b) => a.id - b.id);
}

/** Events written after `afterId`, oldest first: what a live subscriber has not seen yet. */
export async function eventsAfter(sql: Sql, afterId: number, limit = 1_000): Promise<AlertEventRecord[]> {
  const rows = rawRows<Record<string, unknown>>(
    await sql.raw(`select * from "alert_events" where "id" > ? order by "id" limit ?`, [afterId, limit]),
  );
  return rows.map(eventOf);
}

export async function latestEventId(sql: Sql): Promise<number> {
  const rows = rawRows<{ id: unknown }>(await sql.raw(`select max("id") as "id" from "alert_events"`));
  return toNullableNumber(rows[0]?.id) ?? 0;
}
