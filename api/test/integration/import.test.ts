// Importing observation files (CSV and XLSX) on SQLite and on PostgreSQL: good files are written and read back by an
// API process opened afterwards; a file with any bad row is refused whole with FILE:row: message lines in row order
// and writes nothing; a dry run writes nothing; importing the same file again changes nothing. The real CLI, as a
// subprocess, exits 1 with the problem lines for a bad file and 0 with a summary for a good one.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { importFile } from '../../src/import/importFile';
import { observationHistory } from '../../src/store/observations';
import { describeEachDatabase } from '../db/harness';
import { catalog, FIXTURE_CATALOG_DIR, openLive, storeSnapshot, units } from './support';

const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'ioc-import-it-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Cell = string | number | null;

function writeCsv(name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

async function writeXlsx(name: string, rows: Cell[][]): Promise<string> {
  const file = join(dir, name);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Số liệu');
  sheet.addRow(['indicator', 'unit', 'period', 'value']);
  for (const row of rows) sheet.addRow(row);
  await workbook.xlsx.writeFile(file);
  return file;
}

function run(db: Database, file: string, shownAs: string, options: { dryRun?: boolean; actor?: string } = {}) {
  return importFile({ file, shownAs, db, catalog, units, actor: options.actor ?? `import:${shownAs}`, ...options });
}

// August 2025, after the reform: two wards of Đà Lạt and the province-level successor of a district indicator.
const AUGUST_CSV = [
  'indicator,unit,period,value',
  'F_COUNT,24778,2025-08,200',
  'F_COUNT,24781,2025-08,300',
  'F_PART,24778,2025-08,50',
  'F_PART,24781,2025-08,25.5',
  'F_DISTRICT,68,2025-08,12.5',
];

// May 2025, before the reform, typed as a spreadsheet user would: unit codes and a year as numbers.
const MAY_XLSX: Cell[][] = [
  ['F_COUNT', 24846, '2025-05', 10],
  ['F_COUNT', 24847, '2025-05', 20],
  ['F_COUNT', 24848, '2025-05', 30],
  ['F_PART', 24846, '2025-05', 1],
  ['F_DISTRICT', 675, '2025-05', 7],
  ['F_POP', 24846, 2024, 5200],
];

// One good row, then one row for each kind of problem; row numbers count the header as row 1.
const BAD_ROWS: Cell[][] = [
  ['F_COUNT', '24787', '2025-08', 40], // 2: good
  ['NOPE', '24787', '2025-08', 1], // 3
  ['F_COUNT', '24787', '2025-13', 1], // 4
  ['F_COUNT', '24805', '2025-08', -3], // 5
  ['F_PART', '24787', '2025-08', '1,5'], // 6
  ['F_PART', '24805', '2025-08', '1.234,5'], // 7
  ['F_PART', '24846', '2025-08', null], // 8
  ['F_COUNT', '68', '2025-08', 5], // 9
  ['F_DISTRICT', '24846', '2025-05', 5], // 10
  ['F_COUNT', '24772', '2025-08', 5], // 11
  ['F_COUNT', '24787', '2025-08', 41], // 12: the key of row 2 again
];

function badProblems(file: string): string[] {
  return [
    `${file}:3: indicator: unknown indicator "NOPE"`,
    `${file}:4: period: invalid period "2025-13": month must be 01-12 (column 6)`,
    `${file}:5: value: value -3 is outside the bounds [0, 1000000] of F_COUNT (lượt)`,
    `${file}:6: value "1,5" uses a decimal comma; write 1.5`,
    `${file}:7: value "1.234,5" uses a decimal comma; write 1234.5`,
    `${file}:8: value is empty`,
    `${file}:9: unit: F_COUNT is collected at commune level in edition 2025; Tỉnh Lâm Đồng (68) is a province`,
    `${file}:10: unit: F_DISTRICT is collected at district level in edition pre-2025; Thị trấn Lạc Dương (24846) is a commune`,
    `${file}:11: unit: unit "24772" does not exist in edition 2025 (period 2025-08)`,
    `${file}:12: period: the same indicator, unit and period as row 2`,
  ];
}

function csvLine(row: Cell[]): string {
  return row.map((c) => (c === null ? '' : String(c).includes(',') ? `"${c}"` : String(c))).join(',');
}

const badCsv = () => writeCsv('loi.csv', ['indicator,unit,period,value', ...BAD_ROWS.map(csvLine)]);

describeEachDatabase('importing observation files', (getDb, getUrl) => {
  describe('good files', () => {
    it('a CSV of August 2025 is written: every row inserted', async () => {
      const file = writeCsv('thang8.csv', AUGUST_CSV);
      expect(await run(getDb(), file, 'thang8.csv')).toEqual({
        ok: true,
        rows: 5,
        written: true,
        inserted: 5,
        updated: 0,
        unchanged: 0,
      });
    });

    it('an XLSX of May 2025 (numbers for codes and years) is written: every row inserted', async () => {
      const file = await writeXlsx('thang5.xlsx', MAY_XLSX);
      expect(await run(getDb(), file, 'thang5.xlsx')).toEqual({
        ok: true,
        rows: 6,
        written: true,
        inserted: 6,
        updated: 0,
        unchanged: 0,
      });
    });

    it('an API process opened afterwards reads the values, their roll-ups and ratios', async () => {
      const live = await openLive(getDb());
      const value = (indicator: string, unit: string, period: string) =>
        live.engine.value(indicator, unit, period).value;
      expect(value('F_COUNT', '24778', '2025-08')).toBe(200);
      expect(value('F_PART', '24781', '2025-08')).toBe(25.5);
      expect(value('F_COUNT', '68', '2025-08')).toBe(500);
      expect(value('F_SHARE', '68', '2025-08')).toBeCloseTo((75.5 / 500) * 100, 9);
      expect(value('F_DISTRICT', '68', '2025-08')).toBe(12.5);
      expect(value('F_COUNT', '675', '2025-05')).toBe(60);
      expect(value('F_DISTRICT', '675', '2025-05')).toBe(7);
      expect(value('F_POP', '24846', '2024')).toBe(5200);
    });

    it('importing the same files again changes nothing', async () => {
      const before = await storeSnapshot(getDb());
      const csv = await run(getDb(), writeCsv('thang8.csv', AUGUST_CSV), 'thang8.csv');
      const xlsx = await run(getDb(), await writeXlsx('thang5.xlsx', MAY_XLSX), 'thang5.xlsx');
      expect(csv).toMatchObject({ ok: true, rows: 5, inserted: 0, updated: 0, unchanged: 5 });
      expect(xlsx).toMatchObject({ ok: true, rows: 6, inserted: 0, updated: 0, unchanged: 6 });
      expect(await storeSnapshot(getDb())).toEqual(before);
    });

    it('a corrected file updates only the changed value, keeping the old one in history with the importer', async () => {
      const corrected = AUGUST_CSV.map((line) =>
        line === 'F_COUNT,24778,2025-08,200' ? 'F_COUNT,24778,2025-08,210' : line,
      );
      const result = await run(getDb(), writeCsv('thang8-sua.csv', corrected), 'thang8-sua.csv');
      expect(result).toMatchObject({ ok: true, inserted: 0, updated: 1, unchanged: 4 });
      const history = await observationHistory({
        em: getDb().em(),
        indicator: 'F_COUNT',
        unit: '24778',
        period: '2025-08',
      });
      expect(history.map((h) => [h.oldValue, h.newValue, h.source, h.changedBy])).toEqual([
        [200, 210, 'import', 'import:thang8-sua.csv'],
        [null, 200, 'import', 'import:thang8.csv'],
      ]);
    });

    it('a dry run checks a good file and writes nothing', async () => {
      const before = await storeSnapshot(getDb());
      const file = writeCsv('thang9.csv', [
        'indicator,unit,period,value',
        'F_COUNT,24778,2025-09,1',
        'F_PART,24778,2025-09,1',
      ]);
      expect(await run(getDb(), file, 'thang9.csv', { dryRun: true })).toEqual({
        ok: true,
        rows: 2,
        written: false,
        inserted: 0,
        updated: 0,
        unchanged: 0,
      });
      expect(await storeSnapshot(getDb())).toEqual(before);
    });
  });

  describe('a file with bad rows is refused whole', () => {
    it('CSV: one line per problem, FILE:row: message in row order, and nothing written', async () => {
      const before = await storeSnapshot(getDb());
      const result = await run(getDb(), badCsv(), 'loi.csv');
      expect(result).toEqual({ ok: false, rows: BAD_ROWS.length, problems: badProblems('loi.csv') });
      expect(await storeSnapshot(getDb())).toEqual(before);
    });

    it('XLSX: the same problems at the same rows, and nothing written', async () => {
      const before = await storeSnapshot(getDb());
      const result = await run(getDb(), await writeXlsx('loi.xlsx', BAD_ROWS), 'loi.xlsx');
      expect(result).toEqual({ ok: false, rows: BAD_ROWS.length, problems: badProblems('loi.xlsx') });
      expect(await storeSnapshot(getDb())).toEqual(before);
    });

    it('an unquoted decimal comma in a CSV splits the value: the row is refused, never read as 1', async () => {
      const before = await storeSnapshot(getDb());
      const file = writeCsv('phay.csv', [
        'indicator,unit,period,value',
        'F_COUNT,24787,2025-09,2',
        'F_PART,24787,2025-09,1,5',
      ]);
      expect(await run(getDb(), file, 'phay.csv')).toEqual({
        ok: false,
        rows: 2,
        problems: ['phay.csv:3: the row has 5 fields but the header has 4 (an unquoted decimal comma? use a dot: 1.5)'],
      });
      expect(await storeSnapshot(getDb())).toEqual(before);
    });

    it('a dry run of a bad file reports the same problems', async () => {
      const result = await run(getDb(), badCsv(), 'loi.csv', { dryRun: true });
      expect(result).toEqual({ ok: false, rows: BAD_ROWS.length, problems: badProblems('loi.csv') });
    });

    it('a repeated row names the row of its first occurrence', async () => {
      const result = await run(getDb(), badCsv(), 'loi.csv', { dryRun: true });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems.at(-1)).toBe('loi.csv:12: period: the same indicator, unit and period as row 2');
    });
  });

  describe('the import command', () => {
    it('exits 1 for a bad file, prints one problem per line and imports nothing', async () => {
      const before = await storeSnapshot(getDb());
      badCsv();
      const { code, stdout, stderr } = await importCli(getUrl(), ['loi.csv']);
      expect(code).toBe(1);
      expect(stdout.trimEnd().split('\n')).toEqual(badProblems('loi.csv'));
      expect(stderr).toContain(
        `loi.csv: ${badProblems('loi.csv').length} problem(s) in ${BAD_ROWS.length} rows; nothing was imported`,
      );
      expect(await storeSnapshot(getDb())).toEqual(before);
    });

    it('exits 0 for a good file with a summary of what it wrote', async () => {
      writeCsv('thang10.csv', ['indicator,unit,period,value', 'F_COUNT,24787,2025-10,7', 'F_COUNT,24778,2025-10,8']);
      const { code, stdout } = await importCli(getUrl(), ['thang10.csv']);
      expect(code).toBe(0);
      expect(stdout).toMatch(
        /^thang10\.csv: 2 rows: 2 inserted, 0 updated, 0 unchanged in \d+\.\d s \(\d+ rows\/s\)\n$/,
      );
      const live = await openLive(getDb());
      expect(live.engine.value('F_COUNT', '68', '2025-10').value).toBe(15);
    });
  });
});

/** Runs `npm run import -- ARGS` the way npm does: from the repository root, with INIT_CWD where the user typed it. */
function importCli(databaseUrl: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'api/src/cli/import.ts', ...args],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, DATABASE_URL: databaseUrl, CATALOG_DIR: FIXTURE_CATALOG_DIR, INIT_CWD: dir },
        timeout: 30_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
