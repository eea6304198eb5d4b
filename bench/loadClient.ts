// The load generator of the load benchmark: N clients in a closed loop (each sends its next request when the previous
// answer has arrived, as autocannon's connections do) over node:http keep-alive, timing every request by kind; and
// the CPU time of the processes involved, read from /proc.
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { KINDS, type Kind, type PlannedRequest, type WriteKey } from './loadWorkload';

/** A request that has not been answered after this long counts as an error (a timeout). */
const TIMEOUT_MS = 30_000;

export interface KindStats {
  requests: number;
  /** Latency in ms of every answered request, sorted. */
  latencies: number[];
  /** No answer: connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** HTTP 200 with GraphQL errors in the answer. */
  graphqlErrors: number;
  /** The first few problems, to print. */
  samples: string[];
}

/** What the recordValues batches changed, summed over the acknowledged ones. */
export interface WriteTotals {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface LoadRun {
  clients: number;
  seconds: number;
  byKind: Record<Kind, KindStats>;
  /** The observations of every batch answered without errors. */
  acknowledged: WriteKey[];
  writes: WriteTotals;
}

function post(agent: Agent, base: URL, body: string, token: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: base.hostname,
        port: base.port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${token}`,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

const emptyStats = (): KindStats => ({
  requests: 0,
  latencies: [],
  errors: 0,
  non2xx: 0,
  graphqlErrors: 0,
  samples: [],
});

function note(stats: KindStats, problem: string): void {
  if (stats.samples.length < 3) stats.samples.push(problem.slice(0, 300));
}

/**
 * Runs `clients` closed loops for `seconds`, each taking its next request from `next`; requests still in flight at
 * the end are awaited and counted. A read is checked without parsing its JSON (a dashboard is ~50 KB, and parsing it
 * would cost the generator's CPU, which the API needs): an answer holding `"errors"` counts as a GraphQL error. A
 * write's answer is parsed: it is acknowledged when it holds recordValues and no errors.
 */
export async function runLoad(
  baseUrl: string,
  clients: number,
  seconds: number,
  next: () => PlannedRequest,
): Promise<LoadRun> {
  const base = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const byKind = Object.fromEntries(KINDS.map((k) => [k, emptyStats()])) as Record<Kind, KindStats>;
  const acknowledged: WriteKey[] = [];
  const writes: WriteTotals = { inserted: 0, updated: 0, unchanged: 0 };
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const planned = next();
      const stats = byKind[planned.kind];
      stats.requests++;
      const t = performance.now();
      let answer: { status: number; text: string };
      try {
        answer = await post(agent, base, planned.body, planned.token);
      } catch (e) {
        stats.errors++;
        note(stats, (e as Error).message);
        continue;
      }
      stats.latencies.push(performance.now() - t);
      if (answer.status < 200 || answer.status >= 300) {
        stats.non2xx++;
        note(stats, `HTTP ${answer.status}: ${answer.text}`);
      } else if (planned.batch) {
        const json = JSON.parse(answer.text) as { data?: { recordValues?: WriteTotals }; errors?: unknown };
        const result = json.data?.recordValues;
        if (json.errors || !result) {
          stats.graphqlErrors++;
          note(stats, answer.text);
        } else {
          acknowledged.push(...planned.batch);
          writes.inserted += result.inserted;
          writes.updated += result.updated;
          writes.unchanged += result.unchanged;
        }
      } else if (answer.text.includes('"errors"')) {
        stats.graphqlErrors++;
        note(stats, answer.text);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  for (const stats of Object.values(byKind)) stats.latencies.sort((a, b) => a - b);
  return { clients, seconds: elapsed, byKind, acknowledged, writes };
}

/** The q-quantile (0..1) of sorted values, nearest rank; NaN when empty. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

/** User + system CPU seconds of a process so far (Linux /proc, clock ticks of 100 Hz), or null. */
export function processCpuS(pid: number | undefined): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** The machine's busy and total CPU seconds since boot (all cores, /proc/stat), or null. */
export function machineCpuS(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    const total = ticks.reduce((a, b) => a + b, 0);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    return { busy: (total - idle) / 100, total: total / 100 };
  } catch {
    return null;
  }
}
