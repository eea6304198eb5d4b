// `npm start`: the whole platform on one machine. Builds the web app when its build is missing or older than its
// sources, seeds an empty database with synthetic demo data, then runs the API (port API_PORT, default 4000) and the
// web app (port PORT, default 3000) together. Demo mode (NATIONAL_FEED_URL unset): it also runs the simulated national
// 766 endpoint (`npm run feed:sim`, port FEED_SIM_PORT, default 4100) and points the API's feed connector at it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import concurrently from 'concurrently';

const root = join(import.meta.dirname, '..');
const web = join(root, 'web');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const buildId = join(web, '.next', 'BUILD_ID');
if (!existsSync(buildId) || statSync(buildId).mtimeMs < newestMtime(join(web, 'src'))) {
  console.log('Building the web app (first start, or its sources changed) ...');
  execFileSync('npm', ['run', 'build', '-w', 'web'], { cwd: root, stdio: 'inherit' });
}

// The simulator (national 766 endpoint and the demo's cameras) listens here; the demo cameras are registered at it.
const simPort = process.env.FEED_SIM_PORT ?? '4100';
const cameraSimUrl = process.env.CAMERA_SIM_URL ?? `http://127.0.0.1:${simPort}/cameras`;

// First start: create, migrate and fill the database with the labelled synthetic demo data.
execFileSync('npm', ['run', 'seed', '--', '--if-empty'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CAMERA_SIM_URL: cameraSimUrl },
});

const apiPort = process.env.API_PORT ?? '4000';
const env = { ...process.env, API_PORT: apiPort, NEXT_TELEMETRY_DISABLED: '1' };
// Demo mode: no real national endpoint configured, so the simulator serves synthetic 766 scores (a new payload every
// 5 s) and the API polls it every 10 s; the province page's five national indices change while you watch.
const demoFeed = !process.env.NATIONAL_FEED_URL;
// The simulator also serves the demo's simulated cameras, so it runs with a real feed too (FEED_SIM=off: not at all).
const runSimulator = process.env.FEED_SIM !== 'off';
const apiEnv =
  demoFeed && runSimulator
    ? {
        ...env,
        NATIONAL_FEED_URL: `http://127.0.0.1:${simPort}/api/v1/chi-so-766`,
        NATIONAL_FEED_INTERVAL_MS: process.env.NATIONAL_FEED_INTERVAL_MS ?? '10000',
      }
    : env;
const simulator = {
  name: 'sim',
  command: 'npm run -s feed:sim',
  env: { ...env, FEED_SIM_PORT: simPort, FEED_SIM_INTERVAL_MS: process.env.FEED_SIM_INTERVAL_MS ?? '5000' },
  prefixColor: 'magenta',
};
const { result } = concurrently(
  [
    ...(runSimulator ? [simulator] : []),
    { name: 'api', command: 'npm start -w api', env: apiEnv, prefixColor: 'blue' },
    {
      name: 'web',
      command: 'npm start -w web',
      env: { ...env, PORT: process.env.PORT ?? '3000' },
      prefixColor: 'green',
    },
  ],
  { killOthersOn: ['failure', 'success'], cwd: root },
);
result.then(
  () => process.exit(0),
  () => process.exit(1),
);
