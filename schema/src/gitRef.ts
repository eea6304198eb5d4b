// Files of the repository as they were at a git ref (a commit, branch or tag), for reviewing what changed since.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
}

export class GitRefError extends Error {}

/** The repository holding `cwd`, and the commit `ref` names there; a clear error for anything else. */
export function resolveRef(ref: string, cwd = process.cwd()): { root: string; commit: string } {
  let root: string;
  try {
    root = git(['rev-parse', '--show-toplevel'], cwd).trim();
  } catch {
    throw new GitRefError(`${cwd} is not inside a git repository`);
  }
  if (ref.startsWith('-')) throw new GitRefError(`"${ref}" is not a git ref`);
  try {
    return { root, commit: git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root).trim() };
  } catch {
    throw new GitRefError(`unknown git ref "${ref}": give a commit, branch or tag (e.g. HEAD~1, main, v1.0)`);
  }
}

/** Copies a directory of the repository as it was at `commit` into a new temporary directory; returns its path. */
export function checkoutDir(root: string, commit: string, dir: string): string {
  const path = relative(root, resolve(root, dir));
  const out = mkdtempSync(join(tmpdir(), 'ioc-ref-'));
  const files = git(['ls-tree', '-r', '--name-only', commit, '--', path], root).split('\n').filter(Boolean);
  if (files.length === 0) throw new GitRefError(`${path} does not exist at ${commit.slice(0, 12)}`);
  for (const file of files) {
    const target = join(out, relative(path, file));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, git(['show', `${commit}:${file}`], root));
  }
  return out;
}

/** One file of the repository as it was at `commit`, or null when it did not exist. */
export function fileAt(root: string, commit: string, file: string): string | null {
  try {
    return git(['show', `${commit}:${relative(root, resolve(root, file))}`], root);
  } catch {
    return null;
  }
}
