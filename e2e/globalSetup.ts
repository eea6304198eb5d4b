// Starts the simulated national endpoint, the API (polling it) and the built web app on test ports for the browser
// tests, and stops them afterwards.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

const root = join(import.meta.dirname, '..');
export const API_PORT = 4310;
export const WEB_PORT = 3310;
export const FEED_SIM_PORT = 4320;

async function waitFor(url: string, child: ChildProcess, name: string, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not answer ${url} within 60 s:\n${log()}`);
}

function start(args: string[], env: Record<string, string>): { child: ChildProcess; log: () => string } {
  let output = '';
  const child = spawn('npm', args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  return { child, log: () => output.slice(-4000) };
}

export default async function setup(project: TestProject) {
  // A database of its own, so the tests never touch the developer's data/ioc.sqlite.
  const dataDir = mkdtempSync(join(tmpdir(), 'ioc-e2e-'));
  const databaseUrl = join(dataDir, 'e2e.sqlite');
  // The labelled synthetic demo data, as `npm start` writes them on first start: pages show real tiles and charts.
  const seeded = spawnSync('npm', ['run', '-s', 'seed'], {
    cwd: root,
    // The demo's simulated cameras point at the simulator these tests start.
    env: { ...process.env, DATABASE_URL: databaseUrl, CAMERA_SIM_URL: `http://127.0.0.1:${FEED_SIM_PORT}/cameras` },
    encoding: 'utf8',
  });
  if (seeded.status !== 0) throw new Error(`seeding the e2e database failed:\n${seeded.stdout}\n${seeded.stderr}`);
  // A new synthetic 766 payload every second, polled every 1.5 s: the national indices change within seconds.
  const sim = start(['run', '-s', 'feed:sim'], { FEED_SIM_PORT: String(FEED_SIM_PORT), FEED_SIM_INTERVAL_MS: '1000' });
  const api = start(['start', '-w', 'api'], {
    API_PORT: String(API_PORT),
    DATABASE_URL: databaseUrl,
    NATIONAL_FEED_URL: `http://127.0.0.1:${FEED_SIM_PORT}/api/v1/chi-so-766`,
    NATIONAL_FEED_INTERVAL_MS: '1500',
    NATIONAL_FEED_TIMEOUT_MS: '2000',
  });
  const web = start(['start', '-w', 'web'], {
    API_PORT: String(API_PORT),
    PORT: String(WEB_PORT),
    NEXT_TELEMETRY_DISABLED: '1',
  });
  const stop = () => {
    // npm runs the servers as grandchildren: signal the whole process group.
    for (const p of [sim.child, api.child, web.child]) {
      if (p.exitCode === null && p.pid) process.kill(-p.pid, 'SIGTERM');
      p.stdout?.destroy();
      p.stderr?.destroy();
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitFor(`http://127.0.0.1:${FEED_SIM_PORT}/control`, sim.child, 'feed:sim', sim.log);
    await waitFor(`http://127.0.0.1:${API_PORT}/healthz`, api.child, 'api', api.log);
    await waitFor(`http://127.0.0.1:${WEB_PORT}/catalog`, web.child, 'web', web.log);
  } catch (e) {
    stop();
    throw e;
  }
  project.provide('webUrl', `http://127.0.0.1:${WEB_PORT}`);
  project.provide('apiUrl', `http://127.0.0.1:${API_PORT}/graphql`);
  project.provide('feedSimUrl', `http://127.0.0.1:${FEED_SIM_PORT}`);
  return stop;
}

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string;
    apiUrl: string;
    /** The simulated national 766 endpoint: its /control switches faults on. */
    feedSimUrl: string;
  }
}
