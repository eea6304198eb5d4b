// bench/RESULTS.md: each benchmark owns one `## ` section, replaced in place (or appended) by `--write`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const RESULTS_PATH = join(import.meta.dirname, 'RESULTS.md');

/** Replaces the section titled `title` (up to the next `## ` heading), or appends it; `intro` starts a new file. */
export function writeResultsSection(title: string, body: string, intro = '# Benchmark results\n'): void {
  const section = `${title}\n\n${body}\n`;
  const current = existsSync(RESULTS_PATH) ? readFileSync(RESULTS_PATH, 'utf8') : intro;
  const start = current.indexOf(`${title}\n`);
  let next: string;
  if (start < 0) next = `${current.trimEnd()}\n\n${section}`;
  else {
    const after = current.indexOf('\n## ', start + title.length);
    next = `${current.slice(0, start)}${section}${after < 0 ? '' : `\n${current.slice(after + 1)}`}`;
  }
  writeFileSync(RESULTS_PATH, next);
}
