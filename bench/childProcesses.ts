// The servers a benchmark starts as child processes: a free port for each, every child stopped on exit or Ctrl-C,
// and each child's peak memory.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

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
