// `npm run rebuild`: recomputes every value from the stored observations (database of DATABASE_URL) and prints how
// many there are, how long it took and a digest. Two rebuilds of the same data print the same digest.
import { SingleBar } from 'cli-progress';
import { sweepAlerts } from '../alerts/sweepAlerts';
import { openDatabase } from '../db/database';
import { computeAll } from '../engine/computeAll';
import { LiveData } from '../live/liveData';
import { loadServedCatalog } from '../servedCatalog';
import { UnitDirectory } from '../units/unitDirectory';

async function main(): Promise<number> {
  const db = await openDatabase();
  try {
    const t0 = performance.now();
    const data = await LiveData.open({ db, catalog: loadServedCatalog(), units: new UnitDirectory() });
    const loaded = performance.now();
    const bar = new SingleBar({ format: 'rebuild [{bar}] {value}/{total} indicators', stream: process.stderr });
    bar.start(data.catalog.indicators.length, 0);
    const result = computeAll({ engine: data.engine, onProgress: (done) => bar.update(done) });
    bar.stop();
    const done = performance.now();
    console.log(
      `rebuild: ${data.observations.size} observations loaded in ${((loaded - t0) / 1000).toFixed(1)} s; ${result.values} values (${result.present} with data) computed in ${((done - loaded) / 1000).toFixed(1)} s`,
    );
    console.log(`digest ${result.digest}`);
    const alerts = await sweepAlerts({ data });
    const swept = (performance.now() - done) / 1000;
    console.log(
      `alerts: ${alerts.judged} values judged in ${swept.toFixed(1)} s; ${alerts.raised} raised, ${alerts.closed} closed`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

try {
  process.exitCode = await main();
} catch (e) {
  console.error(`rebuild: ${(e as Error).message}`);
  process.exitCode = 1;
}
