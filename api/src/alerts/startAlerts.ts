// What an API process does about alerts: reconciles after every change it applies (keepAlertsCurrent), and, when the
// alerts table has never held a row while the store holds observations (a database filled before alerts existed, or
// by another tool), sweeps once in the background. Not on every start: each replica would judge every watched value
// (~17 s of CPU on the demo data) to find nothing new; `npm run rebuild` sweeps after a catalog change.
import type { LiveData } from '../live/liveData';
import { rawRows } from '../store/sql';
import { type AlertKeeper, keepAlertsCurrent } from './keepAlertsCurrent';
import { sweepAlerts } from './sweepAlerts';

export function startAlerts(data: LiveData): AlertKeeper {
  const keeper = keepAlertsCurrent(data);
  void sweepIfNeverSwept(data).catch((e: Error) => console.error(`alerts: the first sweep failed: ${e.message}`));
  return keeper;
}

async function sweepIfNeverSwept(data: LiveData): Promise<void> {
  const knex = data.db.em().getKnex();
  const rows = rawRows<{ n: unknown }>(
    await knex.raw('select count(*) as "n" from (select 1 from "alerts" limit 1) a'),
  );
  if (Number(rows[0]?.n ?? 0) > 0 || data.observations.size === 0) return;
  const t0 = performance.now();
  const result = await sweepAlerts({ data });
  if (result.raised + result.closed > 0) void data.refresh().catch(() => undefined);
  console.log(
    `alerts: first sweep judged ${result.judged} values in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${result.raised} raised`,
  );
}
