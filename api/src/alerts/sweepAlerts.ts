// The full sweep: judges every watched value (watchedValues.ts) and every open alert, raising and closing to match.
// Run after the demo is seeded and by `npm run rebuild`; writes are idempotent, so two sweeps agree.
import type { Catalog } from '@ioc/schema/catalog';
import type { Database } from '../db/database';
import { LiveData } from '../live/liveData';
import { UnitDirectory } from '../units/unitDirectory';
import { type ReconcileResult, reconcileAlerts } from './reconcileAlerts';
import { localDay } from './today';
import { watchedValues } from './watchedValues';

export function sweepAlerts(options: { data: LiveData; today?: string; at?: Date }): Promise<ReconcileResult> {
  const { data } = options;
  const today = options.today ?? localDay(options.at);
  return reconcileAlerts({
    data,
    values: watchedValues({ catalog: data.catalog, units: data.units, today }),
    everyOpenAlert: true,
    at: options.at,
  });
}

/** For the command line: loads the store's data, sweeps, and says what it did (e.g. after the demo is seeded). */
export async function sweepDatabase(options: { db: Database; catalog: Catalog }): Promise<string> {
  const t0 = performance.now();
  const data = await LiveData.open({ db: options.db, catalog: options.catalog, units: new UnitDirectory() });
  const result = await sweepAlerts({ data });
  const s = ((performance.now() - t0) / 1000).toFixed(1);
  return `alerts: ${result.judged} values judged in ${s} s; ${result.raised} raised, ${result.closed} closed`;
}
