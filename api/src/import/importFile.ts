// Imports one CSV or XLSX file of observations: all rows are read and checked first, every problem reported as
// FILE:row: message; only a file without problems is written, in one transaction (all or nothing).
import type { Catalog } from '@ioc/schema/catalog';
import type { Database } from '../db/database';
import type { ObservationInput } from '../domain/observation';
import { validateObservations } from '../domain/validateObservations';
import { bulkLoadObservations } from '../store/bulkLoad';
import type { UnitDirectory } from '../units/unitDirectory';
import { readRows } from './readRows';

export type ImportResult =
  | { ok: true; rows: number; written: boolean; inserted: number; updated: number; unchanged: number }
  | { ok: false; rows: number; problems: string[] };

export interface ImportProgress {
  phase: 'read' | 'check' | 'write';
  done: number;
  total: number;
}

export async function importFile(options: {
  file: string;
  /** The name shown in messages (default: the path as given). */
  shownAs?: string;
  db: Database;
  catalog: Catalog;
  units: UnitDirectory;
  actor: string;
  dryRun?: boolean;
  onProgress?: (p: ImportProgress) => void;
}): Promise<ImportResult> {
  const { file, db, catalog, units, actor } = options;
  const shown = options.shownAs ?? file;
  const progress = options.onProgress ?? (() => undefined);
  const problems: string[] = [];
  const items: ObservationInput[] = [];
  const rowOf: number[] = [];
  for await (const row of readRows(file)) {
    if (row.problem) problems.push(`${shown}:${row.row}: ${row.problem}`);
    else {
      items.push({ indicator: row.indicator, unit: row.unit, period: row.period, value: row.value });
      rowOf.push(row.row);
    }
    if ((items.length + problems.length) % 50_000 === 0) progress({ phase: 'read', done: items.length, total: 0 });
  }
  const total = items.length + problems.length;
  progress({ phase: 'check', done: 0, total });
  const checked = validateObservations({ catalog, units, items, source: 'import', label: (i) => `row ${rowOf[i]}` });
  if (!checked.ok) {
    for (const e of checked.errors) problems.push(`${shown}:${rowOf[e.index]}: ${e.field}: ${e.message}`);
  }
  if (problems.length > 0) {
    const byRow = (p: string) => Number(p.slice(shown.length + 1).split(':')[0]);
    return { ok: false, rows: total, problems: problems.sort((a, b) => byRow(a) - byRow(b)) };
  }
  if (options.dryRun || !checked.ok)
    return { ok: true, rows: total, written: false, inserted: 0, updated: 0, unchanged: 0 };
  const result = await bulkLoadObservations({
    db,
    rows: checked.items,
    meta: { source: 'import', actor },
    onProgress: (p) => progress({ phase: 'write', done: p.done, total: p.total }),
  });
  return {
    ok: true,
    rows: total,
    written: true,
    inserted: result.inserted,
    updated: result.updated,
    unchanged: result.unchanged,
  };
}
