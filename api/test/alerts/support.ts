// Shared by the alert suites: the engine fixture catalog with F_SHARE raising alerts on WARNING too, actors from real
// accounts, and a snapshot of every table a workflow step may write.
import type { Catalog, Indicator } from '@ioc/schema/catalog';
import type { Actor, Role } from '../../src/auth/actor';
import type { Database } from '../../src/db/database';
import type { WriteMeta } from '../../src/domain/observation';
import { LiveData } from '../../src/live/liveData';
import { UnitDirectory } from '../../src/units/unitDirectory';
import { type AccountOptions, createAccount } from '../accounts';
import { fixtureCatalog } from '../integration/support';

function withWarningAlerts(base: Catalog, code: string): Catalog {
  const indicators = base.indicators.map((i): Indicator => {
    if (i.code !== code || !i.threshold) return i;
    return { ...i, threshold: { ...i.threshold, alert: 'warning' } };
  });
  return { ...base, indicators, byCode: new Map(indicators.map((i) => [i.code, i])) };
}

/** F_PART: monthly, higher is better, target 10, warning band 2 (NOT_ACHIEVED below 8). F_SHARE: target 20, band 5. */
export const alertCatalog = withWarningAlerts(fixtureCatalog(), 'F_SHARE');
export const units = new UnitDirectory();

/** The day the suites take as today: every month of 2025 has ended. */
export const TODAY = '2026-01-15';

/** Phường Xuân Hương - Đà Lạt (new edition) and the province. */
export const COMMUNE = '24781';
export const PROVINCE = '68';

export const meta: WriteMeta = { source: 'manual', actor: 'test' };

export function openLive(db: Database): Promise<LiveData> {
  return LiveData.open({ db, catalog: alertCatalog, units });
}

export async function actorOf(db: Database, role: Role, options: AccountOptions = {}): Promise<Actor> {
  const user = await createAccount(db, role, options);
  return { ...user, userId: user.id, credential: { kind: 'token', id: 0 } };
}

const TABLES = [
  'observations',
  'observation_history',
  'targets',
  'changes',
  'alerts',
  'directives',
  'alert_events',
  'audit_log',
];

/** Every row of every table a write may touch, in key order: equal snapshots mean nothing was written. */
export async function snapshot(db: Database): Promise<Record<string, unknown[]>> {
  const em = db.em();
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    const key = table === 'changes' ? 'seq' : 'id';
    out[table] = await em.execute(`select * from ${table} order by ${key}`);
  }
  return out;
}

export async function clearAll(db: Database): Promise<void> {
  const em = db.em();
  for (const table of TABLES) await em.execute(`delete from ${table}`);
}

export async function rows(db: Database, sql: string): Promise<Record<string, unknown>[]> {
  return db.em().execute(sql);
}
