// The markdown of the store-and-compute section of bench/RESULTS.md, from the results of the benchmark's steps.
import type {
  CopyResult,
  CsvResult,
  DbKind,
  FreshResult,
  FreshSample,
  ImportResult,
  Memory,
  RebuildResult,
  SeedResult,
} from './storeSteps';

export const TARGET_IMPORT_ROWS_PER_S = 50_000;
export const TARGET_FRESH_P99_MS = 20;

export interface StoreResults {
  csv: CsvResult;
  imports: ImportResult[];
  copy: CopyResult | null;
  seeds: SeedResult[];
  rebuilds: RebuildResult[];
  fresh: FreshResult[];
  env: {
    date: string;
    node: string;
    machine: string;
    /** One-minute load average at the start and at the end of the run. */
    loadAverage: [number, number];
    elapsedS: number;
    postgres: { version: string; sharedBuffers: string; syncCommit: string };
    sqlite: string;
    to: string;
    from: string;
    month: string;
    command: string;
  };
}

const NAME: Record<DbKind, string> = { sqlite: 'SQLite', postgresql: 'PostgreSQL' };
const count = (n: number) => Math.round(n).toLocaleString('en-US');
const fixed = (x: number, digits: number) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const s = (x: number) => `${fixed(x, x < 10 ? 2 : 1)} s`;
const ms = (x: number) => fixed(x, x < 10 ? 2 : 1);
/** Rows per second, to three significant figures. */
const rate = (rows: number, sec: number) => {
  const r = rows / sec;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(r)) - 2);
  return `${count(Math.round(r / magnitude) * magnitude)}/s`;
};
const timed = (rows: number, sec: number) => `${s(sec)} (${rate(rows, sec)})`;
const median = (xs: readonly number[]) => {
  const v = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 === 1 ? (v[mid] as number) : ((v[mid - 1] as number) + (v[mid] as number)) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs: readonly number[], p: number) => {
  const v = [...xs].sort((a, b) => a - b);
  return v[Math.max(0, Math.ceil((p / 100) * v.length) - 1)] as number;
};
const table = (header: string[], align: string[], rows: string[][]) =>
  [header, align, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
const verdict = (ok: boolean, by: number) => (ok ? `met, ${fixed(by, 1)}× margin` : '**missed**');

function importSection(r: StoreResults): string[] {
  const { csv } = r;
  const freq = Object.entries(csv.byFrequency)
    .map(([f, n]) => `${f} ${count(n)}`)
    .join(', ');
  const rows = r.imports.map((x) => {
    const total = x.importS + x.liveOpenS + x.dashboard.ms / 1000;
    return [
      NAME[x.kind],
      timed(x.rows, x.readS),
      timed(x.rows, x.validateS),
      timed(x.rows, x.writeS),
      `${fixed(x.stagingS, 1)} / ${fixed(x.statementsS, 1)} / ${fixed(x.commitS, 2)}`,
      `**${timed(x.rows, x.importS)}**`,
      timed(x.rows, x.liveOpenS),
      `${ms(x.dashboard.ms)} ms (${x.dashboard.present} with data)`,
      `**${timed(x.rows, total)}**`,
    ];
  });
  const lines = [
    `### 1. Importing ${count(csv.rows)} observations from CSV, then recomputing`,
    '',
    `The file: the first ${count(csv.rows)} rows of \`generateDemoObservations\` (shipped catalog, both editions, ` +
      `${r.env.from} to ${r.env.to}) that an import may write, leaving out the ${csv.skipped.length} national-feed ` +
      `indicators, which \`importFile\` refuses (${csv.skipped.join(', ')}): ${csv.indicators} indicators; rows by ` +
      `frequency: ${freq}; ${fixed(csv.bytes / 2 ** 20, 1)} MiB, written through a write stream in ` +
      `${timed(csv.rows, csv.seconds)}. Each database is new (created and migrated before the clock starts). ` +
      'One run per database. Phases of `importFile` are told apart by its progress events: read + parse ends at ' +
      "its 'check' event, validate when it asks the database for an EntityManager, write when it returns (staging " +
      "rows into the temp table up to bulkLoadObservations' 'writing' event, then its set-based statements, then " +
      'the commit). Dashboard: the first computation in the process (cold) of indicatorValue for all 283 ' +
      'indicators for the province (68) at ' +
      `${r.env.month}, or at the latest complete quarter or year for indicators collected less often, on the fresh ` +
      'engine of LiveData.open. Total including recompute = importFile + LiveData.open + dashboard.',
    '',
    table(
      [
        'database',
        'read + parse',
        'validate',
        'write',
        'write: staging / statements / commit (s)',
        'importFile',
        'LiveData.open',
        'dashboard, cold (283 values)',
        'total incl. recompute',
      ],
      ['---', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '--:'],
      rows,
    ),
  ];
  if (r.copy) {
    const c = r.copy;
    const pg = r.imports.find((x) => x.kind === 'postgresql');
    const copyRow = (how: string, runs: number[]) => {
      const m = median(runs);
      const ratios = pg ? [`${fixed(pg.importS / m, 1)}×`, `${fixed(pg.writeS / m, 1)}×`] : ['', ''];
      return [how, String(runs.length), `${s(m)} (${s(Math.min(...runs))})`, rate(c.rows, m), ...ratios];
    };
    lines.push(
      '',
      'The limit: PostgreSQL `COPY plain (indicator, unit, period, value) FROM STDIN (FORMAT csv, HEADER)` of the same ' +
        'file into a new plain table of the same four columns and types (no key, no index, no history, no change ' +
        'log), **median (min)** of the runs. `pg-copy-streams` is not installed, so the first row drives COPY over ' +
        "the `pg` client's raw protocol (bench/pgCopy.ts: a query object that streams the file as CopyData " +
        'messages; bulkLoadObservations itself stages rows with `unnest` array parameters, not COPY); the second ' +
        "runs `psql -c '\\copy ...'` as a child process (including its start).",
      '',
      table(
        ['COPY into a plain table', 'runs', 'time', 'rows/s', 'PG importFile / COPY', 'PG import write phase / COPY'],
        ['---', '--:', '--:', '--:', '--:', '--:'],
        [copyRow('pg client, raw COPY protocol', c.pgS), ...(c.psqlS ? [copyRow('psql \\copy', c.psqlS)] : [])],
      ),
    );
  }
  const digests = new Set(r.imports.map((x) => x.dashboard.digest));
  const sqlite = r.imports.find((x) => x.kind === 'sqlite');
  lines.push('');
  if (sqlite) {
    const total = sqlite.importS + sqlite.liveOpenS + sqlite.dashboard.ms / 1000;
    const perS = sqlite.rows / total;
    lines.push(
      `- Target: at least ${count(TARGET_IMPORT_ROWS_PER_S)} rows/s on SQLite including recompute: ` +
        `${verdict(perS >= TARGET_IMPORT_ROWS_PER_S, perS / TARGET_IMPORT_ROWS_PER_S)} (${rate(sqlite.rows, total)}).`,
    );
  }
  for (const x of r.imports) {
    const total = x.importS + x.liveOpenS + x.dashboard.ms / 1000;
    const share = (v: number) => `${Math.round((100 * v) / total)}%`;
    lines.push(
      `- ${NAME[x.kind]}: where the ${s(total)} go: read + parse ${share(x.readS)}, validate ${share(x.validateS)}, ` +
        `write ${share(x.writeS)}, LiveData.open ${share(x.liveOpenS)}, dashboard ` +
        `${share(x.dashboard.ms / 1000)}. Creating and migrating the new database (not counted): ${s(x.openS)}.`,
    );
  }
  if (r.imports.length > 1) {
    lines.push(
      digests.size === 1
        ? '- The dashboard computed on both databases is identical (same SHA-256 over every value and status).'
        : '- **The dashboards computed on the two databases differ** (SHA-256 over every value and status).',
    );
  }
  return lines;
}

function rebuildSection(r: StoreResults): string[] {
  const rows = r.seeds.map((seed) => {
    const rebuild = r.rebuilds.find((x) => x.kind === seed.kind);
    const c = rebuild?.compute;
    return [
      NAME[seed.kind],
      count(seed.rows),
      `**${timed(seed.rows, seed.seconds)}**`,
      `${fixed(seed.generateS, 1)} / ${fixed(seed.stagingS - seed.generateS, 1)} / ${fixed(seed.statementsS, 1)} / ` +
        fixed(seed.commitS, 2),
      rebuild ? timed(rebuild.observations, rebuild.liveOpenS) : '—',
      c ? `**${s(c.seconds)}**` : 'not run',
      c ? count(c.values) : '—',
      c ? fixed((c.seconds * 1e6) / c.values, 2) : '—',
      c && rebuild ? `**${s(rebuild.liveOpenS + c.seconds)}**` : '—',
    ];
  });
  const computed = r.rebuilds.find((x) => x.compute);
  const lines = [
    '### 2. Full rebuild of the demo data',
    '',
    `Seeding: \`bulkLoadObservations\` fed straight from \`generateDemoObservations\` (the logic of \`npm run seed\`: ` +
      `every input indicator, ${r.env.from} to ${r.env.to}, daily indicators over the last 365 days) into a new ` +
      'database; its time is split into the generator (timed around each row it yields), staging the rows, the ' +
      'set-based statements and the commit. Rebuild: `LiveData.open` (stream every observation into the engine ' +
      "index) then `computeAll({ engine })` (`npm run rebuild`'s work: every indicator, unit at or above its " +
      'collection level and period over the span its data cover), once per database; computeAll runs in memory ' +
      'on the same engine whatever the store, so on PostgreSQL only the load is timed.',
    '',
    table(
      [
        'database',
        'observations',
        'seed',
        'seed: generator / staging / statements / commit (s)',
        'LiveData.open',
        'computeAll',
        'values',
        'µs / value',
        'rebuild (open + computeAll)',
      ],
      ['---', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '--:'],
      rows,
    ),
  ];
  if (computed?.compute) {
    const c = computed.compute;
    lines.push(
      '',
      `- computeAll on ${NAME[computed.kind]}: ${count(c.values)} values, ${count(c.present)} of them with data ` +
        `(${Math.round((100 * c.present) / c.values)}%); digest \`${c.digest.slice(0, 16)}…\`.`,
    );
  }
  return lines;
}

function freshSection(r: StoreResults): string[] {
  const f0 = r.fresh[0];
  if (!f0) return [];
  const pick = (xs: FreshSample[], k: keyof FreshSample) => xs.map((x) => x[k]);
  const rows = r.fresh.map((f) => {
    const total = pick(f.samples, 'totalMs');
    const rec = pick(f.samples, 'recordMs');
    const comp = pick(f.samples, 'recomputeMs');
    return [
      NAME[f.kind],
      String(f.samples.length),
      ms(percentile(total, 50)),
      ms(percentile(total, 95)),
      `**${ms(percentile(total, 99))}**`,
      ms(Math.max(...total)),
      `${ms(percentile(rec, 50))} / ${ms(percentile(rec, 99))}`,
      `${ms(percentile(comp, 50))} / ${ms(percentile(comp, 99))}`,
      ms(f.first.totalMs),
    ];
  });
  const lines = [
    '### 3. Freshness of one recorded value',
    '',
    `On the seeded database of step 2, after LiveData.open: \`LiveData.recordValues\` of one ${f0.indicator} ` +
      `observation (monthly, per commune) for a commune of the current edition at ${f0.month}, then ` +
      `\`indicatorValue\` of every value it feeds: ${f0.indicator} and its dependents, transitively ` +
      `(${f0.dependents.join(', ')}), for the commune and the province, at the month, its quarter and its year ` +
      `(${f0.valuesPerIteration} values, those whose frequency the period allows). Each iteration changes the ` +
      `stored value (80-120% of it) of another of the ${f0.communes} communes and checks that the engine then ` +
      `reads the new value at the commune and the province. ${f0.warmups} untimed warm-up iterations come first ` +
      '(the first of them, the cold first call of the process, is shown apart), then the timed ones. ' +
      'Milliseconds, nearest-rank percentiles; each iteration is timed as a whole and by part.',
    '',
    table(
      [
        'database',
        'iterations',
        'p50',
        'p95',
        'p99',
        'max',
        'recordValues p50 / p99',
        'recompute p50 / p99',
        'first (cold)',
      ],
      ['---', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '--:'],
      rows,
    ),
    '',
  ];
  for (const f of r.fresh) {
    const p99 = percentile(pick(f.samples, 'totalMs'), 99);
    lines.push(
      `- Target p99 ≤ ${TARGET_FRESH_P99_MS} ms on ${NAME[f.kind]}: ` +
        `${verdict(p99 <= TARGET_FRESH_P99_MS, TARGET_FRESH_P99_MS / p99)} (${ms(p99)} ms).`,
    );
  }
  return lines;
}

function memorySection(r: StoreResults): string[] {
  type Row = [string, Partial<Record<DbKind, Memory>>];
  const by = <T extends { kind: DbKind; memory: Memory }>(xs: T[]) =>
    Object.fromEntries(xs.map((x) => [x.kind, x.memory])) as Partial<Record<DbKind, Memory>>;
  const rows: Row[] = [
    [`write the CSV (${count(r.csv.rows)} rows)`, { sqlite: r.csv.memory }],
    [`importFile + LiveData.open + dashboard`, by(r.imports)],
    ...(r.copy ? ([['COPY into a plain table', { postgresql: r.copy.memory }]] as Row[]) : []),
    [`seed (${count(r.seeds[0]?.rows ?? 0)} rows)`, by(r.seeds)],
    ['LiveData.open (+ computeAll on SQLite)', by(r.rebuilds)],
    ['LiveData.open + freshness iterations', by(r.fresh)],
  ];
  const cell = (m: Memory | undefined) => (m ? count(m.peakMb) : '—');
  const baselines = [r.csv, ...r.imports, ...r.seeds, ...r.rebuilds, ...r.fresh].map((x) => x.memory.baselineMb);
  return [
    '### 4. Peak memory per step',
    '',
    "Each step ran in its own child process; the figure is that process's peak RSS " +
      '(`process.resourceUsage().maxRSS`), in MB. A child that has loaded its modules, the catalog and the units ' +
      `holds ${count(Math.min(...baselines))}-${count(Math.max(...baselines))} MB before its work starts. ` +
      'The CSV step runs no database (shown in the SQLite column).',
    '',
    table(
      ['step', 'SQLite', 'PostgreSQL'],
      ['---', '--:', '--:'],
      rows.map(([label, m]) => [label, cell(m.sqlite), cell(m.postgresql)]),
    ),
  ];
}

export function storeReport(r: StoreResults): string {
  const e = r.env;
  return [
    `Command: \`${e.command}\` (bench/store.bench.ts; steps in bench/storeSteps.ts).`,
    '',
    `Measured ${e.date} on Node ${e.node}, ${e.machine}, load average ${fixed(e.loadAverage[0], 1)} at the start ` +
      `and ${fixed(e.loadAverage[1], 1)} at the end; the ` +
      `whole run took ${count(e.elapsedS)} s. SQLite ${e.sqlite} (better-sqlite3, a new file on the local disk, WAL, ` +
      `synchronous=NORMAL); PostgreSQL ${e.postgres.version} on the same machine and disk (shared_buffers ` +
      `${e.postgres.sharedBuffers}, synchronous_commit ${e.postgres.syncCommit}), a new database per step. The demo's ` +
      `today is ${e.to} (the seed's default, yesterday); the latest complete month is ${e.month}. Every step ran in ` +
      'its own child process, one database after the other; the machine is shared and noisy, so compare the two ' +
      'databases and the phases within this run rather than figures across runs.',
    '',
    ...importSection(r),
    '',
    ...rebuildSection(r),
    '',
    ...freshSection(r),
    '',
    ...memorySection(r),
  ].join('\n');
}
