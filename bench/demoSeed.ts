// Seeding a benchmark's database with the full demo, as `npm run seed` does: the observations through storeSteps'
// seed step (bulkLoadObservations fed by generateDemoObservations), then the alert sweep, so the API starts on a
// database like the demo's and does not sweep while measured. Run in a child process (demoSeedChild.ts), so that
// several databases seed at once and the benchmark's own process stays small.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { sweepDatabase } from '../api/src/alerts/sweepAlerts';
import { openDatabase } from '../api/src/db/database';
import { loadServedCatalog } from '../api/src/servedCatalog';
import { track } from './childProcesses';
import { runStep, type SeedResult, type StepInput } from './storeSteps';

/** The demo's today (the seed's default): yesterday, its last day of data. */
export function demoToday(): string {
  return new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
}

/** The child side: seeds, sweeps, and prints the seed step's result as its last line. */
export async function seedAndSweep(input: StepInput): Promise<SeedResult> {
  const result = (await runStep(input)) as SeedResult;
  const db = await openDatabase(input.url);
  try {
    console.error(await sweepDatabase({ db, catalog: loadServedCatalog() }));
  } finally {
    await db.close();
  }
  return result;
}

/** Seeds one database in a child process. */
export function seedDemo(input: StepInput): Promise<SeedResult> {
  return new Promise((resolve, reject) => {
    const args = [...process.execArgv, join(import.meta.dirname, 'demoSeedChild.ts'), JSON.stringify(input)];
    const proc = track(spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] }));
    let out = '';
    proc.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      const what = `seeding ${input.kind ?? ''}`.trim();
      if (code !== 0) reject(new Error(`${what} ${signal ? `was stopped by ${signal}` : 'failed'}`));
      else resolve(JSON.parse(out.trim().split('\n').at(-1) ?? 'null') as SeedResult);
    });
  });
}
