// The quick report benchmark: the province's report in each format (print page HTML, PDF, XLSX, CSV) from the
// production web build against the API on a newly seeded demo database (SQLite), signed in as the demo analyst. Each
// format is asked once right after the web server starts (cold: its code loaded, nothing reused) and then REPEAT
// times one after the other; target under 3 s each. Two periods: the latest ended month and the year 2025 (the
// heaviest: every indicator, a few hundred alerts to page through).
// `npm run bench:report [-- --write] [--build]`: `--write` replaces the "## Quick report" section of bench/RESULTS.md.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoSessionToken } from './benchAccount';
import { freePort, peakRssMb, runCommand, startApi, startWeb, stopChildren } from './childProcesses';
import { RESULTS_PATH, writeResultsSection } from './resultsFile';

const ROOT = join(import.meta.dirname, '..');
const WEB = join(ROOT, 'web');
const SECTION_TITLE = '## Quick report';
const REPEAT = 5;
const TARGET_MS = 3000;
const FORMATS = [
  {
    name: 'HTML (print page)',
    path: (p: string) => `/units/68/report?period=${p}`,
    check: (b: Buffer) => b.includes('Báo cáo nhanh: Tỉnh Lâm Đồng'),
  },
  {
    name: 'PDF',
    path: (p: string) => `/units/68/report/pdf?period=${p}`,
    check: (b: Buffer) => b.subarray(0, 5).toString() === '%PDF-',
  },
  {
    name: 'XLSX',
    path: (p: string) => `/units/68/report/xlsx?period=${p}`,
    check: (b: Buffer) => b.subarray(0, 2).toString() === 'PK',
  },
  {
    name: 'CSV',
    path: (p: string) => `/units/68/report/csv?period=${p}`,
    check: (b: Buffer) => b[0] === 0xef && b[1] === 0xbb,
  },
];

/** The month before the current one: the latest ended month, the report's default. */
function latestEndedMonth(): string {
  const d = new Date(Date.now() + 7 * 3_600_000);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 7);
}

/** One request, read to its last byte and checked; its time in ms and its size. */
async function timed(url: string, cookie: string, check: (b: Buffer) => boolean) {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  const body = Buffer.from(await res.arrayBuffer());
  const ms = performance.now() - t0;
  if (res.status !== 200 || !check(body))
    throw new Error(`${url}: HTTP ${res.status}, ${body.subarray(0, 200).toString()}`);
  return { ms, bytes: body.length };
}

type Row = { period: string; format: string; coldMs: number; medianMs: number; maxMs: number; kB: number };

const fmt = (ms: number) => Math.round(ms).toLocaleString('en-US');

async function main(args: string[]) {
  const write = args.includes('--write');
  const started = performance.now();
  const loadAtStart = loadavg()[0] ?? 0;
  if (args.includes('--build') || !existsSync(join(WEB, '.next', 'BUILD_ID'))) {
    console.error('building the web app (next build)');
    runCommand(ROOT, 'npm', ['run', 'build', '-w', 'web'], { NEXT_TELEMETRY_DISABLED: '1' });
  }
  const tmp = mkdtempSync(join(tmpdir(), 'ioc-report-bench-'));
  try {
    const database = join(tmp, 'ioc.sqlite');
    const t0 = performance.now();
    const seeded = runCommand(ROOT, 'npm', ['run', '-s', 'seed'], { DATABASE_URL: database });
    const observations = Number(/(\d+) inserted/.exec(seeded)?.[1] ?? 0);
    console.error(`seeded ${observations} observations in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const [apiPort, webPort] = [await freePort(), await freePort()];
    const api = await startApi(database, apiPort);
    const cookie = `ioc_session=${await demoSessionToken(apiPort)}`;
    const base = `http://127.0.0.1:${webPort}`;
    const rows: Row[] = [];
    let webRss = 0;
    for (const period of [latestEndedMonth(), '2025']) {
      // A new web server per period: the first request of each format is a cold one.
      // Every request rendered: as shipped, a repeated print page is the kept copy (web/server.ts), which measures
      // nothing of the report.
      const web = await startWeb(apiPort, webPort, false);
      for (const f of FORMATS) {
        const cold = await timed(`${base}${f.path(period)}`, cookie, f.check);
        const times: number[] = [];
        for (let i = 0; i < REPEAT; i++) times.push((await timed(`${base}${f.path(period)}`, cookie, f.check)).ms);
        times.sort((a, b) => a - b);
        const row = {
          period,
          format: f.name,
          coldMs: cold.ms,
          medianMs: times[Math.floor(REPEAT / 2)] ?? 0,
          maxMs: times.at(-1) ?? 0,
          kB: cold.bytes / 1000,
        };
        console.error(
          `${period} ${f.name}: cold ${fmt(row.coldMs)} ms, median ${fmt(row.medianMs)} ms, max ${fmt(row.maxMs)} ms, ${row.kB.toFixed(1)} kB`,
        );
        rows.push(row);
      }
      webRss = Math.max(webRss, peakRssMb(web.pid) ?? 0);
      web.kill('SIGTERM');
      await new Promise((resolve) => web.once('close', resolve));
    }
    const cpu = cpus();
    const worst = Math.max(...rows.map((r) => Math.max(r.coldMs, r.maxMs)));
    const body = [
      'Command: `npm run bench:report -- --write` (bench/report.bench.ts).',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}; load average ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end; the whole run took ${((performance.now() - started) / 1000).toFixed(0)} s. The production web build (\`web/server.ts\`, NODE_ENV=production) and the API (NODE_ENV=production) in child processes on a new SQLite database seeded with the demo (${observations.toLocaleString('en-US')} observations, alert sweep included), signed in as the demo analyst (session cookie). Peak RSS: API ${Math.round(peakRssMb(api.pid) ?? 0)} MB, web ${Math.round(webRss)} MB.`,
      '',
      `The province's quick report (unit 68). The web server renders every request (WEB_PAGE_REUSE=off; as shipped, a repeated print page for the same reader is sent again from web/server.ts's kept pages until the data change). Cold is the first request of a format after the web server started (that format's code loaded then); the print page goes first and pays the API's first answers to the report's queries, which the API (result reuse on, as shipped) then reuses for the other formats while the data do not change. Then ${REPEAT} requests one after the other. Times in ms from sending the request to the last byte.`,
      '',
      '| period | format | cold ms | median ms | max ms | size kB |',
      '| --- | --- | --: | --: | --: | --: |',
      ...rows.map(
        (r) =>
          `| ${r.period} | ${r.format} | ${fmt(r.coldMs)} | **${fmt(r.medianMs)}** | ${fmt(r.maxMs)} | ${r.kB.toFixed(1)} |`,
      ),
      '',
      `Target: under ${TARGET_MS / 1000} s each: ${worst < TARGET_MS ? 'met' : '**missed**'} (slowest ${fmt(worst)} ms).`,
    ].join('\n');
    console.log(`${SECTION_TITLE}\n\n${body}`);
    if (write) {
      writeResultsSection(SECTION_TITLE, body);
      console.error(`wrote ${RESULTS_PATH}`);
    }
  } finally {
    await stopChildren();
    rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  await main(process.argv.slice(2));
} catch (e) {
  console.error(`error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exitCode = 1;
}
