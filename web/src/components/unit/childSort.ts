// Server-side sorting of the children table: by name, by a key indicator's value, or by a status count. The URL holds
// the column (`sort`) and the direction (`dir`); values missing sort last either way.
import type { SortDir } from './unitState';

/** Columns of every tab; any other `sort` names a key indicator (its code). */
export const STATUS_COLUMNS = ['achieved', 'warning', 'atRisk', 'notAchieved', 'noData'] as const;
export type StatusColumn = (typeof STATUS_COLUMNS)[number];

export const isGenericColumn = (sort: string | undefined) =>
  sort === 'name' || STATUS_COLUMNS.includes(sort as StatusColumn);

export type ChildRow = {
  code: string;
  name: string;
  /** The sortable numbers of the row, by column: indicator codes and status columns. */
  numbers: Record<string, number | null | undefined>;
};

const collator = new Intl.Collator('vi');

/** The rows in the order the URL asks for; without `sort`, the API's order (by code). */
export function sortRows<R extends ChildRow>(rows: readonly R[], sort: string | undefined, dir: SortDir): R[] {
  if (!sort) return [...rows];
  const sign = dir === 'desc' ? -1 : 1;
  if (sort === 'name') return [...rows].sort((a, b) => sign * collator.compare(a.name, b.name));
  return [...rows].sort((a, b) => {
    const x = a.numbers[sort];
    const y = b.numbers[sort];
    const missingX = x === null || x === undefined;
    const missingY = y === null || y === undefined;
    if (missingX || missingY) return missingX === missingY ? 0 : missingX ? 1 : -1;
    return sign * (x - y) || collator.compare(a.name, b.name);
  });
}

/** The direction a click on a column header asks for: the other one when it is the current column; else names A–Z
 *  and numbers largest first. */
export function nextDir(column: string, sort: string | undefined, dir: SortDir | undefined): SortDir {
  if (column === sort) return (dir ?? defaultDir(column)) === 'asc' ? 'desc' : 'asc';
  return defaultDir(column);
}

export const defaultDir = (column: string): SortDir => (column === 'name' ? 'asc' : 'desc');
