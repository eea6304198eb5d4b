// Target rows of an import file: columns indicator, unit, year and target (for higher/lower-is-better indicators)
// or low and high (for a range), as in the People's Council's resolutions.
import type { TargetInput } from '../domain/observation';
import { cellNumber, cellText, extraFieldsProblem, readTable } from './readTable';

export const TARGET_COLUMNS = { required: ['indicator', 'unit', 'year'], optional: ['target', 'low', 'high'] } as const;

export interface TargetRow extends TargetInput {
  row: number;
  problem?: string;
}

export async function* readTargetRows(file: string): AsyncGenerator<TargetRow> {
  for await (const r of readTable(file, TARGET_COLUMNS)) {
    const problems: string[] = [];
    const optional = (name: 'target' | 'low' | 'high'): number | null => {
      const raw = r.cells[name];
      if (raw === undefined || raw === null || String(raw).trim() === '') return null;
      const parsed = cellNumber(raw, name);
      if (parsed.problem) problems.push(parsed.problem);
      return parsed.problem ? null : parsed.value;
    };
    const year = cellNumber(r.cells.year, 'year');
    if (year.problem) problems.push(year.problem);
    const row: TargetRow = {
      row: r.row,
      indicator: cellText(r.cells.indicator),
      unit: cellText(r.cells.unit),
      year: year.value,
      value: optional('target'),
      low: optional('low'),
      high: optional('high'),
    };
    const problem = extraFieldsProblem(r) ?? problems[0];
    yield problem ? { ...row, problem } : row;
  }
}
