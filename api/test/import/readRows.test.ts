// Reading import files: CSV and XLSX give the same rows with spreadsheet row numbers; broken files say where.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type Row, readRows } from '../../src/import/readRows';
import { ImportFileError } from '../../src/import/readTable';

const dir = mkdtempSync(join(tmpdir(), 'ioc-rows-'));

async function all(file: string): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const r of readRows(file)) rows.push(r);
  return rows;
}

function csv(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

async function xlsx(name: string, rows: unknown[][]): Promise<string> {
  const file = join(dir, name);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Số liệu');
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('reading import files', () => {
  it('reads CSV rows with their row numbers, a BOM and any column order', async () => {
    const file = csv(
      'a.csv',
      '\uFEFFunit,indicator,period,value\n24778,TOU_VISITORS,2025-07,1200\n\n24781,TOU_VISITORS,2025-07,-3.5e2\n',
    );
    expect(await all(file)).toEqual([
      { row: 2, indicator: 'TOU_VISITORS', unit: '24778', period: '2025-07', value: 1200 },
      { row: 4, indicator: 'TOU_VISITORS', unit: '24781', period: '2025-07', value: -350 },
    ]);
  });

  it('counts every line ending once when a file mixes CR, LF and CRLF (found by fuzzing, seed 1824667786)', async () => {
    const file = csv(
      'mixed.csv',
      '\rindicator,unit,period,value\r\nTOU_VISITORS,24778,2025-07,1200\n\nTOU_VISITORS,24781,2025-07,7\rPOP_TOTAL,68,2025,3',
    );
    expect(await all(file)).toEqual([
      { row: 3, indicator: 'TOU_VISITORS', unit: '24778', period: '2025-07', value: 1200 },
      { row: 5, indicator: 'TOU_VISITORS', unit: '24781', period: '2025-07', value: 7 },
      { row: 6, indicator: 'POP_TOTAL', unit: '68', period: '2025', value: 3 },
    ]);
  });

  it('reads the same rows from XLSX, numbers and dates as Excel stores them', async () => {
    const file = await xlsx('a.xlsx', [
      ['indicator', 'unit', 'period', 'value'],
      ['TOU_VISITORS', 24778, '2025-07', 1200],
      ['POP_TOTAL', 68, 2025, 3_872_999],
      ['PSV_766_ONLINE', '24781', new Date(Date.UTC(2025, 6, 15)), 17.5],
    ]);
    expect(await all(file)).toEqual([
      { row: 2, indicator: 'TOU_VISITORS', unit: '24778', period: '2025-07', value: 1200 },
      { row: 3, indicator: 'POP_TOTAL', unit: '68', period: '2025', value: 3_872_999 },
      { row: 4, indicator: 'PSV_766_ONLINE', unit: '24781', period: '2025-07-15', value: 17.5 },
    ]);
  });

  it('marks bad values on their row instead of failing the read', async () => {
    const file = csv(
      'b.csv',
      'indicator,unit,period,value\nA,1,2025,\nA,1,2025,1.234,5\nA,1,2025,"1.234,5"\nA,1,2025,abc\n',
    );
    const rows = await all(file);
    expect(rows.map((r) => [r.row, r.problem])).toEqual([
      [2, 'value is empty'],
      [3, 'the row has 5 fields but the header has 4 (an unquoted decimal comma? use a dot: 1.5)'],
      [4, 'value "1.234,5" uses a decimal comma; write 1234.5'],
      [5, 'value "abc" is not a number'],
    ]);
  });

  it.each([
    ['no header', 'x.csv', '', 'x.csv:1: the file is empty; expected a header indicator,unit,period,value'],
    [
      'a missing column',
      'y.csv',
      'indicator,unit,value\nA,1,2\n',
      'y.csv:1: the header must name the columns indicator, unit, period, value; column "period" is missing (found: indicator, unit, value)',
    ],
    ['an unclosed quote', 'z.csv', 'indicator,unit,period,value\nA,1,"2025,3\n', 'z.csv:2: not valid CSV'],
  ])('rejects a CSV with %s', async (_what, name, text, message) => {
    const file = csv(name, text);
    const error = await all(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message.replace(`${dir}/`, '')).toContain(message);
  });

  it('rejects other file types and unreadable workbooks', async () => {
    await expect(all('data.json')).rejects.toThrow('data.json: unsupported file type ".json": use .csv or .xlsx');
    const fake = csv('fake.xlsx', 'indicator,unit,period,value\n');
    const error = await all(fake).catch((e: unknown) => e);
    expect((error as Error).message).toContain('not a readable XLSX workbook');
  });
});
