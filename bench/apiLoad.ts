// Load generation for the GraphQL API benchmark: autocannon's programmatic API (a root devDependency without types,
// loaded by require) and one checked request to take the payload size before the load.
import { createRequire } from 'node:module';
import type { HttpRequest } from './apiQueries';

interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  pipelining: number;
  method: HttpRequest['method'];
  headers?: Record<string, string>;
  body?: string;
}

interface Histogram {
  average: number;
  p50: number;
  p99: number;
  max: number;
}

interface AutocannonResult {
  latency: Histogram & { p97_5: number; p90: number };
  requests: Histogram & { total: number; sent: number };
  throughput: Histogram;
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

type Autocannon = (options: AutocannonOptions) => Promise<AutocannonResult>;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  /** Completed requests over the run's duration. */
  rps: number;
  /** Median of the one-second samples of requests/s. */
  rpsMedian: number;
  /** Latency in ms. */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Response bytes per second, mean. */
  bytesPerS: number;
  errors: number;
  non2xx: number;
}

export async function load(base: string, request: HttpRequest, connections: number, seconds: number) {
  const result = await autocannon({
    url: `${base}${request.path}`,
    connections,
    duration: seconds,
    pipelining: 1,
    method: request.method,
    ...(request.headers ? { headers: request.headers } : {}),
    ...(request.body ? { body: request.body } : {}),
  });
  return {
    connections,
    seconds: result.duration,
    requests: result.requests.total,
    rps: result.requests.total / result.duration,
    rpsMedian: result.requests.p50,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    bytesPerS: result.throughput.average,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  } satisfies LoadResult;
}

/** Sends the request once and checks the answer (HTTP 200, JSON without GraphQL errors); returns the body. */
export async function fetchChecked(base: string, request: HttpRequest): Promise<{ bytes: number; json: unknown }> {
  const response = await fetch(`${base}${request.path}`, {
    method: request.method,
    ...(request.headers ? { headers: request.headers } : {}),
    ...(request.body ? { body: request.body } : {}),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${request.path} answered ${response.status}: ${text.slice(0, 300)}`);
  const json = JSON.parse(text) as { errors?: unknown[] };
  if (json.errors) throw new Error(`${request.path} answered errors: ${JSON.stringify(json.errors).slice(0, 300)}`);
  return { bytes: Buffer.byteLength(text), json };
}
