// Reads an import file (CSV or XLSX) into rows with their spreadsheet row numbers (the header is row 1).
// Columns: indicator, unit, period, value (DESIGN.md). Cell-level problems become row errors, not exceptions.
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

export const COLUMNS = ['indicator', 'unit', 'period', 'value'] as const;

export interface Row {
  row: number;
  indicator: string;
  unit: string;
  period: string;
  /** The parsed number, or NaN with `problem` set. */
  value: number;
  problem?: string;
}

export class ImportFileError extends Error {}

function parseValue(raw: unknown): { value: number; problem?: string } {
  if (typeof raw === 'number') return { value: raw };
  const text = String(raw ?? '').trim();
  if (text === '') return { value: Number.NaN, problem: 'value is empty' };
  if (/^-?\d{1,3}(\.\d{3})*,\d+$/.test(text)) {
    return {
      value: Number.NaN,
      problem: `value "${text}" uses a decimal comma; write ${text.replace(/\./g, '').replace(',', '.')}`,
    };
  }
  const value = Number(text);
  return Number.isFinite(value) && /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)
    ? { value }
    : { value: Number.NaN, problem: `value "${text}" is not a number` };
}

function checkHeader(header: string[], file: string): Map<(typeof COLUMNS)[number], number> {
  const names = header.map((h) =>
    h
      .trim()
      .replace(/^\uFEFF/, '')
      .toLowerCase(),
  );
  const positions = new Map<(typeof COLUMNS)[number], number>();
  for (const c of COLUMNS) {
    const i = names.indexOf(c);
    if (i < 0) {
      throw new ImportFileError(
        `${file}:1: the header must name the columns ${COLUMNS.join(', ')}; column "${c}" is missing (found: ${names.join(', ') || 'nothing'})`,
      );
    }
    positions.set(c, i);
  }
  return positions;
}

function toRow(cells: unknown[], row: number, at: Map<(typeof COLUMNS)[number], number>, width: number): Row {
  const text = (c: (typeof COLUMNS)[number]) => {
    const v = cells[at.get(c) as number];
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return String(v ?? '').trim();
  };
  const parsed = parseValue(cells[at.get('value') as number]);
  // An unquoted decimal comma (1,5) splits a value into two fields: never read it as 1.
  const extra = cells.slice(width).some((c) => c !== null && c !== undefined && String(c).trim() !== '');
  const value = extra ? Number.NaN : parsed.value;
  const problem = extra
    ? `the row has ${cells.length} fields but the header has ${width} (an unquoted decimal comma? use a dot: 1.5)`
    : parsed.problem;
  return {
    row,
    indicator: text('indicator'),
    unit: text('unit'),
    period: text('period'),
    value,
    ...(problem ? { problem } : {}),
  };
}

async function* csvRows(file: string): AsyncGenerator<Row> {
  const parser = createReadStream(file).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }),
  );
  let at: Map<(typeof COLUMNS)[number], number> | undefined;
  let width = 0;
  let line = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      line = info.lines;
      if (!at) {
        at = checkHeader(record, file);
        width = record.length;
        continue;
      }
      yield toRow(record, line, at, width);
    }
  } catch (e) {
    if (e instanceof ImportFileError) throw e;
    const err = e as Error & { lines?: number };
    throw new ImportFileError(
      `${file}:${err.lines ?? line + 1}: not valid CSV: ${err.message.replace(/^Invalid /, 'invalid ')}`,
    );
  }
  if (!at) throw new ImportFileError(`${file}:1: the file is empty; expected a header ${COLUMNS.join(',')}`);
}

async function* xlsxRows(file: string): AsyncGenerator<Row> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
  });
  let at: Map<(typeof COLUMNS)[number], number> | undefined;
  let width = 0;
  try {
    for await (const sheet of reader) {
      for await (const r of sheet) {
        const row = r as ExcelJS.Row;
        // row.values is 1-based: index 0 is empty.
        const cells = (row.values as unknown[])
          .slice(1)
          .map((c) =>
            c !== null && typeof c === 'object' && !(c instanceof Date) && 'result' in c
              ? (c as { result: unknown }).result
              : c,
          );
        if (!at) {
          at = checkHeader(
            cells.map((c) => String(c ?? '')),
            file,
          );
          width = cells.length;
          continue;
        }
        if (cells.every((c) => c === null || c === undefined || c === '')) continue;
        yield toRow(cells, row.number, at, width);
      }
      break; // the first worksheet only
    }
  } catch (e) {
    if (e instanceof ImportFileError) throw e;
    throw new ImportFileError(`${file}: not a readable XLSX workbook: ${(e as Error).message}`);
  }
  if (!at) throw new ImportFileError(`${file}:1: the workbook is empty; expected a header ${COLUMNS.join(', ')}`);
}

export function readRows(file: string): AsyncGenerator<Row> {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return csvRows(file);
  if (ext === '.xlsx') return xlsxRows(file);
  throw new ImportFileError(`${file}: unsupported file type "${ext || 'none'}": use .csv or .xlsx`);
}
