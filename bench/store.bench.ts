// The store-and-compute benchmark: import, COPY, seed, rebuild and freshness on SQLite and PostgreSQL in one run, each
// step in a child process of its own. `node --import tsx bench/store.bench.ts [--write | --smoke]`; bench/README.md.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_FROM } from '../api/src/seed/demoData';
import { createDatabase, dropDatabase, serverFacts } from './pgCopy';
import { RESULTS_PATH, writeResultsSection } from './resultsFile';
import { latestCompleteMonth } from './storeData';
import { type StoreResults, storeReport } from './storeReport';
import {
  type CopyResult,
  type CsvResult,
  type DbKind,
  type FreshResult,
  type ImportResult,
  type RebuildResult,
  runStep,
  type SeedResult,
  type StepInput,
  type StepName,
} from './storeSteps';

const SECTION_TITLE = '## Store and compute';
const COMMAND = 'node --import tsx bench/store.bench.ts --write';
const KINDS: DbKind[] = ['sqlite', 'postgresql'];

/** Sizes of a real run, and of a smoke run (a minute or so) that checks the benchmark itself; --write needs the first. */
const FULL = { rows: 1_000_000, from: DEMO_FROM, iterations: 200, warmups: 10, copyRuns: 3 };
const SMOKE = { rows: 20_000, iterations: 20, warmups: 3, copyRuns: 1 };
const SMOKE_DAYS = 120;

const isoDay = (msSinceEpoch: number) => new Date(msSinceEpoch).toISOString().slice(0, 10);

/** The child side: one step, its result as JSON on stdout (progress and errors go to stderr). */
async function child(json: string): Promise<void> {
  const result = await runStep(JSON.parse(json) as StepInput);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** The step running now, stopped first on Ctrl-C so that it releases its database before that is dropped. */
let running: ChildProcess | undefined;

function runChild<T>(input: StepInput): Promise<T> {
  const label = `${input.step}${input.kind ? ` ${input.kind}` : ''}`;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const args = [...process.execArgv, import.meta.filename, '--step', JSON.stringify(input)];
    const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    running = proc;
    let out = '';
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      running = undefined;
      if (code !== 0) {
        const why = signal ? `was stopped by ${signal}` : `failed (exit code ${code}); its error is above`;
        reject(new Error(`step ${label} ${why}`));
        return;
      }
      const seconds = (performance.now() - started) / 1000;
      console.error(`${label}: done in ${seconds.toFixed(1)} s (child process, start-up included)`);
      resolve(JSON.parse(out.trim().split('\n').at(-1) ?? 'null') as T);
    });
  });
}

function sqliteVersion(): string {
  // better-sqlite3 is a dependency of api: resolve it from there.
  const require = createRequire(new URL('../api/package.json', import.meta.url));
  const Sqlite = require('better-sqlite3') as new (
    file: string,
  ) => {
    prepare(sql: string): { get(): { v: string } };
    close(): void;
  };
  const db = new Sqlite(':memory:');
  try {
    return db.prepare('select sqlite_version() as v').get().v;
  } finally {
    db.close();
  }
}

async function main(args: string[]): Promise<void> {
  const write = args.includes('--write');
  const smoke = args.includes('--smoke');
  if (write && smoke) throw new Error('--smoke runs are not recorded: drop --write');
  const started = performance.now();
  const loadAtStart = loadavg()[0] ?? 0;
  // The demo's today, as `npm run seed` takes it: yesterday, so the current month is never partly seeded.
  const to = isoDay(Date.now() - 86_400_000);
  const sizes = smoke ? { ...SMOKE, from: isoDay(Date.now() - SMOKE_DAYS * 86_400_000) } : FULL;
  const tmp = mkdtempSync(join(tmpdir(), 'ioc-store-bench-'));
  const csv = join(tmp, 'observations.csv');
  const base = { ...sizes, to, csv };
  const tag = `ioc_store_bench_${process.pid}`;
  const created = new Set<string>();
  let cleaning: Promise<void> | undefined;
  /** Drops what is left of the benchmark's databases and files, once; also on Ctrl-C, where `finally` may not run. */
  const cleanup = () => {
    cleaning ??= (async () => {
      for (const name of created) await dropDatabase(name).catch(() => undefined);
      rmSync(tmp, { recursive: true, force: true });
    })();
    return cleaning;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`${signal}: removing the benchmark's databases and files`);
    const step = running;
    const stopped = step && step.exitCode === null ? once(step, 'close') : Promise.resolve();
    step?.kill('SIGTERM');
    void stopped.then(cleanup).finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  /** A new database for a step: a PostgreSQL database, or a SQLite file in a folder of its own (with its WAL). */
  const fresh = async (kind: DbKind, name: string): Promise<string> => {
    if (kind === 'sqlite') {
      mkdirSync(join(tmp, name));
      return join(tmp, name, 'ioc.sqlite');
    }
    created.add(`${tag}_${name}`);
    return createDatabase(`${tag}_${name}`);
  };
  const drop = async (kind: DbKind, name: string): Promise<void> => {
    if (kind === 'sqlite') rmSync(join(tmp, name), { recursive: true, force: true });
    else {
      await dropDatabase(`${tag}_${name}`);
      created.delete(`${tag}_${name}`);
    }
  };
  const step = <T>(step: StepName, extra: Partial<StepInput> = {}) => runChild<T>({ ...base, step, ...extra });

  try {
    const postgres = await serverFacts();
    const csvResult = await step<CsvResult>('csv');

    const imports: ImportResult[] = [];
    for (const kind of KINDS) {
      const url = await fresh(kind, 'import');
      imports.push(await step<ImportResult>('import', { kind, url }));
      await drop(kind, 'import');
    }
    const copyUrl = await fresh('postgresql', 'copy');
    const copy = await step<CopyResult>('copy', { kind: 'postgresql', url: copyUrl });
    await drop('postgresql', 'copy');
    rmSync(csv, { force: true });

    const seeds: SeedResult[] = [];
    const rebuilds: RebuildResult[] = [];
    const freshness: FreshResult[] = [];
    const seeded = new Map<DbKind, string>();
    for (const kind of KINDS) {
      const url = await fresh(kind, 'seed');
      seeded.set(kind, url);
      seeds.push(await step<SeedResult>('seed', { kind, url }));
    }
    for (const kind of KINDS) {
      rebuilds.push(
        await step<RebuildResult>('rebuild', { kind, url: seeded.get(kind), computeAll: kind === 'sqlite' }),
      );
    }
    for (const kind of KINDS) {
      freshness.push(await step<FreshResult>('fresh', { kind, url: seeded.get(kind) }));
      await drop(kind, 'seed');
    }

    const cpu = cpus();
    const results: StoreResults = {
      csv: csvResult,
      imports,
      copy,
      seeds,
      rebuilds,
      fresh: freshness,
      env: {
        date: new Date().toISOString().slice(0, 10),
        node: process.version,
        machine: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
        loadAverage: [loadAtStart, loadavg()[0] ?? 0],
        elapsedS: (performance.now() - started) / 1000,
        postgres,
        sqlite: sqliteVersion(),
        to,
        from: sizes.from,
        month: latestCompleteMonth(to).id,
        command: smoke ? 'node --import tsx bench/store.bench.ts --smoke' : COMMAND,
      },
    };
    const body = storeReport(results);
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

const at = process.argv.indexOf('--step');
try {
  if (at >= 0) await child(process.argv[at + 1] ?? '');
  else await main(process.argv.slice(2));
} catch (e) {
  console.error(`error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exitCode = 1;
}
