// `npm run import -- FILE.csv|FILE.xlsx [--dry-run]`: imports observations (columns indicator,unit,period,value)
// into the database of DATABASE_URL, all or nothing, with a progress bar; exit 1 and FILE:row: message on problems.
import { resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { openDatabase } from '../db/database';
import { type ImportProgress, importFile } from '../import/importFile';
import { importTargets } from '../import/importTargets';
import { ImportFileError } from '../import/readTable';
import { loadServedCatalog } from '../servedCatalog';
import { UnitDirectory } from '../units/unitDirectory';

const MAX_SHOWN = 200;
const USAGE = `usage: npm run import -- FILE.csv|FILE.xlsx [--dry-run]
       npm run import -- --targets FILE.csv|FILE.xlsx [--dry-run]
  values:  columns indicator,unit,period,value (header row, UTF-8)
  targets: columns indicator,unit,year,target (or low,high for a range)`;

/** Prints the first problems, one per line (FILE:row: message), and says nothing was imported; returns exit 1. */
function printProblems(file: string, result: { rows: number; problems: string[] }): number {
  for (const line of result.problems.slice(0, MAX_SHOWN)) console.log(line);
  if (result.problems.length > MAX_SHOWN) console.log(`... and ${result.problems.length - MAX_SHOWN} more`);
  console.error(`${file}: ${result.problems.length} problem(s) in ${result.rows} rows; nothing was imported`);
  return 1;
}

/**
 * Progress when stderr is not a terminal (a log file, CI, a script watching it): a plain line when a phase starts and
 * at every further tenth of it, `import: write 250000/500000 rows (50%)`.
 */
let lastShown = { phase: '', tenth: -1 };
function plainProgress(p: ImportProgress): void {
  const tenth = Math.floor((p.done / p.total) * 10);
  if (p.phase === lastShown.phase && tenth === lastShown.tenth) return;
  lastShown = { phase: p.phase, tenth };
  console.error(`import: ${p.phase} ${p.done}/${p.total} rows (${Math.round((p.done / p.total) * 100)}%)`);
}

async function main(args: string[]): Promise<number> {
  const dryRun = args.includes('--dry-run');
  const targets = args.includes('--targets');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--dry-run' && a !== '--targets');
  if (unknown.length > 0) {
    console.error(`unknown option ${unknown.join(', ')}\n${USAGE}`);
    return 1;
  }
  const files = args.filter((a) => !a.startsWith('--'));
  const file = files[0];
  if (!file || files.length > 1) {
    console.error(USAGE);
    return 1;
  }
  // npm runs scripts from the repository root: resolve the file from where the user typed the command.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const catalog = loadServedCatalog();
  const db = await openDatabase();
  const bar = new SingleBar({
    format: '{phase} [{bar}] {percentage}% | {value}/{total} rows',
    stream: process.stderr,
    hideCursor: true,
  });
  let started = false;
  const t0 = performance.now();
  try {
    if (targets) {
      const result = await importTargets({
        file: path,
        shownAs: file,
        db,
        catalog,
        units: new UnitDirectory(),
        actor: `import:${process.env.USER ?? 'cli'}`,
        dryRun,
      });
      if (!result.ok) return printProblems(file, result);
      console.log(
        result.written
          ? `${file}: ${result.rows} targets: ${result.inserted} inserted, ${result.updated} updated, ${result.unchanged} unchanged`
          : `${file}: ${result.rows} targets valid (dry run: nothing written)`,
      );
      return 0;
    }
    const result = await importFile({
      file: path,
      shownAs: file,
      db,
      catalog,
      units: new UnitDirectory(),
      actor: `import:${process.env.USER ?? 'cli'}`,
      dryRun,
      onProgress: (p) => {
        if (p.total === 0) return;
        if (!process.stderr.isTTY) {
          plainProgress(p);
          return;
        }
        if (!started) {
          bar.start(p.total, 0, { phase: p.phase });
          started = true;
        }
        bar.setTotal(p.total);
        bar.update(p.done, { phase: p.phase });
      },
    });
    if (started) bar.stop();
    if (!result.ok) return printProblems(file, result);
    const seconds = (performance.now() - t0) / 1000;
    if (!result.written) console.log(`${file}: ${result.rows} rows valid (dry run: nothing written)`);
    else {
      console.log(
        `${file}: ${result.rows} rows: ${result.inserted} inserted, ${result.updated} updated, ${result.unchanged} unchanged in ${seconds.toFixed(1)} s (${Math.round(result.rows / seconds)} rows/s)`,
      );
    }
    return 0;
  } finally {
    if (started) bar.stop();
    await db.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  const message = e instanceof ImportFileError ? e.message : `error: ${(e as Error).message}`;
  console.error(message);
  process.exitCode = 1;
}
