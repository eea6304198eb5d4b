// The GraphQL API benchmark: the dashboard query against our API on SQLite and PostgreSQL, a SQL-over-HTTP baseline
// and PostGraphile 4, under autocannon. `node --import tsx bench/api.bench.ts [--write | --quick] [--profile DIR]`:
// `--quick` runs each case 2 s after a 1 s warm-up, to check the benchmark itself (its figures are not recorded).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frequency } from '@ioc/schema/period';
import { DEMO_FROM } from '../api/src/seed/demoData';
import { loadServedCatalog } from '../api/src/servedCatalog';
import { UnitDirectory } from '../api/src/units/unitDirectory';
import { fetchChecked, type LoadResult, load } from './apiLoad';
import {
  apiRequest,
  type HttpRequest,
  inputIndicators,
  latestEndedPeriods,
  PERIOD_LABELS,
  type PeriodIds,
  PROVINCE,
  periodIds,
  postgraphileQuery,
  postgraphileRequest,
  SUBJECTS,
  type Subject,
  sqlRequest,
  subjectCode,
} from './apiQueries';
import { type ApiResults, apiReport, type CaseResult, type ServerName, type ServerRun } from './apiReport';
import { benchToken } from './benchAccount';
import { freePort, peakRssMb, stopChild, stopChildren, track } from './childProcesses';
import { demoToday, seedDemo } from './demoSeed';
import { createDatabase, dropDatabase, serverFacts, withClient } from './pgCopy';
import { RESULTS_PATH, writeResultsSection } from './resultsFile';
import type { DbKind } from './storeSteps';

const ROOT = join(import.meta.dirname, '..');
const POSTGRAPHILE_DIR = join(import.meta.dirname, 'postgraphile');
const SECTION_TITLE = '## GraphQL API';
const COMMAND = 'node --import tsx bench/api.bench.ts --write';
const QUICK_COMMAND = 'node --import tsx bench/api.bench.ts --quick';
const KINDS: DbKind[] = ['sqlite', 'postgresql'];
const CONNECTIONS = [10, 50];
/** Seconds of each measured case, and of the untimed warm-up of each query on a newly started server (--quick: 2, 1). */
const TIMING = { seconds: 10, warmupSeconds: 3 };
const QUICK_TIMING = { seconds: 2, warmupSeconds: 1 };
const START_TIMEOUT_MS = 180_000;
/** Draining after a load: requests sent one at a time until one takes at most DRAIN_FACTOR × idle + DRAIN_SLACK_MS. */
const IDLE_PROBES = 3;
const DRAIN_FACTOR = 2;
const DRAIN_SLACK_MS = 10;
const DRAIN_LIMIT_MS = 120_000;

/** Starts a server as a child process and resolves once it printed its ready line. */
async function startServer(
  name: ServerName,
  url: string,
  port: number,
  profileDir: string | undefined,
): Promise<{ proc: ChildProcess; startS: number }> {
  const t0 = performance.now();
  const env = { ...process.env };
  let args: string[];
  let cwd = ROOT;
  let ready: RegExp;
  if (name === 'api' || name === 'api-fresh') {
    Object.assign(env, { DATABASE_URL: url, API_PORT: String(port), NODE_ENV: 'production' });
    if (name === 'api-fresh') env.GRAPHQL_RESULT_REUSE = 'off';
    const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
    args = [...profile, ...process.execArgv, join(ROOT, 'api/src/main.ts')];
    ready = /^GraphQL API on /m;
  } else if (name === 'sql') {
    args = [...process.execArgv, join(import.meta.dirname, 'apiSqlServer.ts'), url, String(port)];
    ready = /^ready /m;
  } else {
    cwd = POSTGRAPHILE_DIR;
    args = [...process.execArgv, join(POSTGRAPHILE_DIR, 'server.ts'), url, String(port)];
    ready = /^ready /m;
  }
  const proc = track(spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'inherit'] }));
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} did not start within ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    );
    proc.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (ready.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    });
    proc.on('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (code ${code}) before it was ready: ${out.trim()}`));
    });
  });
  proc.stdout?.resume();
  return { proc, startS: (performance.now() - t0) / 1000 };
}

/** The day and periods every server is asked about, and what the answers are checked against. */
interface Asked {
  /** D: the demo's today (its last day of data). */
  day: string;
  /** Each frequency's latest period ended by D. */
  periods: PeriodIds;
  /** Each indicator's frequency, to tell the API's values at their latest period from those that fell back. */
  frequencyOf: Map<string, Frequency>;
  /** Our API's bearer token (an analyst's) in each database. */
  tokens: Partial<Record<DbKind, string>>;
}

interface ApiUnit {
  latestValues: { indicator: { code: string }; period: string }[];
  children: { statusCounts: Record<string, number> }[];
}

/**
 * What a checked answer holds: our API's values (and how many fell back to the period before) and children's status
 * counts; the baseline's sums and children's counts; PostGraphile's rows per alias.
 */
function describeAnswer(name: ServerName, json: unknown, asked: Asked): string {
  if (name === 'postgraphile') {
    const data = (json as { data: Record<string, { nodes: unknown[] }> }).data;
    const per = Object.entries(data).map(([alias, { nodes }]) => `${alias} ${nodes.length}`);
    const rows = Object.values(data).reduce((n, x) => n + x.nodes.length, 0);
    return `${rows} rows: ${per.join(', ')}`;
  }
  if (name === 'sql') {
    const unit = json as { values: unknown[]; children: unknown[] };
    const children = unit.children.length === 0 ? 'no children' : `${unit.children.length} children × 1 count`;
    return `${unit.values.length} sums, ${children}`;
  }
  const unit = (json as { data: { unit: ApiUnit } }).data.unit;
  const fellBack = unit.latestValues.filter((v) => {
    const frequency = asked.frequencyOf.get(v.indicator.code);
    return frequency !== undefined && v.period !== asked.periods[frequency];
  }).length;
  const values = `${unit.latestValues.length} values (${fellBack} at the period before)`;
  if (unit.children.length === 0) return `${values}, no children`;
  const counts = Object.keys(unit.children[0]?.statusCounts ?? {}).length;
  return `${values}, ${unit.children.length} children × ${counts} counts`;
}

function requestFor(name: ServerName, kind: DbKind, subject: Subject, asked: Asked): HttpRequest {
  const code = subjectCode(subject);
  if (name === 'api' || name === 'api-fresh') {
    const token = asked.tokens[kind];
    if (!token) throw new Error(`no API token for ${kind}`);
    return apiRequest(code, asked.day, token);
  }
  if (name === 'sql') return sqlRequest(code, asked.day);
  return postgraphileRequest(code, asked.periods);
}

/** The fastest of a few requests sent one at a time to the idle server, in ms. */
async function idleLatency(base: string, request: HttpRequest): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < IDLE_PROBES; i++) {
    const t0 = performance.now();
    await fetchChecked(base, request);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Waits until the requests a load left in flight have been served, so that they do not run into the next case: the
 * same request, sent one at a time (and checked), until one is answered about as fast as on the idle server. A single
 * awaited request is not enough: a server may answer it before the ones still queued. Returns the ms it took.
 */
async function drain(base: string, request: HttpRequest, idleMs: number): Promise<number> {
  const t0 = performance.now();
  for (;;) {
    const t = performance.now();
    await fetchChecked(base, request);
    const done = performance.now();
    if (done - t <= DRAIN_FACTOR * idleMs + DRAIN_SLACK_MS || done - t0 > DRAIN_LIMIT_MS) return done - t0;
  }
}

async function runServer(
  name: ServerName,
  kind: DbKind,
  url: string,
  asked: Asked,
  timing: typeof TIMING,
  profileDir: string | undefined,
): Promise<ServerRun> {
  const port = await freePort();
  const { proc, startS } = await startServer(name, url, port, profileDir);
  const base = `http://127.0.0.1:${port}`;
  const label = `${name} on ${kind}`;
  try {
    const answers: ServerRun['answers'] = [];
    const idleMs = new Map<Subject, number>();
    // Every query is checked, and timed on the idle server, before any load.
    for (const subject of SUBJECTS) {
      const request = requestFor(name, kind, subject, asked);
      const { bytes, json } = await fetchChecked(base, request);
      answers.push({ subject, bytes, holds: describeAnswer(name, json, asked) });
      idleMs.set(subject, await idleLatency(base, request));
    }
    const drained = async (request: HttpRequest, subject: Subject, what: string) => {
      const ms = await drain(base, request, idleMs.get(subject) ?? 0);
      if (ms > 1_000) console.error(`${label}, ${subject}, ${what}: drained in ${(ms / 1000).toFixed(1)} s`);
    };
    for (const subject of SUBJECTS) {
      const request = requestFor(name, kind, subject, asked);
      await load(base, request, CONNECTIONS[0] ?? 10, timing.warmupSeconds);
      await drained(request, subject, 'warm-up');
    }
    const cases: CaseResult[] = [];
    for (const subject of SUBJECTS) {
      for (const connections of CONNECTIONS) {
        const request = requestFor(name, kind, subject, asked);
        const result: LoadResult = await load(base, request, connections, timing.seconds);
        await drained(request, subject, `${connections} connections`);
        console.error(
          `${label}, ${subject}, ${connections} connections: ${Math.round(result.rps)} req/s, ` +
            `p50 ${result.p50} ms, p99 ${result.p99} ms${result.errors + result.non2xx > 0 ? ', ERRORS' : ''}`,
        );
        cases.push({ subject, result });
      }
    }
    return { name, kind, startS, peakRssMb: peakRssMb(proc.pid), answers, cases };
  } finally {
    await stopChild(proc);
  }
}

/** PostGraphile 4 from bench/postgraphile's own package.json, installed there when missing (no install scripts run). */
function ensurePostGraphile(): void {
  if (existsSync(join(POSTGRAPHILE_DIR, 'node_modules', 'postgraphile', 'package.json'))) return;
  console.error('installing PostGraphile 4 into bench/postgraphile/node_modules');
  const run = spawnSync(
    'npm',
    ['install', '--prefix', POSTGRAPHILE_DIR, '--ignore-scripts', '--no-audit', '--no-fund'],
    { stdio: 'inherit' },
  );
  if (run.status !== 0) throw new Error('npm install --prefix bench/postgraphile failed');
}

function postgraphileVersion(): string {
  const file = join(POSTGRAPHILE_DIR, 'node_modules', 'postgraphile', 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/**
 * The premise of the PostGraphile province query: every observation of the latest periods belongs to the province's
 * units (and so to the province's sums).
 */
async function checkPostGraphilePremise(url: string, periods: PeriodIds): Promise<{ rows: number; outside: number }> {
  const edition = new UnitDirectory().current();
  const units = [PROVINCE, ...edition.descendants(PROVINCE).map((u) => u.code)];
  return withClient(url, async (c) => {
    const { rows } = await c.query(
      'select count(*)::int as rows, count(*) filter (where not unit = any($2))::int as outside from observations ' +
        'where period = any($1)',
      [Object.values(periods), units],
    );
    const row = rows[0] ?? {};
    return { rows: Number(row.rows), outside: Number(row.outside) };
  });
}

async function main(args: string[]): Promise<void> {
  const write = args.includes('--write');
  const quick = args.includes('--quick');
  if (write && quick) throw new Error('--quick runs too short to record: it cannot be combined with --write');
  const timing = quick ? QUICK_TIMING : TIMING;
  const profileAt = args.indexOf('--profile');
  const profileDir = profileAt >= 0 ? args[profileAt + 1] : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const started = performance.now();
  const loadAtStart = loadavg()[0] ?? 0;
  // The demo's today (the seed's default: yesterday), its last day of data, is the day the dashboards are asked as of.
  const to = demoToday();
  const catalog = loadServedCatalog();
  const asked: Asked = {
    day: to,
    periods: periodIds(latestEndedPeriods(to)),
    frequencyOf: new Map(catalog.indicators.map((i) => [i.code, i.frequency])),
    tokens: {},
  };
  const tmp = mkdtempSync(join(tmpdir(), 'ioc-api-bench-'));
  const database = `ioc_api_bench_${process.pid}`;
  let created = false;
  let cleaning: Promise<void> | undefined;
  const cleanup = () => {
    cleaning ??= (async () => {
      await stopChildren();
      if (created) await dropDatabase(database).catch(() => undefined);
      rmSync(tmp, { recursive: true, force: true });
    })();
    return cleaning;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`${signal}: stopping the servers, removing the benchmark's database and files`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);

  try {
    ensurePostGraphile();
    const postgres = await serverFacts();
    const sqliteUrl = join(tmp, 'ioc.sqlite');
    created = true;
    const pgUrl = await createDatabase(database);
    const urls: Record<DbKind, string> = { sqlite: sqliteUrl, postgresql: pgUrl };
    const base = { rows: 0, to, from: DEMO_FROM, iterations: 0, warmups: 0, copyRuns: 0 };
    // Both databases are seeded at once: the load is not what this benchmark measures.
    const seeds = await Promise.all(KINDS.map((kind) => seedDemo({ ...base, step: 'seed', kind, url: urls[kind] })));
    console.error(
      `seeded: ${seeds.map((s) => `${s.kind} ${s.inserted} rows in ${s.seconds.toFixed(1)} s`).join(', ')}`,
    );
    for (const kind of KINDS) asked.tokens[kind] = await benchToken(urls[kind]);
    const premise = await checkPostGraphilePremise(pgUrl, asked.periods);
    if (premise.outside > 0) {
      const periods = Object.values(asked.periods).join(', ');
      throw new Error(`${premise.outside} observations of ${periods} lie outside the province`);
    }

    const runs: ServerRun[] = [];
    for (const kind of KINDS) {
      runs.push(await runServer('api', kind, urls[kind], asked, timing, profileDir));
      runs.push(await runServer('api-fresh', kind, urls[kind], asked, timing, undefined));
      runs.push(await runServer('sql', kind, urls[kind], asked, timing, undefined));
    }
    runs.push(await runServer('postgraphile', 'postgresql', pgUrl, asked, timing, undefined));

    const cpu = cpus();
    const results: ApiResults = {
      runs,
      seeds,
      asOf: asked.day,
      periods: asked.periods,
      periodRows: premise.rows,
      postgraphileQuery: postgraphileQuery(PROVINCE, PERIOD_LABELS),
      env: {
        date: new Date().toISOString().slice(0, 10),
        node: process.version,
        machine: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
        loadAverage: [loadAtStart, loadavg()[0] ?? 0],
        elapsedS: (performance.now() - started) / 1000,
        postgres,
        postgraphile: postgraphileVersion(),
        indicators: catalog.indicators.length,
        inputIndicators: inputIndicators(catalog).length,
        to,
        seconds: timing.seconds,
        warmupSeconds: timing.warmupSeconds,
        command: quick ? QUICK_COMMAND : COMMAND,
      },
    };
    const body = apiReport(results);
    console.log(`${SECTION_TITLE}\n\n${body}`);
    if (write) {
      writeResultsSection(SECTION_TITLE, body);
      console.error(`wrote ${RESULTS_PATH}`);
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
