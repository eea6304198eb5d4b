// The servers a benchmark starts as child processes: a free port for each, every child stopped on exit or Ctrl-C,
// and each child's peak memory.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const WEB = join(ROOT, 'web');
/** How long a server may take to answer after starting (the API loads every observation first). */
const START_TIMEOUT_MS = 180_000;

/** Every child process still running: `stopChildren` stops them all. */
const children = new Set<ChildProcess>();

export function track(proc: ChildProcess): ChildProcess {
  children.add(proc);
  proc.on('close', () => children.delete(proc));
  return proc;
}

/** SIGTERM, then SIGKILL after 15 s; resolves once the child has closed. */
export async function stopChild(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const closed = once(proc, 'close');
  proc.kill('SIGTERM');
  const timer = setTimeout(() => proc.kill('SIGKILL'), 15_000);
  await closed;
  clearTimeout(timer);
}

export async function stopChildren(): Promise<void> {
  await Promise.all([...children].map(stopChild));
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Peak RSS of a running process in MB (Linux), or null. */
export function peakRssMb(pid: number | undefined): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** Starts a server in a child process (tracked) and resolves once `url` answers 200; fails with its last output. */
export async function startServer(
  name: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  url: string,
  timeoutMs: number,
): Promise<ChildProcess> {
  const proc = track(
    spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }),
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`${name} exited with ${proc.exitCode}:\n${output}`);
    try {
      if ((await fetch(url)).status === 200) return proc;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not answer ${url} within ${timeoutMs / 1000} s:\n${output}`);
}

/** The API on a database (`api/src/main.ts`, NODE_ENV=production), once /healthz answers. */
export function startApi(database: string, port: number, env: NodeJS.ProcessEnv = {}): Promise<ChildProcess> {
  return startServer(
    'api',
    [...process.execArgv, join(ROOT, 'api/src/main.ts')],
    ROOT,
    { DATABASE_URL: database, API_PORT: String(port), NODE_ENV: 'production', ...env },
    `http://127.0.0.1:${port}/healthz`,
    START_TIMEOUT_MS,
  );
}

/** The production web build (`web/server.ts`) over the API, with or without page reuse, once /catalog answers. */
export function startWeb(apiPort: number, port: number, pageReuse: boolean): Promise<ChildProcess> {
  return startServer(
    'web',
    [...process.execArgv, join(WEB, 'server.ts')],
    WEB,
    {
      API_PORT: String(apiPort),
      PORT: String(port),
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      WEB_PAGE_REUSE: pageReuse ? 'on' : 'off',
    },
    `http://127.0.0.1:${port}/catalog`,
    START_TIMEOUT_MS,
  );
}

/** Runs a command to its end from `cwd`; its stdout, or an error with both outputs. */
export function runCommand(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}
