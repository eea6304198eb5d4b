// Reads a CSV or XLSX file as a table: a header row naming the columns (any order, case-insensitive, UTF-8 BOM
// tolerated), then data rows with their spreadsheet row numbers (the header is row 1). Only the first worksheet.
import { createReadStream, type ReadStream } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

export class ImportFileError extends Error {}

export interface TableRow {
  row: number;
  /** Cell values by column name: strings from CSV; numbers, strings or dates from XLSX. */
  cells: Record<string, unknown>;
  /** Set when the row has more fields than the header: an unquoted decimal comma (1,5) splits a value in two. */
  extra?: { fields: number; header: number };
}

export interface Columns {
  required: readonly string[];
  optional?: readonly string[];
}

function positions(header: unknown[], file: string, columns: Columns): Map<string, number> {
  const names = header.map((h) =>
    String(h ?? '')
      .trim()
      .replace(/^\uFEFF/, '')
      .toLowerCase(),
  );
  const at = new Map<string, number>();
  for (const c of columns.required) {
    const i = names.indexOf(c);
    if (i < 0) {
      throw new ImportFileError(
        `${file}:1: the header must name the columns ${columns.required.join(', ')}; column "${c}" is missing (found: ${names.join(', ') || 'nothing'})`,
      );
    }
    at.set(c, i);
  }
  for (const c of columns.optional ?? []) {
    const i = names.indexOf(c);
    if (i >= 0) at.set(c, i);
  }
  return at;
}

function toTableRow(cells: unknown[], row: number, at: Map<string, number>, width: number): TableRow {
  const byName: Record<string, unknown> = {};
  for (const [name, i] of at) byName[name] = cells[i];
  const extra = cells.slice(width).filter((c) => c !== null && c !== undefined && String(c).trim() !== '').length;
  return extra > 0 ? { row, cells: byName, extra: { fields: cells.length, header: width } } : { row, cells: byName };
}

async function* csvTable(file: string, columns: Columns): AsyncGenerator<TableRow> {
  const parser = createReadStream(file).pipe(
    // Every line ending counts once, whatever the file mixes: csv-parse would otherwise take the first one it meets
    // (a lone CR) as the only delimiter and read a later CRLF's LF as text, merging rows and miscounting lines.
    parse({
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    }),
  );
  let at: Map<string, number> | undefined;
  let width = 0;
  let line = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      line = info.lines;
      if (!at) {
        at = positions(record, file, columns);
        width = record.length;
        continue;
      }
      yield toTableRow(record, line, at, width);
    }
  } catch (e) {
    if (e instanceof ImportFileError) throw e;
    const err = e as Error & { lines?: number };
    throw new ImportFileError(
      `${file}:${err.lines ?? line + 1}: not valid CSV: ${err.message.replace(/^Invalid /, 'invalid ')}`,
    );
  }
  if (!at) throw new ImportFileError(`${file}:1: the file is empty; expected a header ${columns.required.join(',')}`);
}

/**
 * The file as a stream whose consumer's errors are also reported to `failed`. exceljs pipes it into its unzip stream
 * and, when a damaged entry fails to inflate, waits forever for that entry's end: the unzip error is only heard here.
 */
function watchedInput(file: string, failed: (e: Error) => void): ReadStream {
  const input = createReadStream(file);
  const pipe = input.pipe.bind(input);
  input.pipe = (<T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }) => {
    (destination as unknown as NodeJS.EventEmitter).on('error', failed);
    return pipe(destination, options);
  }) as typeof input.pipe;
  return input;
}

/** The items of `iterable` until it ends or `failure` rejects, whichever comes first. */
async function* until<T>(iterable: AsyncIterable<T>, failure: Promise<never>): AsyncGenerator<T> {
  const iterator = iterable[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await Promise.race([iterator.next(), failure]);
      if (next.done) return;
      yield next.value;
    }
  } finally {
    // Not awaited: after a failure the reader never answers.
    void iterator.return?.()?.catch(() => undefined);
  }
}

/** A cell's plain value: a formula's cached result, rich text as its text, an error cell as its code (#N/A). */
function plainCell(c: unknown): unknown {
  if (c === null || typeof c !== 'object' || c instanceof Date) return c;
  if ('result' in c) return plainCell(c.result);
  if ('richText' in c && Array.isArray(c.richText))
    return c.richText.map((run: { text?: unknown }) => run.text).join('');
  if ('text' in c) return c.text;
  if ('error' in c) return c.error;
  // A formula without a cached result (the workbook was never recalculated, or the result is an error).
  if ('formula' in c) return `=${String(c.formula)}`;
  return c;
}

async function* xlsxTable(file: string, columns: Columns): AsyncGenerator<TableRow> {
  let failed: (e: Error) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => {
    failed = reject;
  });
  failure.catch(() => undefined); // raced below; not an unhandled rejection when nobody is waiting
  const input = watchedInput(file, failed);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
  });
  let at: Map<string, number> | undefined;
  let width = 0;
  try {
    for await (const sheet of until(reader, failure)) {
      for await (const r of until(sheet, failure)) {
        const row = r as ExcelJS.Row;
        // row.values is 1-based.
        const cells = (row.values as unknown[]).slice(1).map(plainCell);
        if (!at) {
          at = positions(cells, file, columns);
          width = cells.length;
          continue;
        }
        if (cells.every((c) => c === null || c === undefined || c === '')) continue;
        yield toTableRow(cells, row.number, at, width);
      }
      break;
    }
  } catch (e) {
    if (e instanceof ImportFileError) throw e;
    throw new ImportFileError(`${file}: not a readable XLSX workbook: ${(e as Error).message}`);
  } finally {
    input.destroy();
  }
  if (!at)
    throw new ImportFileError(`${file}:1: the workbook is empty; expected a header ${columns.required.join(', ')}`);
}

export function readTable(file: string, columns: Columns): AsyncGenerator<TableRow> {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return csvTable(file, columns);
  if (ext === '.xlsx') return xlsxTable(file, columns);
  throw new ImportFileError(`${file}: unsupported file type "${ext || 'none'}": use .csv or .xlsx`);
}

/** A cell as text: dates as ISO days (Excel stores daily periods as dates), numbers as written. */
export function cellText(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v ?? '').trim();
}

/** A cell as a number, or a problem that says why not (decimal commas are refused, never guessed). */
export function cellNumber(raw: unknown, name: string): { value: number; problem?: string } {
  if (typeof raw === 'number') return { value: raw };
  const text = String(raw ?? '').trim();
  if (text === '') return { value: Number.NaN, problem: `${name} is empty` };
  if (/^-?\d{1,3}(\.\d{3})*,\d+$/.test(text)) {
    return {
      value: Number.NaN,
      problem: `${name} "${text}" uses a decimal comma; write ${text.replace(/\./g, '').replace(',', '.')}`,
    };
  }
  const value = Number(text);
  return Number.isFinite(value) && /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)
    ? { value }
    : { value: Number.NaN, problem: `${name} "${text}" is not a number` };
}

export function extraFieldsProblem(row: TableRow): string | undefined {
  return row.extra
    ? `the row has ${row.extra.fields} fields but the header has ${row.extra.header} (an unquoted decimal comma? use a dot: 1.5)`
    : undefined;
}
