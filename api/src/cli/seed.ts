// `npm run seed [-- --if-empty] [--to YYYY-MM-DD]`: writes the synthetic demo observations (deterministic from a seed)
// into the database of DATABASE_URL, with a progress bar, and the demo accounts (one per role) that are missing.
// `npm start` runs it with --if-empty on every start: observations only into an empty store, accounts only when there
// are none.
// The demo data are synthetic and labelled so everywhere: never official statistics.
import { loadEditions } from '@ioc/schema/units';
import { SingleBar } from 'cli-progress';
import { sweepDatabase } from '../alerts/sweepAlerts';
import { openDatabase } from '../db/database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, ensureDemoAccounts } from '../seed/demoAccounts';
import { ensureDemoCameras } from '../seed/demoCameras';
import { countDemoObservations, DEMO_FROM, generateDemoObservations } from '../seed/demoData';
import { loadServedCatalog } from '../servedCatalog';
import { bulkLoadObservations } from '../store/bulkLoad';
import { latestChangeSeq } from '../store/changes';
import { countUsers } from '../store/users';
import { UnitDirectory } from '../units/unitDirectory';

function yesterday(): string {
  return new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
}

async function main(args: string[]): Promise<number> {
  const ifEmpty = args.includes('--if-empty');
  const toAt = args.indexOf('--to');
  const to = toAt >= 0 ? args[toAt + 1] : yesterday();
  if (!to || !/^\d{4}-\d{2}-\d{2}$/.test(to)) {
    console.error('usage: npm run seed [-- --if-empty] [--to YYYY-MM-DD]');
    return 1;
  }
  const db = await openDatabase();
  try {
    // Asked before the demo accounts and cameras are written: a camera writes a change-log row of its own.
    const holdsData = (await latestChangeSeq({ em: db.em() })) > 0;
    if (!ifEmpty || (await countUsers({ em: db.em() })) === 0) {
      const created = await ensureDemoAccounts({ em: db.em(), units: new UnitDirectory() });
      if (created.length > 0) {
        console.log(
          `seed: demo accounts ${created.join(', ')} (password "${DEMO_PASSWORD}", demo only; ${DEMO_ACCOUNTS.length} in all)`,
        );
      }
    }
    // Also on a database seeded before the camera registry existed: only an empty registry gets the demo's cameras.
    const cameras = await ensureDemoCameras({ em: db.em(), units: new UnitDirectory() });
    if (cameras > 0) console.log(`seed: ${cameras} simulated demo cameras (served by npm run feed:sim)`);
    if (ifEmpty && holdsData) {
      console.log('seed: the database already holds data; nothing to do');
      return 0;
    }
    const catalog = loadServedCatalog();
    const options = { catalog, editions: loadEditions(), from: DEMO_FROM, to };
    const total = countDemoObservations(options);
    console.log(
      `seed: ${total} synthetic demo observations, ${DEMO_FROM} to ${to} (daily indicators: the last 365 days)`,
    );
    const bar = new SingleBar({
      format: 'seed [{bar}] {percentage}% | {value}/{total} | {eta}s',
      stream: process.stderr,
    });
    bar.start(total, 0);
    const t0 = performance.now();
    const result = await bulkLoadObservations({
      db,
      rows: generateDemoObservations(options),
      meta: { source: 'import', actor: 'seed (synthetic demo data)' },
      onProgress: (p) => bar.update(p.done),
    });
    bar.update(total);
    bar.stop();
    const s = (performance.now() - t0) / 1000;
    console.log(
      `seed: ${result.inserted} inserted, ${result.updated} updated, ${result.unchanged} unchanged in ${s.toFixed(1)} s`,
    );
    console.log(await sweepDatabase({ db, catalog }));
    return 0;
  } finally {
    await db.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  console.error(`seed: ${(e as Error).message}`);
  process.exitCode = 1;
}
