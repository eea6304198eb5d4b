// The "Web server rendering" section of bench/RESULTS.md: latency and throughput of the server-rendered pages under
// autocannon, and what each page weighs (HTML, first-load JavaScript), against the targets.
import type { LoadResult } from './apiLoad';
import type { PageWeight } from './webPage';

export const TARGETS = { p50Ms: 150, jsGzipKb: 250 };

export interface WebPageResult {
  name: string;
  /** Whether the server reused rendered pages (its default) or rendered every request (WEB_PAGE_REUSE=off). */
  reused: boolean;
  path: string;
  weight: PageWeight;
  /** Milliseconds of single requests, one after the other, before any load: the median. */
  unloadedMs: number;
  load: LoadResult;
}

export interface WebResults {
  pages: WebPageResult[];
  env: {
    date: string;
    node: string;
    next: string;
    machine: string;
    loadAverage: [number, number];
    elapsedS: number;
    observations: number;
    seedS: number;
    seconds: number;
    warmupSeconds: number;
    connections: number;
    command: string;
    peakRssMb: { api: number | null; web: number | null };
  };
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const count = (n: number) => Math.round(n).toLocaleString('en-US');
const met = (ok: boolean) => (ok ? 'met' : '**missed**');

export function webReport({ pages, env }: WebResults): string {
  const rows = pages.map(({ name, path, load, unloadedMs, reused }) =>
    [
      name,
      `\`${path}\``,
      reused ? 'reused while the data are the same (default)' : 'rendered every time (`WEB_PAGE_REUSE=off`)',
      unloadedMs.toFixed(0),
      `**${count(load.rps)}** (${count(load.rpsMedian)})`,
      `**${load.p50}**`,
      load.p90,
      `**${load.p99}**`,
      load.max,
      load.errors + load.non2xx,
    ].join(' | '),
  );
  const weights = pages
    .filter((p) => p.reused)
    .map(({ name, weight }) =>
      [
        name,
        kb(weight.html),
        kb(weight.htmlGzip),
        weight.scripts.length,
        kb(weight.js),
        `**${kb(weight.jsGzip)}**`,
        weight.scripts
          .slice(0, 3)
          .map((s) => `${s.path.split('/').at(-1)} ${kb(s.gzip)}`)
          .join(', '),
      ].join(' | '),
    );
  const served = pages.filter((p) => p.reused);
  const fresh = pages.filter((p) => !p.reused);
  const p50 = served.every((p) => p.load.p50 <= TARGETS.p50Ms);
  const p50Fresh = fresh.every((p) => p.load.p50 <= TARGETS.p50Ms);
  const js = served.every((p) => p.weight.jsGzip <= TARGETS.jsGzipKb * 1000);
  return [
    `Command: \`${env.command}\` (bench/web.bench.ts; page weights in bench/webPage.ts, load in bench/apiLoad.ts).`,
    '',
    `Measured ${env.date} on Node ${env.node}, ${env.machine}, load average ${env.loadAverage[0].toFixed(1)} at the ` +
      `start and ${env.loadAverage[1].toFixed(1)} at the end; the whole run took ${count(env.elapsedS)} s. The web ` +
      `app: the production build of Next.js ${env.next} (\`next build\`), served by \`web/server.ts\` (\`npm start -w web\`: Next's request handler, plus the reuse of a rendered page, byte for byte, while the API's data version (GET /healthz) and the day stay the same; every HTML request still asks the API for that version) ` +
      `(peak RSS ${count(env.peakRssMb.web ?? 0)} MB); the API: \`api/src/main.ts\`, NODE_ENV=production (peak RSS ` +
      `${count(env.peakRssMb.api ?? 0)} MB), on a new SQLite file seeded with the full synthetic demo ` +
      `(${count(env.observations)} observations, \`npm run seed\`, ${count(env.seedS)} s). Both servers and autocannon ` +
      '(programmatic, HTTP/1.1 keep-alive, no pipelining, `accept-encoding: gzip` as a browser sends it) share the ' +
      `same cores. Each page is first checked (HTTP 200, its heading in the HTML), timed alone (the median of 10 ` +
      `requests one after the other), warmed up for ${env.warmupSeconds} s, then loaded for ${env.seconds} s at ` +
      `${env.connections} connections. req/s is completed requests over the run (the median of the one-second ` +
      'samples in brackets); latencies in ms. Each page is measured twice, on two servers started one after the ' +
      'other: as served (a page is rendered once per data version, then reused), and with `WEB_PAGE_REUSE=off`, ' +
      'where every request renders the page on the server and queries the API (what the first request after a write ' +
      'costs).',
    '',
    '| page | path | rendering | alone | req/s (median) | p50 | p90 | p99 | max | errors |',
    '| --- | --- | --- | --: | --: | --: | --: | --: | --: | --: |',
    ...rows.map((r) => `| ${r} |`),
    '',
    'First load of each page: the HTML, and every script a modern browser fetches for it (each `<script src>` ' +
      'without `noModule`, and the scripts the HTML preloads), each compressed with gzip (zlib level 6) as served; ' +
      'kB = 1,000 bytes. (Next.js 16 no longer prints per-route sizes in `next build`.)',
    '',
    '| page | HTML kB | HTML gzip kB | scripts | JS kB | JS gzip kB | largest scripts, gzip kB |',
    '| --- | --: | --: | --: | --: | --: | --- |',
    ...weights.map((r) => `| ${r} |`),
    '',
    `Targets on this machine: p50 ≤ ${TARGETS.p50Ms} ms at ${env.connections} connections: as served ${met(p50)}` +
      `${fresh.length > 0 ? `, rendering every request ${met(p50Fresh)}` : ''}; ` +
      `first-load JavaScript ≤ ${TARGETS.jsGzipKb} kB gzip: ${met(js)}.`,
  ].join('\n');
}
