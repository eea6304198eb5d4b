// The mixed-load benchmark: 50 clients for 60 s against the API on PostgreSQL, 80% dashboards, 15% series, 5%
// recordValues batches; then every acknowledged write is read back through the API.
// `node --import tsx bench/load.bench.ts [--write | --quick] [--clients N] [--seconds S]` (`npm run bench:load`):
// `--quick` runs 10 s after a 2 s warm-up to check the benchmark itself, `--no-writes` sends reads only to tell what the
// writes cost (the figures of neither are recorded).
import { type ChildProcess, spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../api/src/db/database';
import { DEMO_FROM } from '../api/src/seed/demoData';
import { loadServedCatalog } from '../api/src/servedCatalog';
import { createApiToken } from '../api/src/store/apiTokens';
import { createUser } from '../api/src/store/users';
import { UnitDirectory } from '../api/src/units/unitDirectory';
import { PROVINCE } from './apiQueries';
import { benchToken } from './benchAccount';
import { freePort, peakRssMb, stopChild, stopChildren, track } from './childProcesses';
import { demoToday, seedDemo } from './demoSeed';
import { type LoadRun, machineCpuS, processCpuS, runLoad } from './loadClient';
import { type LoadResults, loadReport } from './loadReport';
import { verifyWrites } from './loadVerify';
import { type PlannedRequest, Workload, type WriteKey } from './loadWorkload';
import { createDatabase, dropDatabase, serverFacts } from './pgCopy';
import { RESULTS_PATH, writeResultsSection } from './resultsFile';

const ROOT = join(import.meta.dirname, '..');
const SECTION_TITLE = '## Mixed load on PostgreSQL';
const FULL = { clients: 50, seconds: 60, warmupSeconds: 10 };
const QUICK = { clients: 50, seconds: 10, warmupSeconds: 2 };
const START_TIMEOUT_MS = 180_000;
/**
 * The API's limits on mutations per user and per client address (api/src/http/protectionLimits.ts), raised far above
 * what the run sends: every write comes from one officer at one address, and this measures the API, not its limiter.
 */
const RAISED_LIMITS: Record<string, string> = {
  MUTATION_RATE_LIMIT_PER_USER: '1000000000',
  MUTATION_RATE_LIMIT_PER_IP: '1000000000',
};

/** An officer of the province (unit 68: every unit below it is in scope) and an API token of theirs. */
async function officerToken(url: string): Promise<string> {
  const db = await openDatabase(url);
  try {
    const user = await createUser({
      em: db.em(),
      units: new UnitDirectory(),
      input: {
        username: `bench.officer.${process.pid}.${Date.now()}`,
        displayName: 'Benchmark officer',
        role: 'OFFICER',
        unit: PROVINCE,
        password: `bench-${crypto.randomUUID()}`,
      },
      by: { id: null, username: 'bench' },
    });
    return (await createApiToken({ em: db.em(), user, name: 'load benchmark' })).token;
  } finally {
    await db.close();
  }
}

async function startApi(url: string, port: number): Promise<{ proc: ChildProcess; startS: number }> {
  const t0 = performance.now();
  const env = { ...process.env, ...RAISED_LIMITS, DATABASE_URL: url, API_PORT: String(port), NODE_ENV: 'production' };
  const args = [...process.execArgv, join(ROOT, 'api/src/main.ts')];
  const proc = track(spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] }));
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the API did not start within ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    );
    proc.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (/^GraphQL API on /m.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    });
    proc.on('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API exited (code ${code}) before it was ready: ${out.trim()}`));
    });
  });
  proc.stdout?.resume();
  return { proc, startS: (performance.now() - t0) / 1000 };
}

/** One request of each kind, sent alone and checked, before any load; returns the writes it made. */
async function preflight(base: string, workload: Workload): Promise<WriteKey[]> {
  const seen = new Set<PlannedRequest['kind']>();
  const written: WriteKey[] = [];
  while (seen.size < (workload.writes ? 3 : 2)) {
    const planned = workload.next();
    if (seen.has(planned.kind)) continue;
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${planned.token}` },
      body: planned.body,
    });
    const text = await response.text();
    if (response.status !== 200 || text.includes('"errors"')) {
      throw new Error(`${planned.kind} answered ${response.status}: ${text.slice(0, 400)}`);
    }
    if (planned.batch) written.push(...planned.batch);
    seen.add(planned.kind);
  }
  return written;
}

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new Error(`${name} ${args[at + 1]}: expected a positive integer`);
  return value;
}

async function main(args: string[]): Promise<void> {
  const write = args.includes('--write');
  const quick = args.includes('--quick');
  if (write && quick) throw new Error('--quick runs too short to record: it cannot be combined with --write');
  // Reads only, to tell what the writes cost: a diagnostic beside the recorded run, never recorded itself.
  const writes = !args.includes('--no-writes');
  if (write && !writes)
    throw new Error('--no-writes is not the workload of the record: it cannot be combined with --write');
  const preset = quick ? QUICK : FULL;
  const timing = {
    clients: option(args, '--clients', preset.clients),
    seconds: option(args, '--seconds', preset.seconds),
    warmupSeconds: preset.warmupSeconds,
  };
  const started = performance.now();
  const loadAtStart = loadavg()[0] ?? 0;
  // The demo's today (the seed's default: yesterday), its last day of data.
  const today = demoToday();
  const catalog = loadServedCatalog();
  const database = `ioc_load_bench_${process.pid}`;
  let created = false;
  let cleaning: Promise<void> | undefined;
  const cleanup = () => {
    cleaning ??= (async () => {
      await stopChildren();
      if (created) await dropDatabase(database).catch(() => undefined);
    })();
    return cleaning;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`${signal}: stopping the API, removing the benchmark's database`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);

  try {
    const postgres = await serverFacts();
    created = true;
    const url = await createDatabase(database);
    const seeded = await seedDemo({
      step: 'seed',
      kind: 'postgresql',
      url,
      rows: 0,
      to: today,
      from: DEMO_FROM,
      iterations: 0,
      warmups: 0,
      copyRuns: 0,
    });
    console.error(`seeded ${seeded.inserted} rows in ${seeded.seconds.toFixed(1)} s`);
    const analystToken = await benchToken(url);
    const workload = new Workload({ catalog, today, analystToken, officerToken: await officerToken(url), writes });
    const port = await freePort();
    const { proc, startS } = await startApi(url, port);
    const base = `http://127.0.0.1:${port}`;
    const acknowledged = await preflight(base, workload);
    const warmup = await runLoad(base, timing.clients, timing.warmupSeconds, () => workload.next());
    acknowledged.push(...warmup.acknowledged);
    console.error(`warm-up: ${Object.values(warmup.byKind).reduce((n, s) => n + s.requests, 0)} requests`);

    const loadBefore = loadavg()[0] ?? 0;
    const cpu0 = { api: processCpuS(proc.pid), self: process.cpuUsage(), machine: machineCpuS() };
    const run: LoadRun = await runLoad(base, timing.clients, timing.seconds, () => workload.next());
    const cpu1 = { api: processCpuS(proc.pid), self: process.cpuUsage(cpu0.self), machine: machineCpuS() };
    const loadAfter = loadavg()[0] ?? 0;
    acknowledged.push(...run.acknowledged);
    const verification = await verifyWrites(base, analystToken, url, acknowledged);
    const apiPeakRssMb = peakRssMb(proc.pid);
    await stopChild(proc);

    const machine = cpus();
    const results: LoadResults = {
      run,
      verification,
      acknowledgedBefore: acknowledged.length - run.acknowledged.length,
      facts: workload.facts,
      batchesSent: workload.batchesTaken,
      seeded,
      apiStartS: startS,
      apiPeakRssMb,
      warmupSeconds: timing.warmupSeconds,
      cpu: {
        apiS: cpu0.api !== null && cpu1.api !== null ? cpu1.api - cpu0.api : null,
        generatorS: (cpu1.self.user + cpu1.self.system) / 1e6,
        machineBusyS: cpu0.machine && cpu1.machine ? cpu1.machine.busy - cpu0.machine.busy : null,
        machineTotalS: cpu0.machine && cpu1.machine ? cpu1.machine.total - cpu0.machine.total : null,
      },
      env: {
        date: new Date().toISOString().slice(0, 10),
        node: process.version,
        machine: `${machine.length} × ${machine[0]?.model.trim() ?? 'unknown CPU'}`,
        loadAverage: { start: loadAtStart, before: loadBefore, after: loadAfter },
        elapsedS: (performance.now() - started) / 1000,
        postgres,
        command: `node --import tsx bench/load.bench.ts ${quick ? '--quick' : writes ? '--write' : '--no-writes'}${args.includes('--clients') ? ` --clients ${timing.clients}` : ''}${args.includes('--seconds') ? ` --seconds ${timing.seconds}` : ''}`,
        raisedLimits: RAISED_LIMITS,
      },
    };
    const body = loadReport(results);
    console.log(`${SECTION_TITLE}\n\n${body}`);
    if (write) {
      writeResultsSection(SECTION_TITLE, body);
      console.error(`wrote ${RESULTS_PATH}`);
    }
    const failed = Object.values(run.byKind).some((s) => s.errors + s.non2xx + s.graphqlErrors > 0);
    const lost = verification.lost + verification.unreadable;
    if (failed || lost > 0) {
      for (const [kind, s] of Object.entries(run.byKind))
        for (const sample of s.samples) console.error(`${kind}: ${sample}`);
      for (const sample of verification.samples) console.error(`read back: ${sample}`);
      process.exitCode = 1;
    }
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
}

try {
  await main(process.argv.slice(2));
} catch (e) {
  console.error(`error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exitCode = 1;
}
