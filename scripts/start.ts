// `npm start`: the whole platform on one machine. Builds the web app when its build is missing or older than its
// sources, seeds an empty database with synthetic demo data, then runs the API (port API_PORT, default 4000) and the
// web app (port PORT, default 3000) together.
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

// First start: create, migrate and fill the database with the labelled synthetic demo data.
execFileSync('npm', ['run', 'seed', '--', '--if-empty'], { cwd: root, stdio: 'inherit' });

const apiPort = process.env.API_PORT ?? '4000';
const env = { ...process.env, API_PORT: apiPort, NEXT_TELEMETRY_DISABLED: '1' };
const { result } = concurrently(
  [
    { name: 'api', command: 'npm start -w api', env, prefixColor: 'blue' },
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
