// The steps of the store-and-compute benchmark, each run in its own child process so that its peak RSS is its own:
// CSV generation, file import with recompute, COPY, seeding, full rebuild and single-value freshness.
import type { Catalog } from '@ioc/schema/catalog';
import { isCoarserOrEqual, type Period, parentAt } from '@ioc/schema/period';
import { type Database, openDatabase } from '../api/src/db/database';
import type { ObservationInput } from '../api/src/domain/observation';
import { computeAll } from '../api/src/engine/computeAll';
import { indicatorValue } from '../api/src/engine/indicatorValue';
import { importFile } from '../api/src/import/importFile';
import { LiveData } from '../api/src/live/liveData';
import { generateDemoObservations } from '../api/src/seed/demoData';
import { loadServedCatalog } from '../api/src/servedCatalog';
import { bulkLoadObservations } from '../api/src/store/bulkLoad';
import { UnitDirectory } from '../api/src/units/unitDirectory';
import { copyCsvWithPg, copyCsvWithPsql, hasPsql, withClient } from './pgCopy';
import {
  type CsvSummary,
  computeDashboard,
  type DashboardResult,
  demoOptions,
  latestCompleteMonth,
  provinceAt,
  withDependents,
  writeDemoCsv,
} from './storeData';

export type DbKind = 'sqlite' | 'postgresql';
export type StepName = 'csv' | 'import' | 'copy' | 'seed' | 'rebuild' | 'fresh';

export interface StepInput {
  step: StepName;
  kind?: DbKind;
  url?: string;
  csv?: string;
  /** Rows of the import CSV. */
  rows: number;
  /** The demo's today and first day. */
  to: string;
  from: string;
  /** Freshness: timed iterations and untimed warm-ups before them. */
  iterations: number;
  warmups: number;
  /** Rebuild: run computeAll after loading (only the load on the second database: the engine is the same). */
  computeAll?: boolean;
  /** Timed runs of each COPY. */
  copyRuns: number;
}

/** Memory of a step's process in MB: RSS once the modules, catalog and units were loaded, and the peak. */
export interface Memory {
  baselineMb: number;
  peakMb: number;
}

export interface CsvResult extends CsvSummary {
  seconds: number;
  memory: Memory;
}

export interface ImportResult {
  kind: DbKind;
  rows: number;
  /** openDatabase on the fresh database: create and migrate (not part of the import). */
  openS: number;
  readS: number;
  validateS: number;
  writeS: number;
  /** Inside write: staging rows into the temp table; the set-based statements; the commit. */
  stagingS: number;
  statementsS: number;
  commitS: number;
  importS: number;
  liveOpenS: number;
  dashboard: DashboardResult;
  memory: Memory;
}

export interface CopyResult {
  rows: number;
  pgS: number[];
  psqlS: number[] | null;
  memory: Memory;
}

export interface SeedResult {
  kind: DbKind;
  rows: number;
  inserted: number;
  seconds: number;
  /** Time spent inside the demo generator (included in the staging phase). */
  generateS: number;
  stagingS: number;
  statementsS: number;
  commitS: number;
  memory: Memory;
}

export interface RebuildResult {
  kind: DbKind;
  observations: number;
  liveOpenS: number;
  compute: { seconds: number; values: number; present: number; digest: string } | null;
  memory: Memory;
}

export interface FreshSample {
  totalMs: number;
  recordMs: number;
  recomputeMs: number;
}

export interface FreshResult {
  kind: DbKind;
  indicator: string;
  dependents: string[];
  /** Values recomputed per iteration (indicators x {commune, province} x {month, quarter, year} that apply). */
  valuesPerIteration: number;
  communes: number;
  month: string;
  liveOpenS: number;
  /** The first iteration, cold; it and the other untimed warm-ups (`warmups` in all) precede the samples. */
  first: FreshSample;
  warmups: number;
  samples: FreshSample[];
  memory: Memory;
}

export type StepResult = CsvResult | ImportResult | CopyResult | SeedResult | RebuildResult | FreshResult;

/** The indicator the freshness step records: monthly, collected per commune, with dependents. */
export const FRESH_INDICATOR = 'TOU_VISITORS';

const now = () => performance.now();
const seconds = (from: number, to: number) => (to - from) / 1000;

interface Context {
  catalog: Catalog;
  units: UnitDirectory;
  baselineMb: number;
}

export async function runStep(input: StepInput): Promise<StepResult> {
  const catalog = loadServedCatalog();
  const units = new UnitDirectory();
  const ctx = { catalog, units, baselineMb: process.memoryUsage().rss / 2 ** 20 };
  switch (input.step) {
    case 'csv':
      return csvStep(input, ctx);
    case 'import':
      return importStep(input, ctx);
    case 'copy':
      return copyStep(input, ctx);
    case 'seed':
      return seedStep(input, ctx);
    case 'rebuild':
      return rebuildStep(input, ctx);
    case 'fresh':
      return freshStep(input, ctx);
  }
}

function memory(ctx: Context): Memory {
  return { baselineMb: ctx.baselineMb, peakMb: process.resourceUsage().maxRSS / 1024 };
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`step argument ${what} is missing`);
  return value;
}

async function withDatabase<T>(input: StepInput, work: (db: Database, openS: number) => Promise<T>): Promise<T> {
  const t0 = now();
  const db = await openDatabase(required(input.url, 'url'));
  const openS = seconds(t0, now());
  try {
    return await work(db, openS);
  } finally {
    await db.close();
  }
}

async function csvStep(input: StepInput, ctx: Context): Promise<CsvResult> {
  const t0 = now();
  const summary = await writeDemoCsv(
    required(input.csv, 'csv'),
    demoOptions(ctx.catalog, input.to, input.from),
    input.rows,
  );
  return { ...summary, seconds: seconds(t0, now()), memory: memory(ctx) };
}

/** importFile end to end, its phases told apart by its progress events, then LiveData.open and the dashboard. */
async function importStep(input: StepInput, ctx: Context): Promise<ImportResult> {
  const kind = required(input.kind, 'kind');
  const file = required(input.csv, 'csv');
  return withDatabase(input, async (db, openS) => {
    let checkAt: number | undefined;
    let writeAt: number | undefined;
    const writeEvents: number[] = [];
    // importFile hands `db` only to bulkLoadObservations, which asks for an EntityManager first: the end of validation.
    const watched: Database = {
      ...db,
      em: () => {
        writeAt ??= now();
        return db.em();
      },
    };
    const t0 = now();
    const result = await importFile({
      file,
      db: watched,
      catalog: ctx.catalog,
      units: ctx.units,
      actor: 'store benchmark',
      onProgress: (p) => {
        if (p.phase === 'check') checkAt ??= now();
        else if (p.phase === 'write') writeEvents.push(now());
      },
    });
    const t1 = now();
    if (!result.ok) throw new Error(`import refused ${file}:\n${result.problems.slice(0, 5).join('\n')}`);
    if (result.inserted !== input.rows) throw new Error(`import inserted ${result.inserted} of ${input.rows} rows`);
    // bulkLoadObservations reports 'writing' before its set-based statements and 'done' after them, last of all.
    const [writing, done] = writeEvents.slice(-2);
    if (checkAt === undefined || writeAt === undefined || writing === undefined || done === undefined) {
      throw new Error('importFile did not report its phases as expected');
    }
    const live = await LiveData.open({ db, catalog: ctx.catalog, units: ctx.units });
    const t2 = now();
    if (live.observations.size !== input.rows) throw new Error(`LiveData holds ${live.observations.size} rows`);
    const dashboard = computeDashboard(live, latestCompleteMonth(input.to));
    return {
      kind,
      rows: result.rows,
      openS,
      readS: seconds(t0, checkAt),
      validateS: seconds(checkAt, writeAt),
      writeS: seconds(writeAt, t1),
      stagingS: seconds(writeAt, writing),
      statementsS: seconds(writing, done),
      commitS: seconds(done, t1),
      importS: seconds(t0, t1),
      liveOpenS: seconds(t1, t2),
      dashboard,
      memory: memory(ctx),
    };
  });
}

/** The limit: COPY of the same CSV into a plain table of the same columns, no index, no key, no history. */
async function copyStep(input: StepInput, ctx: Context): Promise<CopyResult> {
  const url = required(input.url, 'url');
  const file = required(input.csv, 'csv');
  const columns = 'indicator, unit, period, value';
  const create = (table: string) =>
    `create table ${table} (indicator varchar(40) not null, unit varchar(8) not null, ` +
    'period varchar(10) not null, value double precision not null)';
  const check = (n: number, how: string) => {
    if (n !== input.rows) throw new Error(`${how} copied ${n} rows of ${input.rows}`);
  };
  const pgS: number[] = [];
  const psqlS: number[] | null = hasPsql() ? [] : null;
  await withClient(url, async (client) => {
    for (let run = 0; run < input.copyRuns; run++) {
      // Each run into a new empty table, the raw protocol and psql alternating so drift hits both alike.
      await client.query('drop table if exists plain_copy');
      await client.query(create('plain_copy'));
      const t0 = now();
      check(await copyCsvWithPg(client, 'plain_copy', columns, file), 'COPY over the pg protocol');
      pgS.push(seconds(t0, now()));
      if (!psqlS) continue;
      await client.query('drop table if exists plain_copy');
      await client.query(create('plain_copy'));
      const t1 = now();
      check(copyCsvWithPsql(url, 'plain_copy', columns, file), 'psql \\copy');
      psqlS.push(seconds(t1, now()));
    }
    await client.query('drop table if exists plain_copy');
  });
  return { rows: input.rows, pgS, psqlS, memory: memory(ctx) };
}

/** The seed CLI's load: bulkLoadObservations straight from the demo generator, timing the generator on the side. */
async function seedStep(input: StepInput, ctx: Context): Promise<SeedResult> {
  const kind = required(input.kind, 'kind');
  return withDatabase(input, async (db) => {
    let generateMs = 0;
    function* timed(rows: Iterator<ObservationInput>): Generator<ObservationInput> {
      for (;;) {
        const t = now();
        const next = rows.next();
        generateMs += now() - t;
        if (next.done) return;
        yield next.value;
      }
    }
    let writing: number | undefined;
    let done: number | undefined;
    const t0 = now();
    const result = await bulkLoadObservations({
      db,
      rows: timed(generateDemoObservations(demoOptions(ctx.catalog, input.to, input.from))),
      meta: { source: 'import', actor: 'seed (synthetic demo data)' },
      onProgress: (p) => {
        if (p.phase === 'writing') writing = now();
        if (p.phase === 'done') done = now();
      },
    });
    const t1 = now();
    if (writing === undefined || done === undefined) throw new Error('bulkLoadObservations did not report its phases');
    return {
      kind,
      rows: result.rows,
      inserted: result.inserted,
      seconds: seconds(t0, t1),
      generateS: generateMs / 1000,
      stagingS: seconds(t0, writing),
      statementsS: seconds(writing, done),
      commitS: seconds(done, t1),
      memory: memory(ctx),
    };
  });
}

/** `npm run rebuild`: LiveData.open, then computeAll over every indicator, unit and period. */
async function rebuildStep(input: StepInput, ctx: Context): Promise<RebuildResult> {
  const kind = required(input.kind, 'kind');
  return withDatabase(input, async (db) => {
    const t0 = now();
    const live = await LiveData.open({ db, catalog: ctx.catalog, units: ctx.units });
    const t1 = now();
    let compute: RebuildResult['compute'] = null;
    if (input.computeAll) {
      const result = computeAll({ engine: live.engine });
      compute = { seconds: seconds(t1, now()), ...result };
    }
    return { kind, observations: live.observations.size, liveOpenS: seconds(t0, t1), compute, memory: memory(ctx) };
  });
}

/**
 * One observation of FRESH_INDICATOR for one commune at the latest complete month, recorded with recordValues, then
 * every value it feeds recomputed: the indicator and its dependents, for the commune and the province, at the month,
 * its quarter and its year. Communes and values vary between iterations; each iteration changes the stored value.
 */
async function freshStep(input: StepInput, ctx: Context): Promise<FreshResult> {
  const kind = required(input.kind, 'kind');
  const { catalog, units } = ctx;
  return withDatabase(input, async (db) => {
    const t0 = now();
    const live = await LiveData.open({ db, catalog, units });
    const liveOpenS = seconds(t0, now());
    const indicator = catalog.byCode.get(FRESH_INDICATOR);
    if (!indicator) throw new Error(`${FRESH_INDICATOR} is not in the catalog`);
    const affected = withDependents(catalog, indicator.code);
    const month = latestCompleteMonth(input.to);
    const periods: Period[] = [month, parentAt(month, 'quarter'), parentAt(month, 'year')];
    const edition = units.editionFor(month);
    if (!edition) throw new Error(`no edition covers ${month.id}`);
    const communes = edition.atLevel('commune');
    const [low, high] = indicator.bounds ?? [0, Number.MAX_SAFE_INTEGER];
    let valuesPerIteration = 0;

    const iterate = async (i: number): Promise<FreshSample> => {
      const commune = communes[(i * 53) % communes.length];
      if (!commune) throw new Error('the current edition has no commune');
      const old = live.observations.get(indicator.code, commune.code, month.id);
      const provinceBefore = live.engine.compute(indicator, provinceAt(live, month), month).value ?? 0;
      // A value 80-120% of the stored one (or of 1,000), never equal to it, within the indicator's bounds.
      let value = Math.round((old ?? 1000) * (0.8 + 0.4 * ((i * 0.618_034) % 1)));
      if (value === old) value += 1;
      value = Math.min(high, Math.max(low, value));
      const item = { indicator: indicator.code, unit: commune.code, period: month.id, value };
      const t1 = now();
      const recorded = await live.recordValues([item], { source: 'manual', actor: 'store benchmark' });
      const t2 = now();
      let computed = 0;
      for (const period of periods) {
        const communeAt = units.get(units.editionFor(period) ?? edition, commune.code);
        if (!communeAt) throw new Error(`commune ${commune.code} is not in the edition of ${period.id}`);
        for (const unit of [communeAt, provinceAt(live, period)]) {
          for (const ind of affected) {
            if (!isCoarserOrEqual(period.frequency, ind.frequency)) continue;
            indicatorValue({ engine: live.engine, targets: live.targets, indicator: ind, unit, period });
            computed++;
          }
        }
      }
      const t3 = now();
      valuesPerIteration = computed;
      if (!recorded.ok || recorded.inserted + recorded.updated !== 1) {
        throw new Error(`recordValues did not change ${item.unit} ${item.period}: ${JSON.stringify(recorded)}`);
      }
      // Fresh means the new value is what the engine now reads, at the commune and summed into the province.
      const communeNow = live.engine.value(indicator.code, commune.code, month.id).value;
      const provinceNow = live.engine.compute(indicator, provinceAt(live, month), month).value ?? 0;
      const expected = provinceBefore + value - (old ?? 0);
      if (communeNow !== value || Math.abs(provinceNow - expected) > 1e-9 * Math.max(1, Math.abs(expected))) {
        throw new Error(`stale value after recordValues: commune ${communeNow} (${value}), province ${provinceNow}`);
      }
      return { totalMs: t3 - t1, recordMs: t2 - t1, recomputeMs: t3 - t2 };
    };

    const first = await iterate(0);
    for (let i = 1; i < input.warmups; i++) await iterate(i);
    const samples: FreshSample[] = [];
    for (let i = 0; i < input.iterations; i++) samples.push(await iterate(input.warmups + i));
    return {
      kind,
      indicator: indicator.code,
      dependents: affected.slice(1).map((i) => i.code),
      valuesPerIteration,
      communes: communes.length,
      month: month.id,
      liveOpenS,
      first,
      warmups: Math.max(1, input.warmups),
      samples,
      memory: memory(ctx),
    };
  });
}
