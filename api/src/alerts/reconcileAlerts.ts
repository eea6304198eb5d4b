// Keeps the alerts table in step with the statuses: raises an alert for each judged value whose status raises one
// (watchedValues.ts) and has none open, closes each open alert among the judged values that recovered. One
// transaction per call, with a RAISED or CLOSED event per alert and one change row of kind 'alert', so every API
// process learns that alerts moved. Idempotent, also between processes: a second open alert for the same value
// loses on the unique open key, a second close finds the alert closed already.
import type { EntityManager } from '../db/database';
import { type IndicatorValue, indicatorValue } from '../engine/indicatorValue';
import type { Target } from '../engine/targets';
import type { LiveData } from '../live/liveData';
import {
  closeAlerts,
  findAlertsByIds,
  insertAlertChange,
  insertEvents,
  insertOpenAlerts,
  type NewAlert,
  openAlertIds,
} from '../store/alerts';
import { inTransaction } from '../store/sql';
import { alertKey, raisesAlert, valueOfKey, type WatchedValue } from './watchedValues';

export interface ReconcileResult {
  /** Values judged. */
  judged: number;
  raised: number;
  closed: number;
}

/** The target as an alert keeps it: "≥ 95", "≤ 4.5" or "15–25". */
export function targetText(target: Target | null): string | null {
  if (!target) return null;
  const n = (v: number | null) => (v === null ? '?' : String(Number(v.toPrecision(6))));
  switch (target.direction) {
    case 'higher':
      return `≥ ${n(target.value)}`;
    case 'lower':
      return `≤ ${n(target.value)}`;
    case 'range':
      return `${n(target.low)}–${n(target.high)}`;
  }
}

function judge(data: LiveData, v: WatchedValue): IndicatorValue {
  // Not data.valueOf: a sweep judges hundreds of thousands of values that no client may ever ask for.
  return indicatorValue({ engine: data.engine, targets: data.targets, ...v });
}

export interface Judgement {
  /** Keys of the values judged. */
  judged: Set<string>;
  /** The judged values whose status raises an alert, by key. */
  bad: Map<string, NewAlert>;
}

/** Judges values now (synchronously: they read the data as it is at this moment). */
export function judgeValues(data: LiveData, values: Iterable<WatchedValue>): Judgement {
  const bad = new Map<string, NewAlert>();
  const judged = new Set<string>();
  for (const v of values) {
    const key = alertKey({ indicator: v.indicator.code, unit: v.unit.unit.code, period: v.period.id });
    if (judged.has(key)) continue;
    judged.add(key);
    const value = judge(data, v);
    if (!raisesAlert(v.indicator, value.status)) continue;
    bad.set(key, {
      indicator: v.indicator.code,
      unit: v.unit.unit.code,
      period: v.period.id,
      status: value.status,
      value: value.value,
      target: targetText(value.target),
    });
  }
  return { judged, bad };
}

/** Raises and closes what a judgement says, in one transaction. */
export async function writeJudgement(data: LiveData, judgement: Judgement, at = new Date()): Promise<ReconcileResult> {
  const { judged, bad } = judgement;
  const em: EntityManager = data.db.em();
  const changes = (open: Map<string, number>) => ({
    toRaise: [...bad].filter(([k]) => !open.has(k)).map(([, a]) => a),
    toClose: [...open].filter(([k]) => judged.has(k) && !bad.has(k)).map(([, id]) => id),
  });
  // Most reconciliations change nothing: find that out without opening a write transaction.
  const outside = changes(await openAlertIds(em.getKnex()));
  if (outside.toRaise.length === 0 && outside.toClose.length === 0) {
    return { judged: judged.size, raised: 0, closed: 0 };
  }
  return inTransaction(em, async (trx) => {
    // Read again inside the transaction: another process may have raised or closed meanwhile.
    const { toRaise, toClose } = changes(await openAlertIds(trx));
    const raised = await insertOpenAlerts(trx, toRaise, at);
    const closed = await closeAlerts(trx, toClose, at);
    const events = [
      ...raised.map((a) => ({ alertId: a.id, kind: 'RAISED' as const })),
      ...closed.map((id) => ({ alertId: id, kind: 'CLOSED' as const })),
    ].map((e) => ({ ...e, directiveId: null, authorId: null, message: null, remedyPlan: null, deadline: null, at }));
    await insertEvents(trx, events);
    const first = raised[0] ?? (closed[0] === undefined ? undefined : (await findAlertsByIds(trx, [closed[0]]))[0]);
    if (first) await insertAlertChange(trx, first, at);
    return { judged: judged.size, raised: raised.length, closed: closed.length };
  });
}

/** As judgeValues, yielding to the event loop every `batch` values: a full sweep must not stall requests. */
async function judgeValuesPatiently(data: LiveData, values: Iterable<WatchedValue>, batch = 2_000): Promise<Judgement> {
  const judgement: Judgement = { judged: new Set(), bad: new Map() };
  let chunk: WatchedValue[] = [];
  const flush = () => {
    const part = judgeValues(data, chunk);
    for (const key of part.judged) judgement.judged.add(key);
    for (const [key, alert] of part.bad) judgement.bad.set(key, alert);
    chunk = [];
  };
  for (const v of values) {
    chunk.push(v);
    if (chunk.length < batch) continue;
    flush();
    await new Promise((resolve) => setImmediate(resolve));
  }
  flush();
  return judgement;
}

const keyParts = (key: string) => {
  const [indicator = '', unit = '', period = ''] = key.split('|');
  return { indicator, unit, period };
};

/**
 * Judges `values` (all watched values for a full sweep, the affected ones after a change) and writes what changed.
 * With `everyOpenAlert` (the sweep), the open alerts outside `values` (their period left the window, or the rule
 * changed) are judged too, so a sweep leaves no open alert whose value recovered; the sweep yields to the event loop
 * as it goes, and judges again, at once, the values it is about to raise or close, in case a write came meanwhile.
 */
export async function reconcileAlerts(options: {
  data: LiveData;
  values: Iterable<WatchedValue>;
  everyOpenAlert?: boolean;
  at?: Date;
}): Promise<ReconcileResult> {
  const { data } = options;
  if (!options.everyOpenAlert) return writeJudgement(data, judgeValues(data, options.values), options.at);
  const valueAt = (key: string) => valueOfKey(data.catalog, data.units, keyParts(key)) ?? [];
  const knex = data.db.em().getKnex();
  const openKeys = [...(await openAlertIds(knex)).keys()];
  const judgement = await judgeValuesPatiently(data, options.values);
  const more = judgeValues(data, openKeys.filter((key) => !judgement.judged.has(key)).flatMap(valueAt));
  for (const key of more.judged) judgement.judged.add(key);
  for (const [key, alert] of more.bad) judgement.bad.set(key, alert);
  const open = await openAlertIds(knex);
  const moving = [
    ...[...judgement.bad.keys()].filter((k) => !open.has(k)),
    ...[...open.keys()].filter((k) => judgement.judged.has(k) && !judgement.bad.has(k)),
  ];
  const now = judgeValues(data, moving.flatMap(valueAt));
  for (const key of moving) {
    const alert = now.bad.get(key);
    if (alert) judgement.bad.set(key, alert);
    else judgement.bad.delete(key);
  }
  return writeJudgement(data, judgement, options.at);
}
