// Imports a file of yearly targets (indicator, unit, year, target | low, high): all rows checked first, every
// problem as FILE:row: message; only a file without problems is written, in one transaction.
import type { Catalog } from '@ioc/schema/catalog';
import type { Database } from '../db/database';
import type { TargetInput } from '../domain/observation';
import { validateTargets } from '../domain/validateTargets';
import { upsertTargets } from '../store/targets';
import type { UnitDirectory } from '../units/unitDirectory';
import { readTargetRows } from './readTargetRows';

export type TargetImportResult =
  | { ok: true; rows: number; written: boolean; inserted: number; updated: number; unchanged: number }
  | { ok: false; rows: number; problems: string[] };

export async function importTargets(options: {
  file: string;
  shownAs?: string;
  db: Database;
  catalog: Catalog;
  units: UnitDirectory;
  actor: string;
  dryRun?: boolean;
}): Promise<TargetImportResult> {
  const shown = options.shownAs ?? options.file;
  const problems: Array<{ row: number; text: string }> = [];
  const items: TargetInput[] = [];
  const rowOf: number[] = [];
  for await (const r of readTargetRows(options.file)) {
    if (r.problem) problems.push({ row: r.row, text: r.problem });
    else {
      const { row, problem: _problem, ...target } = r;
      items.push(target);
      rowOf.push(row);
    }
  }
  const rows = items.length + problems.length;
  const checked = validateTargets({
    catalog: options.catalog,
    units: options.units,
    items,
    label: (i) => `row ${rowOf[i]}`,
  });
  if (!checked.ok) {
    for (const e of checked.errors) problems.push({ row: rowOf[e.index] ?? 0, text: `${e.field}: ${e.message}` });
  }
  if (problems.length > 0 || !checked.ok) {
    problems.sort((a, b) => a.row - b.row);
    return { ok: false, rows, problems: problems.map((p) => `${shown}:${p.row}: ${p.text}`) };
  }
  if (options.dryRun) return { ok: true, rows, written: false, inserted: 0, updated: 0, unchanged: 0 };
  const result = await upsertTargets({
    em: options.db.em(),
    items: checked.items,
    meta: { source: 'import', actor: options.actor },
  });
  return {
    ok: true,
    rows,
    written: true,
    inserted: result.inserted,
    updated: result.updated,
    unchanged: result.unchanged,
  };
}
