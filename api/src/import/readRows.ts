// Observation rows of an import file: columns indicator, unit, period, value (DESIGN.md). A cell that cannot be
// read becomes a problem on its row, reported with the others; it never stops the reading.
import { cellNumber, cellText, extraFieldsProblem, readTable } from './readTable';

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

export async function* readRows(file: string): AsyncGenerator<Row> {
  for await (const r of readTable(file, { required: COLUMNS })) {
    const parsed = cellNumber(r.cells.value, 'value');
    const problem = extraFieldsProblem(r) ?? parsed.problem;
    yield {
      row: r.row,
      indicator: cellText(r.cells.indicator),
      unit: cellText(r.cells.unit),
      period: cellText(r.cells.period),
      value: problem ? Number.NaN : parsed.value,
      ...(problem ? { problem } : {}),
    };
  }
}
