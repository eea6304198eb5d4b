// The server-rendering benchmark of the web app: the province page and a commune page of the production build under
// autocannon, against the API on a newly seeded SQLite file, with what each page weighs (HTML, first-load JavaScript).
// `npm run bench:web [-- --write | --quick] [--build]`: `--write` replaces the "## Web server rendering" section of
// bench/RESULTS.md; `--quick` runs each page 2 s after a 1 s warm-up to check the benchmark itself; `--build` rebuilds
// the web app first (otherwise it is built only when web/.next holds no build).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from './apiLoad';
import { demoSessionToken } from './benchAccount';
import { freePort, peakRssMb, runCommand, startApi, startWeb, stopChild, stopChildren } from './childProcesses';
import { RESULTS_PATH, writeResultsSection } from './resultsFile';
import { weighPage } from './webPage';
import { type WebPageResult, webReport } from './webReport';

const ROOT = join(import.meta.dirname, '..');
const WEB = join(ROOT, 'web');
const SECTION_TITLE = '## Web server rendering';
const CONNECTIONS = 10;
const TIMING = { seconds: 10, warmupSeconds: 3 };
const QUICK_TIMING = { seconds: 2, warmupSeconds: 1 };
/** The pages, each with the heading its HTML must hold. */
const PAGES = [
  { name: 'province 68', path: '/', heading: 'Tỉnh Lâm Đồng' },
  { name: 'commune 24778', path: '/units/24778', heading: 'Phường Lâm Viên - Đà Lạt' },
];
/** As a browser asks: the server compresses the HTML, and that work is part of each request. */
const BROWSER_HEADERS: Record<string, string> = { 'accept-encoding': 'gzip, deflate', accept: 'text/html' };
/** Who looks at the pages: the demo analyst (sees every unit), signed in once like a person at the login page. */
const VIEWER = { username: 'phantich', password: 'demo-2026' };

const requireFromWeb = createRequire(join(WEB, 'package.json'));

/** The median of `n` single requests made one after the other, in ms. */
async function unloadedMs(url: string, headers: Record<string, string>, n = 10): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await (await fetch(url, { headers })).arrayBuffer();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(n / 2)] ?? 0;
}

async function main(args: string[]): Promise<void> {
  const write = args.includes('--write');
  const quick = args.includes('--quick');
  if (write && quick) throw new Error('--quick runs too short to record: it cannot be combined with --write');
  const timing = quick ? QUICK_TIMING : TIMING;
  const started = performance.now();
  const loadAtStart = loadavg()[0] ?? 0;

  if (args.includes('--build') || !existsSync(join(WEB, '.next', 'BUILD_ID'))) {
    console.error('building the web app (next build)');
    runCommand(ROOT, 'npm', ['run', 'build', '-w', 'web'], { NEXT_TELEMETRY_DISABLED: '1' });
  }

  const tmp = mkdtempSync(join(tmpdir(), 'ioc-web-bench-'));
  const cleanup = async () => {
    await stopChildren();
    rmSync(tmp, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`${signal}: stopping the servers, removing the benchmark's database`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);

  try {
    const database = join(tmp, 'ioc.sqlite');
    const t0 = performance.now();
    const seeded = runCommand(ROOT, 'npm', ['run', '-s', 'seed'], { DATABASE_URL: database });
    const seedS = (performance.now() - t0) / 1000;
    const observations = Number(/(\d+) inserted/.exec(seeded)?.[1] ?? 0);
    console.error(`seeded ${observations} observations in ${seedS.toFixed(1)} s`);

    const [apiPort, webPort] = [await freePort(), await freePort()];
    const api = await startApi(database, apiPort);
    const base = `http://127.0.0.1:${webPort}`;
    const headers = {
      ...BROWSER_HEADERS,
      cookie: `ioc_session=${await demoSessionToken(apiPort, VIEWER.username, VIEWER.password)}`,
    };
    const pages: WebPageResult[] = [];
    let webRss: number | null = null;
    for (const reused of [true, false]) {
      // The web app as `npm start -w web` serves it; the second server renders every request.
      const web = await startWeb(apiPort, webPort, reused);
      for (const page of PAGES) {
        const weight = await weighPage(
          base,
          page.path,
          (html) => {
            if (!html.includes(`>${page.heading}</h1>`))
              throw new Error(`${page.path} does not show "${page.heading}"`);
          },
          headers,
        );
        const request = { path: page.path, method: 'GET' as const, headers };
        const alone = await unloadedMs(`${base}${page.path}`, headers);
        await load(base, request, CONNECTIONS, timing.warmupSeconds);
        const result = await load(base, request, CONNECTIONS, timing.seconds);
        // The requests still in flight when the load stops: one more request, awaited, goes after them.
        await unloadedMs(`${base}${page.path}`, headers, 1);
        console.error(
          `${page.name}${reused ? '' : ' (rendered every time)'}: ${Math.round(result.rps)} req/s, p50 ${result.p50} ms, ` +
            `p99 ${result.p99} ms, JS ${(weight.jsGzip / 1000).toFixed(1)} kB gzip` +
            `${result.errors + result.non2xx > 0 ? ', ERRORS' : ''}`,
        );
        if (result.errors + result.non2xx > 0) throw new Error(`${page.path}: errors under load`);
        pages.push({ name: page.name, path: page.path, reused, weight, unloadedMs: alone, load: result });
      }
      webRss = Math.max(webRss ?? 0, peakRssMb(web.pid) ?? 0);
      await stopChild(web);
    }

    const cpu = cpus();
    const body = webReport({
      pages,
      env: {
        date: new Date().toISOString().slice(0, 10),
        node: process.version,
        next: (requireFromWeb('next/package.json') as { version: string }).version,
        machine: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
        loadAverage: [loadAtStart, loadavg()[0] ?? 0],
        elapsedS: (performance.now() - started) / 1000,
        observations,
        seedS,
        seconds: timing.seconds,
        warmupSeconds: timing.warmupSeconds,
        connections: CONNECTIONS,
        command: quick ? 'npm run bench:web -- --quick' : 'npm run bench:web -- --write',
        peakRssMb: { api: peakRssMb(api.pid), web: webRss },
      },
    });
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
