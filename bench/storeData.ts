// What the store-and-compute benchmark feeds and reads: the demo options, the CSV of demo rows it imports, the province
// dashboard it computes after a load and the dependents of one changed observation.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Catalog, Indicator } from '@ioc/schema/catalog';
import { isCoarserOrEqual, type Period, periodOf, previous } from '@ioc/schema/period';
import { loadEditions } from '@ioc/schema/units';
import { indicatorValue } from '../api/src/engine/indicatorValue';
import { readersOf } from '../api/src/engine/readers';
import type { LiveData } from '../api/src/live/liveData';
import { DEMO_FROM, type DemoOptions, generateDemoObservations } from '../api/src/seed/demoData';
import type { UnitInEdition } from '../api/src/units/unitDirectory';

/** The province whose dashboard is computed: Lâm Đồng, in every edition. */
export const PROVINCE = '68';

export function demoOptions(catalog: Catalog, to: string, from = DEMO_FROM): DemoOptions {
  return { catalog, editions: loadEditions(), from, to };
}

/** The last month that ended on or before `to` (the demo's today). */
export function latestCompleteMonth(to: string): Period {
  const month = periodOf(to, 'month');
  return month.end <= to ? month : previous(month);
}

/** The latest complete period of `frequency` that ended on or before the end of `month` (the month itself or finer). */
export function periodForDashboard(month: Period, frequency: Indicator['frequency']): Period {
  if (isCoarserOrEqual('month', frequency)) return month;
  const p = periodOf(month.end, frequency);
  return p.end <= month.end ? p : previous(p);
}

export interface CsvSummary {
  rows: number;
  bytes: number;
  indicators: number;
  /** Rows of each frequency. */
  byFrequency: Record<string, number>;
  /** Indicators left out because `import` may not write them (the national feed's). */
  skipped: string[];
}

/**
 * Writes the first `limit` demo rows that an import may write (national-feed indicators are refused to `import`) as
 * indicator,unit,period,value, through a write stream in blocks of lines, waiting for it to drain.
 */
export async function writeDemoCsv(path: string, options: DemoOptions, limit: number): Promise<CsvSummary> {
  const { catalog } = options;
  const skipped = catalog.indicators.filter((i) => i.source === 'national-feed').map((i) => i.code);
  const refused = new Set(skipped);
  const out = createWriteStream(path);
  const byFrequency: Record<string, number> = {};
  const indicators = new Set<string>();
  let lines = ['indicator,unit,period,value'];
  let rows = 0;
  const flush = async () => {
    if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
    lines = [];
  };
  for (const o of generateDemoObservations(options)) {
    if (refused.has(o.indicator)) continue;
    // String(number) round-trips exactly, so the stored values equal the generated ones.
    lines.push(`${o.indicator},${o.unit},${o.period},${String(o.value)}`);
    const frequency = catalog.byCode.get(o.indicator)?.frequency ?? '?';
    byFrequency[frequency] = (byFrequency[frequency] ?? 0) + 1;
    indicators.add(o.indicator);
    if (++rows === limit) break;
    if (lines.length === 10_000) await flush();
  }
  await flush();
  out.end();
  await once(out, 'close');
  if (rows < limit) throw new Error(`the demo has only ${rows} importable rows; ${limit} were asked for`);
  return { rows, bytes: out.bytesWritten, indicators: indicators.size, byFrequency, skipped };
}

export interface DashboardResult {
  values: number;
  present: number;
  ms: number;
  /** SHA-256 of every value and status, to compare databases. */
  digest: string;
}

/**
 * The province dashboard: every indicator of the catalog for the province, at `month` for indicators collected monthly
 * or more often, else at the latest complete quarter or year, through indicatorValue (value, target, status).
 */
export function computeDashboard(live: LiveData, month: Period): DashboardResult {
  const hash = createHash('sha256');
  let present = 0;
  const t0 = performance.now();
  for (const indicator of live.catalog.indicators) {
    const period = periodForDashboard(month, indicator.frequency);
    const unit = provinceAt(live, period);
    const v = indicatorValue({ engine: live.engine, targets: live.targets, indicator, unit, period });
    if (v.value !== null) present++;
    hash.update(`${indicator.code}|${period.id}|${v.value ?? '-'}|${v.reporting}/${v.expected}|${v.status}\n`);
  }
  const ms = performance.now() - t0;
  return { values: live.catalog.indicators.length, present, ms, digest: hash.digest('hex') };
}

export function provinceAt(live: LiveData, period: Period): UnitInEdition {
  const edition = live.units.editionFor(period);
  const unit = edition && live.units.get(edition, PROVINCE);
  if (!unit) throw new Error(`no province ${PROVINCE} in the edition of ${period.id}`);
  return unit;
}

/** The indicator and every indicator that reads it (by formula, or weighted by it), transitively, in topological order. */
export function withDependents(catalog: Catalog, code: string): Indicator[] {
  const readers = readersOf(catalog)(code);
  return catalog.topologicalOrder.filter((c) => readers.has(c)).map((c) => catalog.byCode.get(c) as Indicator);
}
