// The markdown section of the load benchmark: the workload, per-kind and overall throughput and latency, errors, the
// read-back of every acknowledged write, and where the machine's CPU went.
import { type KindStats, type LoadRun, quantile } from './loadClient';
import type { Verification } from './loadVerify';
import {
  ASOF_DAYS,
  BATCH_SIZE,
  KINDS,
  type Kind,
  MIX,
  PROVINCE_SHARE,
  SERIES_LENGTH,
  type WorkloadFacts,
} from './loadWorkload';
import type { SeedResult } from './storeSteps';

export interface LoadResults {
  run: LoadRun;
  verification: Verification;
  /** Observations acknowledged before the measured run (the pre-flight check and the warm-up), also read back. */
  acknowledgedBefore: number;
  facts: WorkloadFacts;
  batchesSent: number;
  seeded: SeedResult;
  apiStartS: number;
  apiPeakRssMb: number | null;
  warmupSeconds: number;
  /** CPU seconds over the measured run. */
  cpu: { apiS: number | null; generatorS: number; machineBusyS: number | null; machineTotalS: number | null };
  env: {
    date: string;
    node: string;
    machine: string;
    loadAverage: { start: number; before: number; after: number };
    elapsedS: number;
    postgres: { version: string; sharedBuffers: string; syncCommit: string };
    command: string;
    raisedLimits: Record<string, string>;
  };
}

const LABEL: Record<Kind, string> = { dashboard: 'dashboard', series: 'series', write: 'recordValues batch' };
const count = (n: number) => Math.round(n).toLocaleString('en-US');
const fixed = (x: number, digits: number) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (x: number) => (Number.isNaN(x) ? '–' : x < 10 ? fixed(x, 1) : count(x));
const pct = (x: number) => `${fixed(100 * x, 1)}%`;
const met = (ok: boolean) => (ok ? 'met' : '**missed**');

function merge(stats: KindStats[]): KindStats {
  return {
    requests: stats.reduce((n, s) => n + s.requests, 0),
    latencies: stats.flatMap((s) => s.latencies).sort((a, b) => a - b),
    errors: stats.reduce((n, s) => n + s.errors, 0),
    non2xx: stats.reduce((n, s) => n + s.non2xx, 0),
    graphqlErrors: stats.reduce((n, s) => n + s.graphqlErrors, 0),
    samples: [],
  };
}

function row(label: string, s: KindStats, total: number, seconds: number): string {
  const cells = [
    label,
    count(s.requests),
    pct(s.requests / total),
    `**${count(s.requests / seconds)}**`,
    ms(quantile(s.latencies, 0.5)),
    ms(quantile(s.latencies, 0.9)),
    `**${ms(quantile(s.latencies, 0.99))}**`,
    ms(s.latencies.at(-1) ?? Number.NaN),
    count(s.errors),
    count(s.non2xx),
    count(s.graphqlErrors),
  ];
  return `| ${cells.join(' | ')} |`;
}

export function loadReport(r: LoadResults): string {
  const { run, verification: v, facts, env, cpu } = r;
  const all = merge(KINDS.map((k) => run.byKind[k]));
  const seconds = run.seconds;
  const write = run.byKind.write;
  const acknowledgedBatches = run.acknowledged.length / BATCH_SIZE;
  const failures = all.errors + all.non2xx + all.graphqlErrors;
  const lost = v.lost + v.unreadable;
  const la = env.loadAverage;
  const limits = Object.entries(env.raisedLimits)
    .map(([k, x]) => `${k}=${x}`)
    .join(', ');
  const cores = cpu.machineTotalS && seconds > 0 ? cpu.machineTotalS / seconds : null;
  const cpuLine = [
    cpu.apiS === null ? null : `the API process ${fixed(cpu.apiS, 1)} s (${fixed(cpu.apiS / seconds, 2)} cores)`,
    `the load generator ${fixed(cpu.generatorS, 1)} s (${fixed(cpu.generatorS / seconds, 2)} cores)`,
    cpu.machineBusyS === null || cores === null
      ? null
      : `the whole machine ${fixed(cpu.machineBusyS, 1)} s busy of ${fixed(cpu.machineTotalS ?? 0, 1)} s (${pct(cpu.machineBusyS / (cpu.machineTotalS ?? 1))}; PostgreSQL and other jobs make up the rest)`,
  ].filter((x) => x !== null);
  const lines = [
    `Command: \`${env.command}\` (bench/load.bench.ts; workload in bench/loadWorkload.ts, clients in bench/loadClient.ts, read-back in bench/loadVerify.ts).`,
    '',
    `Measured ${env.date} on Node ${env.node}, ${env.machine}; load average ${fixed(la.start, 1)} at the start, ${fixed(la.before, 1)} just before the measured run and ${fixed(la.after, 1)} just after it; the whole run took ${count(env.elapsedS)} s. PostgreSQL ${env.postgres.version} on the same machine (shared_buffers ${env.postgres.sharedBuffers}, synchronous_commit ${env.postgres.syncCommit}), a new database seeded with the full demo (${count(r.seeded.inserted)} observations in ${fixed(r.seeded.seconds, 0)} s, \`bulkLoadObservations\` + \`generateDemoObservations\`, then the alert sweep of \`npm run seed\`, so the API does not sweep while measured). The API (\`api/src/main.ts\`, NODE_ENV=production, result reuse on as shipped) runs in a child process; it started in ${fixed(r.apiStartS, 1)} s and its peak RSS was ${r.apiPeakRssMb === null ? '?' : count(r.apiPeakRssMb)} MB. Its limits on mutations per user and per address are raised (${limits}): every write comes from one officer at one address, and this measures the API, not its limiter.`,
    '',
    `**Workload.** ${run.clients} clients in a closed loop (each sends its next request when the previous answer has arrived, like autocannon's connections; node:http keep-alive, one process) for ${fixed(seconds, 1)} s, after a ${r.warmupSeconds} s warm-up with the same mix (not counted). Each request is drawn at random: ${pct(MIX.dashboard)} dashboards, ${pct(MIX.series)} series, ${pct(MIX.write)} recordValues batches. Reads are signed in with an analyst's API token, writes with an officer's of province 68 (every commune in scope).`,
    '',
    `- **dashboard**: the query of bench/apiQueries.ts (every indicator's latest value with target and status, and the children's status counts) for the province (${pct(PROVINCE_SHARE)} of dashboards: 124 children) or one of ${facts.dashboardUnits.length - 1} communes spread over the code list (${facts.dashboardUnits.slice(1).join(', ')}), as of one of the ${ASOF_DAYS} days ${facts.asOf.from} to ${facts.asOf.to}, at random: ${facts.dashboardUnits.length * ASOF_DAYS} distinct queries.`,
    `- **series**: \`unit(code) { series(indicator, from, to) { period value } }\` for a random one of the ${facts.seriesIndicators} indicators, at the province or (when the indicator is collected at commune level) one of the same communes, over its last periods ended by ${facts.asOf.to} (${Object.entries(
      SERIES_LENGTH,
    )
      .map(([f, n]) => `${n} ${f}s`)
      .join(', ')}).`,
    `- **recordValues batch**: ${BATCH_SIZE} observations of one input indicator and period for ${BATCH_SIZE} different communes: one of ${facts.writeIndicators.month.length} monthly indicators collected at commune level at one of ${facts.writePeriods.month.join(', ')}, or one of ${facts.writeIndicators.day.length} daily ones (national-feed indicators left out) at a day from ${facts.writePeriods.day.from} to ${facts.writePeriods.day.to}; every (indicator, unit, period) is written once per run (${count(facts.batchesAvailable)} batches available, ${count(r.batchesSent)} sent), with values within the indicator's bounds, distinct within the batch. Each write invalidates the values of its indicator and its readers and every kept set and result, so the dashboards that follow are recomputed.`,
    '',
    'The load generator runs on the same 2 cores as the API and PostgreSQL and competes with them for CPU: reads are checked without parsing their JSON (an answer holding `"errors"` counts as a GraphQL error), writes are parsed. Over the measured run the CPU went to: ' +
      `${cpuLine.join('; ')}.`,
    '',
    'Latencies in ms, from sending the request to the last byte of the answer; req/s is completed requests over the run.',
    '',
    '| kind | requests | share | req/s | p50 | p90 | p99 | max | errors + timeouts | non-2xx | GraphQL errors |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...KINDS.map((k) => row(LABEL[k], run.byKind[k], all.requests, seconds)),
    row('**all**', all, all.requests, seconds),
    '',
    `Writes: ${count(acknowledgedBatches)} batches acknowledged in the measured run (${count(run.acknowledged.length)} observations, ${fixed(run.acknowledged.length / seconds, 0)}/s): ${count(run.writes.inserted)} inserted, ${count(run.writes.updated)} updated, ${count(run.writes.unchanged)} unchanged (the value sent was already stored); ${count(write.requests - acknowledgedBatches)} batches not acknowledged.`,
    '',
    `Read-back: every observation acknowledged (${count(v.checked + v.unreadable)}: ${count(run.acknowledged.length)} of the measured run and ${count(r.acknowledgedBefore)} of the pre-flight check and warm-up) was read through the API after the load, as its newest stored revision (\`unit(code) { valueHistory(indicator, period, first: 1) { edges { node { value } } } }\`) and as the computed value (\`value(indicator, period) { value }\`), 50 keys per request under aliases (${count(v.requests)} requests, ${fixed(v.seconds, 1)} s): ${count(v.mismatches)} stored a different value, ${count(v.missing)} had no stored revision (of which ${count(v.missingButComputed)} computed to the value sent), ${count(v.unreadable)} could not be read; the computed value differed from the value sent (or was null) for ${count(v.computedDiffers)}; ${count(v.lost)} were read with neither the value sent as the stored revision nor as the computed value. Straight from PostgreSQL's observations table: ${count(v.database.missing)} missing, ${count(v.database.differs)} with another value.`,
    '',
    `- Errors (target zero): ${met(failures === 0)}: ${count(all.errors)} errors or timeouts, ${count(all.non2xx)} non-2xx, ${count(all.graphqlErrors)} answers with GraphQL errors, of ${count(all.requests)} requests.`,
    `- Every acknowledged write readable through the API with the value sent, as its stored revision or its computed value (target zero lost): ${met(lost === 0)}: ${count(lost)} of ${count(v.checked + v.unreadable)}.`,
  ];
  return lines.join('\n');
}
