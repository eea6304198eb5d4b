// An import killed with SIGKILL halfway through writing (`npm run import`'s process, as an operator's Ctrl-\ or the
// OOM killer would): nothing of that file remains, the database is sound, and the same file then imports whole.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { UnitDirectory } from '../../src/units/unitDirectory';
import { describeEachDatabase } from '../db/harness';

const API = join(import.meta.dirname, '..', '..');
// Daily commune indicators, every commune of Lâm Đồng, DAYS days from the reform: 148,800 rows in `npm test`,
// 383,160 (every day to 2026-11-26) with `npm run test:faults` (FAULT_IMPORT_DAYS=515).
const INDICATORS: Record<string, number> = {
  AGR_FOREST_FIRES: 1,
  IND_HYDRO_OUTPUT: 5,
  IND_WIND_OUTPUT: 5,
  IND_SOLAR_OUTPUT: 5,
  TRN_COACH_DEPARTURES: 10,
  TOU_GUESTS_CHECKIN_DAY: 100,
};
const DAYS = Number(process.env.FAULT_IMPORT_DAYS ?? 200);

let dir: string;
let file: string;
let rows = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ioc-import-kill-'));
  file = join(dir, 'big.csv');
  const communes = new UnitDirectory()
    .current()
    .children('68')
    .map((u) => u.code);
  const lines = ['indicator,unit,period,value'];
  for (const [indicator, value] of Object.entries(INDICATORS)) {
    for (let d = 0; d < DAYS; d++) {
      const day = new Date(Date.UTC(2025, 6, 1) + d * 86_400_000).toISOString().slice(0, 10);
      for (const unit of communes) lines.push(`${indicator},${unit},${day},${value}`);
    }
  }
  rows = lines.length - 1;
  writeFileSync(file, `${lines.join('\n')}\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runImport(databaseUrl: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', file], {
    cwd: API,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describeEachDatabase('an import killed halfway', (getDb, getUrl) => {
  async function counts() {
    const sql = getDb().em().getConnection();
    const codes = Object.keys(INDICATORS);
    const marks = codes.map(() => '?').join(', ');
    const [observations] = (await sql.execute(
      `select count(*) as n from observations where indicator in (${marks})`,
      codes,
    )) as { n: number | string }[];
    const [audit] = (await sql.execute(`select count(*) as n from audit_log where action = 'importValues'`)) as {
      n: number | string;
    }[];
    return { observations: Number(observations?.n), audit: Number(audit?.n) };
  }

  it('leaves nothing of the file, and the same file then imports whole', { timeout: 180_000 }, async () => {
    const child = runImport(getUrl());
    let output = '';
    let killedAt = '';
    const closed = once(child, 'close');
    child.stderr?.on('data', (d: Buffer) => {
      output += d.toString();
      // Progress lines: `import: write 190000/383160 rows (49%)`. Kill once half the rows are written.
      const writing = [...output.matchAll(/import: write (\d+)\/(\d+) rows/g)].at(-1);
      if (!killedAt && writing && Number(writing[1]) >= Number(writing[2]) / 2) {
        killedAt = writing[0];
        child.kill('SIGKILL');
      }
    });
    child.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    const [code, signal] = await closed;
    expect(killedAt, `the import ended (${code}) before it was halfway:\n${output}`).not.toBe('');
    expect(signal).toBe('SIGKILL');

    expect(await counts()).toEqual({ observations: 0, audit: 0 });
    if (getDb().kind === 'sqlite') {
      const [check] = (await getDb().em().getConnection().execute('pragma integrity_check')) as {
        integrity_check: string;
      }[];
      expect(check?.integrity_check).toBe('ok');
    }

    const again = runImport(getUrl());
    let log = '';
    again.stdout?.on('data', (d: Buffer) => {
      log += d.toString();
    });
    again.stderr?.on('data', (d: Buffer) => {
      log += d.toString();
    });
    const [exit] = await once(again, 'close');
    expect(exit, log).toBe(0);
    expect(log).toContain(`${rows} rows: ${rows} inserted, 0 updated, 0 unchanged`);
    expect(await counts()).toEqual({ observations: rows, audit: 1 });
    console.log(`import killed at "${killedAt}" (${getDb().kind}): nothing remained; the re-run imported ${rows} rows`);
  });
});
