// The markdown of the GraphQL API section of bench/RESULTS.md, from the runs of bench/api.bench.ts.
import { FREQUENCIES } from '@ioc/schema/period';
import type { LoadResult } from './apiLoad';
import { apiQuery, COMMUNE, PERIOD_LABELS, type PeriodIds, PROVINCE, type Subject, sqlRequest } from './apiQueries';
import type { DbKind, SeedResult } from './storeSteps';

/** api-fresh: our API started with GRAPHQL_RESULT_REUSE=off, so every request runs the compiled query. */
export type ServerName = 'api' | 'api-fresh' | 'sql' | 'postgraphile';

export const TARGET_PROVINCE_RPS = 1_000;
export const TARGET_SHARE_OF_SQL = 0.6;

export interface CaseResult {
  subject: Subject;
  result: LoadResult;
}

export interface ServerRun {
  name: ServerName;
  kind: DbKind;
  /** From spawn to the ready line (our API: catalog, LiveData.open of every observation, schema). */
  startS: number;
  peakRssMb: number | null;
  /** The checked answer to each query before the load: its size and what it holds. */
  answers: { subject: Subject; bytes: number; holds: string }[];
  cases: CaseResult[];
}

export interface ApiResults {
  runs: ServerRun[];
  seeds: SeedResult[];
  /** D: the day the dashboards are asked as of (the demo's today). */
  asOf: string;
  /** Each frequency's latest period ended by D. */
  periods: PeriodIds;
  /** Observations stored at those periods (what PostGraphile's province query returns). */
  periodRows: number;
  /** PostGraphile's province query, with the periods written as PERIOD_LABELS. */
  postgraphileQuery: string;
  env: {
    date: string;
    node: string;
    machine: string;
    loadAverage: [number, number];
    elapsedS: number;
    postgres: { version: string; sharedBuffers: string; syncCommit: string };
    postgraphile: string;
    indicators: number;
    /** Those collected (not derived): the only ones with stored observations, what the SQL baseline sums. */
    inputIndicators: number;
    to: string;
    seconds: number;
    warmupSeconds: number;
    command: string;
  };
}

const DB: Record<DbKind, string> = { sqlite: 'SQLite', postgresql: 'PostgreSQL' };
const SERVER: Record<ServerName, string> = {
  api: 'our API',
  'api-fresh': 'our API, results not reused',
  sql: 'SQL baseline',
  postgraphile: 'PostGraphile',
};
const count = (n: number) => Math.round(n).toLocaleString('en-US');
const fixed = (x: number, digits: number) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (x: number) => (x < 10 ? fixed(x, 1) : count(x));
const kib = (bytes: number) => `${fixed(bytes / 1024, 1)} KiB`;
const ratio = (x: number) => `${fixed(x, 2)}×`;
const table = (header: string[], align: string[], rows: string[][]) =>
  [header, align, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');

function find(r: ApiResults, name: ServerName, kind: DbKind, subject: Subject, connections: number) {
  const run = r.runs.find((x) => x.name === name && x.kind === kind);
  return run?.cases.find((c) => c.subject === subject && c.result.connections === connections)?.result;
}

export function apiReport(r: ApiResults): string {
  const { env } = r;
  const connections = [...new Set(r.runs.flatMap((x) => x.cases.map((c) => c.result.connections)))];
  const out: string[] = [];
  out.push(
    `Command: \`${env.command}\` (bench/api.bench.ts; queries in bench/apiQueries.ts, load in bench/apiLoad.ts).`,
  );
  out.push('');
  const seeds = r.seeds.map((s) => `${DB[s.kind]} ${s.seconds.toFixed(0)} s`).join(', ');
  out.push(
    `Measured ${env.date} on Node ${env.node}, ${env.machine}, load average ${fixed(env.loadAverage[0], 1)} at the start ` +
      `and ${fixed(env.loadAverage[1], 1)} at the end; the whole run took ${count(env.elapsedS)} s. PostgreSQL ` +
      `${env.postgres.version} and SQLite on the same machine; PostGraphile ${env.postgraphile}. The data: the full demo ` +
      `(${count(r.seeds[0]?.inserted ?? 0)} observations, 2024-01-01 to ${env.to}) seeded into a new SQLite file and a ` +
      `new PostgreSQL database with \`bulkLoadObservations\` + \`generateDemoObservations\` (both at once: ${seeds}). ` +
      `Each server runs alone in its own child process, one after the other; autocannon (programmatic, HTTP/1.1 ` +
      `keep-alive, no pipelining) runs in the benchmark's process on the same 2 cores, so it competes with the server ` +
      `(and, on PostgreSQL, with the database). Each query is first checked once (HTTP 200, no errors) and warmed up for ` +
      `${env.warmupSeconds} s at ${connections[0]} connections; each case then runs ${env.seconds} s. Before any load each ` +
      'query is timed on the idle server (the fastest of 3 requests sent one at a time); after each warm-up and case ' +
      'the same request is sent one at a time (and checked) until one is answered within twice that time plus 10 ms, ' +
      'so that the requests still in flight when the load stops are served before the next case starts. req/s is ' +
      'completed ' +
      'requests over the run; the median of the one-second samples follows in brackets; latencies are in ms. Compare ' +
      'ratios within one run: the machines are shared and noisy.',
  );
  out.push('');
  const periods = FREQUENCIES.map((f) => `${f} ${PERIOD_LABELS[f]} = ${r.periods[f]}`).join(', ');
  out.push(
    `The queries, as of D = ${r.asOf} (the demo's today, its last day of data), with each frequency's latest period ` +
      `ended by D: ${periods}.`,
  );
  out.push('');
  out.push(
    `- **our API** (\`node --import tsx api/src/main.ts\`, NODE_ENV=production): \`${apiQuery(PROVINCE, 'D')}\`, and ` +
      `the same for commune ${COMMUNE} (no children). \`latestValues(asOf: D)\` returns all ${env.indicators} catalog ` +
      'indicators, each at its own latest period ended by D, or at the period before when that one has no value yet ' +
      '(the payload table says how many), each computed with its formula and crosswalk, with its target and status; ' +
      "`statusCounts(asOf: D)` counts each child's latest values by status (leaving out the indicators not collected at " +
      "the child's level). The API memoises values and these sets until a write, and keeps each query's result and its " +
      'JSON until the data change or the day turns (api/src/http/jitExecutor.ts), so after the first request every ' +
      "request is answered from memory through Apollo's parsing, validation and protection plugins, where the SQL " +
      'baseline and PostGraphile query the database every time; a request reads the change log at most every 200 ms.',
  );
  out.push('');
  out.push(
    '- **our API, results not reused**: the same server started with `GRAPHQL_RESULT_REUSE=off`: every request runs ' +
      'the compiled query (graphql-jit) over the memoised values and serialises its result, as a request that follows ' +
      'a write would (values and sets are memoised again after their first read), through the same Apollo pipeline.',
  );
  out.push(
    `- **SQL baseline** (bench/apiSqlServer.ts, node:http, better-sqlite3 read-only with statements prepared once per ` +
      `shape, or a pg pool of 10): \`GET ${sqlRequest(PROVINCE, 'D').path}\` takes each frequency's latest period ended by D ` +
      'in JS (as api/src/engine/latestPeriod.ts, without its fall-back) and runs two statements: per input indicator ' +
      `(the ${env.inputIndicators} of the ${env.indicators} that are collected, the only ones stored), \`sum(value)\` ` +
      "and `count(*)` of the observations stored at that indicator's period for the unit and every commune below it " +
      '(current edition; the (indicator, period) pairs as a VALUES list on SQLite, two unnested arrays on PostgreSQL, ' +
      'joined to the table, `group by indicator`), and, per child, the count of its observations stored at those ' +
      'periods (`group by unit`) as the stand-in for its status counts. For the province (itself and its communes) ' +
      'and its children the (indicator, period) index is read once per pair and its rows filtered by unit (`indexed ' +
      'by` on SQLite, the unit term kept off the index on PostgreSQL); for the commune the (indicator, unit, period) ' +
      'index is probed. It is not the same work: it computes no formula ' +
      `(the ${env.indicators - env.inputIndicators} derived indicators are absent), reads no crosswalk (nothing stored ` +
      "under an older edition's units), sums every indicator over units whatever its aggregation rule, and has no " +
      'target, no status and no fall-back to the period before when the latest has no value yet: a floor for the ' +
      'same answer, not an equivalent of it.',
  );
  out.push(
    `- **PostGraphile** (library mode on node:http, bench/postgraphile/server.ts, default pg pool of 10): ` +
      `\`${r.postgraphileQuery}\` for the province, in one request: every observation stored at each frequency's ` +
      `latest period, one alias per frequency (${count(r.periodRows)} rows, all of them of the province's units, ` +
      'checked), which a client would sum per indicator and count per child itself: PostGraphile 4 conditions are ' +
      'equalities only, without aggregates unless a plugin is added. Like the SQL baseline it leaves out formulas, ' +
      `crosswalk, targets, statuses and the fall-back. For commune ${COMMUNE}: the same with \`unit: "${COMMUNE}"\` in ` +
      "each condition. The table's indexes are (indicator, unit, period) and (indicator, period): neither leads with " +
      'period or unit, so PostgreSQL answers these conditions by scanning the whole (indicator, period) index.',
  );
  out.push('');
  const sizes = r.runs.map((run) => [
    `${SERVER[run.name]} on ${DB[run.kind]}`,
    ...run.answers.map((a) => `${kib(a.bytes)} (${a.holds})`),
    `${fixed(run.startS, 1)} s`,
    run.peakRssMb === null ? '—' : count(run.peakRssMb),
  ]);
  out.push(
    table(
      ['server', `payload, province ${PROVINCE}`, `payload, commune ${COMMUNE}`, 'start-up', 'peak RSS MB'],
      ['---', '---', '---', '--:', '--:'],
      sizes,
    ),
  );
  out.push('');
  const rows: string[][] = [];
  for (const run of r.runs) {
    for (const c of run.cases) {
      const x = c.result;
      const failed = x.errors + x.non2xx;
      rows.push([
        `${SERVER[run.name]}`,
        DB[run.kind],
        c.subject === 'province' ? `province ${PROVINCE}` : `commune ${COMMUNE}`,
        String(x.connections),
        `**${count(x.rps)}** (${count(x.rpsMedian)})`,
        ms(x.p50),
        ms(x.p90),
        `**${ms(x.p99)}**`,
        ms(x.max),
        `${fixed(x.bytesPerS / 2 ** 20, 1)}`,
        failed > 0 ? `**${failed}**` : '0',
      ]);
    }
  }
  out.push(
    table(
      [
        'server',
        'database',
        'query',
        'connections',
        'req/s (median)',
        'p50',
        'p90',
        'p99',
        'max',
        'MiB/s',
        'errors + timeouts',
      ],
      ['---', '---', '---', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '--:'],
      rows,
    ),
  );
  out.push('');
  const lines: string[] = [];
  for (const subject of ['province', 'commune'] as Subject[]) {
    for (const n of connections) {
      const parts: string[] = [];
      for (const kind of ['sqlite', 'postgresql'] as DbKind[]) {
        const api = find(r, 'api', kind, subject, n);
        const sql = find(r, 'sql', kind, subject, n);
        if (api && sql) parts.push(`API / SQL baseline on ${DB[kind]} ${ratio(api.rps / sql.rps)}`);
      }
      const apiPg = find(r, 'api', 'postgresql', subject, n);
      const pg = find(r, 'postgraphile', 'postgresql', subject, n);
      if (apiPg && pg) parts.push(`API / PostGraphile on PostgreSQL ${ratio(apiPg.rps / pg.rps)}`);
      const apiLite = find(r, 'api', 'sqlite', subject, n);
      if (apiLite && apiPg) parts.push(`API on SQLite / on PostgreSQL ${ratio(apiLite.rps / apiPg.rps)}`);
      for (const kind of ['sqlite', 'postgresql'] as DbKind[]) {
        const fresh = find(r, 'api-fresh', kind, subject, n);
        const sql = find(r, 'sql', kind, subject, n);
        const api = find(r, 'api', kind, subject, n);
        if (fresh && sql)
          parts.push(`API without result reuse / SQL baseline on ${DB[kind]} ${ratio(fresh.rps / sql.rps)}`);
        if (fresh && api) parts.push(`result reuse on ${DB[kind]} ${ratio(api.rps / fresh.rps)}`);
      }
      lines.push(`- Throughput ratios, ${subject}, ${n} connections: ${parts.join('; ')}.`);
    }
  }
  const verdict = (ok: boolean, text: string) => `${ok ? 'met' : '**missed**'} (${text})`;
  for (const n of connections) {
    const api = find(r, 'api', 'sqlite', 'province', n);
    const sql = find(r, 'sql', 'sqlite', 'province', n);
    const apiPg = find(r, 'api', 'postgresql', 'province', n);
    const sqlPg = find(r, 'sql', 'postgresql', 'province', n);
    const pg = find(r, 'postgraphile', 'postgresql', 'province', n);
    if (!api || !sql || !apiPg || !sqlPg || !pg) continue;
    lines.push(
      `- Targets, province, ${n} connections: at least ${count(TARGET_PROVINCE_RPS)} req/s on SQLite: ` +
        `${verdict(api.rps >= TARGET_PROVINCE_RPS, `${count(api.rps)} req/s`)}; at least ` +
        `${TARGET_SHARE_OF_SQL * 100}% of the SQL baseline: SQLite ` +
        `${verdict(api.rps >= TARGET_SHARE_OF_SQL * sql.rps, `${count((100 * api.rps) / sql.rps)}%`)}, PostgreSQL ` +
        `${verdict(apiPg.rps >= TARGET_SHARE_OF_SQL * sqlPg.rps, `${count((100 * apiPg.rps) / sqlPg.rps)}%`)}; ` +
        `faster than PostGraphile: ${verdict(apiPg.rps > pg.rps, `${ratio(apiPg.rps / pg.rps)}`)}.`,
    );
  }
  out.push(...lines);
  return out.join('\n');
}
