// The compiled catalog: indicators with their parsed formulas, inputs and dependents, built from the YAML files
// after every rule has been checked. This is what the API, the engine and the docs read.
import { existsSync, statSync } from 'node:fs';
import type { AggregationDef, SectorDef, Source, ThresholdDef } from './catalogSchema';
import { checkGraph } from './dependencyGraph';
import type { Expr } from './formula';
import { checkIndicator } from './indicatorRules';
import { type CatalogFile, listCatalogFiles, loadCatalogFile } from './loader';
import type { Frequency } from './period';
import { type Location, type Problem, sortProblems } from './problem';
import type { AdminLevel } from './units';

export type IndicatorKind = 'input' | 'derived';

export interface Sector extends SectorDef {
  file: string;
}

export interface Indicator {
  code: string;
  name: string;
  nameEn: string;
  sector: string;
  unit: string;
  frequency: Frequency;
  /** The lowest admin level at which the indicator exists. */
  level: AdminLevel;
  /** For a district-level indicator: where it is collected once districts were abolished on 2025-07-01. */
  afterReform?: 'province' | 'commune';
  kind: IndicatorKind;
  source: Source | 'formula';
  bounds?: [number, number];
  aggregation?: AggregationDef;
  formula?: { text: string; expr: Expr };
  /** Indicator codes the formula reads, without repeats, in source order. */
  inputs: string[];
  /** Indicators whose formula reads this one. */
  dependents: string[];
  threshold?: ThresholdDef;
  agency: string;
  description: string;
  key: boolean;
  deprecated?: string;
  since?: string;
  location: Location;
}

export interface Catalog {
  sectors: Sector[];
  indicators: Indicator[];
  byCode: ReadonlyMap<string, Indicator>;
  /** Indicators in an order where every input comes before the indicators that read it. */
  topologicalOrder: string[];
}

/** An indicator while it is being compiled: knows its file so that rules can report located problems. */
export interface DraftIndicator extends Indicator {
  file: CatalogFile;
  index: number;
}

export type CatalogResult = { ok: true; catalog: Catalog; problems: [] } | { ok: false; problems: Problem[] };

/** Compiles already-loaded files; every problem in every file is reported in one run. */
export function compileCatalog(files: CatalogFile[], initialProblems: Problem[] = []): CatalogResult {
  const problems = [...initialProblems];
  const sectors: Sector[] = [];
  const sectorFiles = new Map<string, CatalogFile>();
  const drafts = new Map<string, DraftIndicator>();

  for (const file of files) {
    const sector = file.def.sector;
    const earlier = sectorFiles.get(sector.code);
    if (earlier) {
      const first = earlier.locate(['sector', 'code']);
      problems.push({
        ...file.locate(['sector', 'code']),
        message: `duplicate sector code "${sector.code}": first defined at ${first.file}:${first.line}:${first.col}`,
      });
      continue;
    }
    sectorFiles.set(sector.code, file);
    sectors.push({ ...sector, file: file.path });

    file.def.indicators.forEach((def, index) => {
      const existing = drafts.get(def.code);
      if (existing) {
        const first = existing.location;
        problems.push({
          ...file.locate(['indicators', index, 'code']),
          message: `duplicate indicator code "${def.code}": first defined at ${first.file}:${first.line}:${first.col}`,
        });
        return;
      }
      const { formula: _formula, key, ...rest } = def;
      drafts.set(def.code, {
        ...rest,
        sector: sector.code,
        kind: def.formula === undefined ? 'input' : 'derived',
        source: def.formula === undefined ? (def.source ?? 'manual') : 'formula',
        inputs: [],
        dependents: [],
        key: key ?? false,
        location: file.locate(['indicators', index]),
        file,
        index,
      });
    });
  }

  for (const draft of drafts.values()) problems.push(...checkIndicator(draft, drafts));
  const { problems: graphProblems, order } = checkGraph(drafts);
  problems.push(...graphProblems);

  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };

  const indicators: Indicator[] = [...drafts.values()].map(({ file: _file, index: _index, ...ind }) => ind);
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  for (const ind of indicators) for (const input of ind.inputs) byCode.get(input)?.dependents.push(ind.code);
  sectors.sort((a, b) => a.order - b.order || a.code.localeCompare(b.code));
  return { ok: true, catalog: { sectors, indicators, byCode, topologicalOrder: order }, problems: [] };
}

/** Loads and compiles every `*.yaml` file of a catalog directory (or one catalog file). */
export function loadCatalog(dirOrFile: string): CatalogResult {
  const files: CatalogFile[] = [];
  const problems: Problem[] = [];
  const fail = (message: string): CatalogResult => ({
    ok: false,
    problems: [{ file: dirOrFile, line: 1, col: 1, message }],
  });
  if (!existsSync(dirOrFile)) return fail('no such catalog directory or file');
  const paths = statSync(dirOrFile).isDirectory() ? listCatalogFiles(dirOrFile) : [dirOrFile];
  if (paths.length === 0) return fail('no catalog files (*.yaml) in this directory');
  for (const path of paths) {
    const loaded = loadCatalogFile(path);
    problems.push(...loaded.problems);
    if (loaded.file) files.push(loaded.file);
  }
  return compileCatalog(files, problems);
}
