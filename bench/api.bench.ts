// The GraphQL API benchmark: the dashboard query against our API on SQLite and PostgreSQL, a SQL-over-HTTP baseline
// and PostGraphile 4, under autocannon. `node --import tsx bench/api.bench.ts [--write] [--profile DIR]`.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_FROM } from '../api/src/seed/demoData';
import { loadServedCatalog } from '../api/src/servedCatalog';
import { UnitDirectory } from '../api/src/units/unitDirectory';
import { fetchChecked, type LoadResult, load } from './apiLoad';
import {
  apiRequest,
  type HttpRequest,
  KEY_INDICATORS,
  monthlyIndicators,
  PROVINCE,
  postgraphileQuery,
  postgraphileRequest,
  SUBJECTS,
  type Subject,
  sqlRequest,
  subjectCode,
} from './apiQueries';
import { type ApiResults, apiReport, type CaseResult, type ServerName, type ServerRun } from './apiReport';
import { createDatabase, dropDatabase, serverFacts, withClient } from './pgCopy';
import { RESULTS_PATH, writeResultsSection } from './resultsFile';
import { latestCompleteMonth } from './storeData';
import { type DbKind, runStep, type SeedResult, type StepInput } from './storeSteps';

const ROOT = join(import.meta.dirname, '..');
const POSTGRAPHILE_DIR = join(import.meta.dirname, 'postgraphile');
const SECTION_TITLE = '## GraphQL API';
const COMMAND = 'node --import tsx bench/api.bench.ts --write';
const KINDS: DbKind[] = ['sqlite', 'postgresql'];
const CONNECTIONS = [10, 50];
/** Seconds of each measured case, and of the untimed warm-up of each query on a newly started server. */
const SECONDS = 10;
const WARMUP_SECONDS = 3;
const START_TIMEOUT_MS = 180_000;

const isoDay = (msSinceEpoch: number) => new Date(msSinceEpoch).toISOString().slice(0, 10);

/** The child side of seeding: storeSteps' seed step (bulkLoadObservations fed by generateDemoObservations). */
async function seedChild(json: string): Promise<void> {
  const result = await runStep(JSON.parse(json) as StepInput);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Every child process still running, stopped first on exit or Ctrl-C. */
const children = new Set<ChildProcess>();

function track(proc: ChildProcess): ChildProcess {
  children.add(proc);
  proc.on('close', () => children.delete(proc));
  return proc;
}

async function stopChild(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const closed = once(proc, 'close');
  proc.kill('SIGTERM');
  const timer = setTimeout(() => proc.kill('SIGKILL'), 15_000);
  await closed;
  clearTimeout(timer);
}

function seed(input: StepInput): Promise<SeedResult> {
  return new Promise((resolve, reject) => {
    const args = [...process.execArgv, import.meta.filename, '--seed', JSON.stringify(input)];
    const proc = track(spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] }));
    let out = '';
    proc.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      if (code !== 0) reject(new Error(`seeding ${input.kind} ${signal ? `was stopped by ${signal}` : 'failed'}`));
      else resolve(JSON.parse(out.trim().split('\n').at(-1) ?? 'null') as SeedResult);
    });
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

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
  if (name === 'api') {
    Object.assign(env, { DATABASE_URL: url, API_PORT: String(port), NODE_ENV: 'production' });
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

/** Peak RSS of a running process in MB (Linux), or null. */
function peakRssMb(pid: number | undefined): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** What a checked answer holds: top-level values and children for our API and the baseline, rows for PostGraphile. */
function describeAnswer(name: ServerName, json: unknown): string {
  if (name === 'postgraphile') {
    const nodes = (json as { data: { allObservations: { nodes: unknown[] } } }).data.allObservations.nodes;
    return `${nodes.length} rows`;
  }
  const unit = (name === 'api' ? (json as { data: { unit: unknown } }).data.unit : json) as {
    values: unknown[];
    children: { values: unknown[] }[];
  };
  const childValues = unit.children.reduce((n, c) => n + c.values.length, 0);
  if (unit.children.length === 0) return `${unit.values.length} values, no children`;
  return `${unit.values.length} values, ${unit.children.length} children × ${KEY_INDICATORS.length} (${childValues} values)`;
}

function requestFor(name: ServerName, subject: Subject, month: string): HttpRequest {
  const code = subjectCode(subject);
  if (name === 'api') return apiRequest(code, month);
  if (name === 'sql') return sqlRequest(code, month);
  return postgraphileRequest(code, month);
}

async function runServer(
  name: ServerName,
  kind: DbKind,
  url: string,
  month: string,
  profileDir: string | undefined,
): Promise<ServerRun> {
  const port = await freePort();
  const { proc, startS } = await startServer(name, url, port, profileDir);
  const base = `http://127.0.0.1:${port}`;
  const label = `${name} on ${kind}`;
  try {
    const answers: ServerRun['answers'] = [];
    for (const subject of SUBJECTS) {
      const request = requestFor(name, subject, month);
      const { bytes, json } = await fetchChecked(base, request);
      answers.push({ subject, bytes, holds: describeAnswer(name, json) });
      await load(base, request, CONNECTIONS[0] ?? 10, WARMUP_SECONDS);
    }
    const cases: CaseResult[] = [];
    for (const subject of SUBJECTS) {
      for (const connections of CONNECTIONS) {
        const result: LoadResult = await load(base, requestFor(name, subject, month), connections, SECONDS);
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

/** The premise of the PostGraphile province query: every observation of the month belongs to the province's units. */
async function checkPostGraphilePremise(url: string, month: string): Promise<{ rows: number; outside: number }> {
  const edition = new UnitDirectory().current();
  const units = [PROVINCE, ...edition.descendants(PROVINCE).map((u) => u.code)];
  return withClient(url, async (c) => {
    const { rows } = await c.query(
      'select count(*)::int as rows, count(*) filter (where not unit = any($2))::int as outside from observations ' +
        'where period = $1',
      [month, units],
    );
    const row = rows[0] ?? {};
    return { rows: Number(row.rows), outside: Number(row.outside) };
  });
}

async function main(args: string[]): Promise<void> {
  const write = args.includes('--write');
  const profileAt = args.indexOf('--profile');
  const profileDir = profileAt >= 0 ? args[profileAt + 1] : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const started = performance.now();
  const loadAtStart = loadavg()[0] ?? 0;
  const to = isoDay(Date.now() - 86_400_000);
  const month = latestCompleteMonth(to).id;
  const tmp = mkdtempSync(join(tmpdir(), 'ioc-api-bench-'));
  const database = `ioc_api_bench_${process.pid}`;
  let created = false;
  let cleaning: Promise<void> | undefined;
  const cleanup = () => {
    cleaning ??= (async () => {
      await Promise.all([...children].map(stopChild));
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
    const seeds = await Promise.all(KINDS.map((kind) => seed({ ...base, step: 'seed', kind, url: urls[kind] })));
    console.error(
      `seeded: ${seeds.map((s) => `${s.kind} ${s.inserted} rows in ${s.seconds.toFixed(1)} s`).join(', ')}`,
    );
    const premise = await checkPostGraphilePremise(pgUrl, month);
    if (premise.outside > 0) throw new Error(`${premise.outside} observations of ${month} lie outside the province`);

    const runs: ServerRun[] = [];
    for (const kind of KINDS) {
      runs.push(await runServer('api', kind, urls[kind], month, profileDir));
      runs.push(await runServer('sql', kind, urls[kind], month, undefined));
    }
    runs.push(await runServer('postgraphile', 'postgresql', pgUrl, month, undefined));

    const cpu = cpus();
    const catalog = loadServedCatalog();
    const results: ApiResults = {
      runs,
      seeds,
      month,
      monthRows: premise.rows,
      postgraphileQuery: postgraphileQuery(PROVINCE, month),
      env: {
        date: new Date().toISOString().slice(0, 10),
        node: process.version,
        machine: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
        loadAverage: [loadAtStart, loadavg()[0] ?? 0],
        elapsedS: (performance.now() - started) / 1000,
        postgres,
        postgraphile: postgraphileVersion(),
        indicators: catalog.indicators.length,
        monthlyIndicators: monthlyIndicators(catalog).length,
        to,
        seconds: SECONDS,
        warmupSeconds: WARMUP_SECONDS,
        command: COMMAND,
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

const at = process.argv.indexOf('--seed');
try {
  if (at >= 0) await seedChild(process.argv[at + 1] ?? '');
  else await main(process.argv.slice(2));
} catch (e) {
  console.error(`error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exitCode = 1;
}
