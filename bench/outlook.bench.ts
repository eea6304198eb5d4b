// `npm run bench:outlook [-- --write]`: what the early warning costs and how honest its error is, on the demo data in
// memory (no database, no HTTP: the engine only). `--write` replaces the "## Early warning" section of bench/RESULTS.md.
// 1. Judging every value the alert sweep watches (as of today), twice per round on fresh engines: the period's own
//    status only (compute, target, statusOf, the same value object), then as served (indicatorValue, which weighs the year's outlook for
//    AT_RISK); four rounds alternating which goes first, medians, the ratio of the two in the same run.
// 2. The backtest's calibration: 2025 projected at the end of each month from January to November (2024, the demo
//    data's first year, teaching the seasonal pattern), at the province, for every projectable indicator, by method:
//    the mean absolute error, and how often the actual year fell within one and two stated standard errors (a normal
//    error would give 68% and 95%).
import { cpus, loadavg } from 'node:os';
import { parsePeriod } from '@ioc/schema/period';
import { loadEditions } from '@ioc/schema/units';
import { localDay } from '../api/src/alerts/today';
import { watchedValues } from '../api/src/alerts/watchedValues';
import { Engine } from '../api/src/engine/engine';
import { indicatorValue } from '../api/src/engine/indicatorValue';
import { ObservationIndex } from '../api/src/engine/observationIndex';
import { isProjectable, type ProjectionMethod, projectYearEnd } from '../api/src/engine/projection';
import { statusOf } from '../api/src/engine/status';
import { TargetIndex, targetFor } from '../api/src/engine/targets';
import { generateDemoObservations } from '../api/src/seed/demoData';
import { loadServedCatalog } from '../api/src/servedCatalog';
import { UnitDirectory } from '../api/src/units/unitDirectory';
import { writeResultsSection } from './resultsFile';

const SECTION_TITLE = '## Early warning';
const ROUNDS = 4;

const started = performance.now();
const loadAtStart = loadavg()[0] ?? 0;
const write = process.argv.includes('--write');
const catalog = loadServedCatalog();
const units = new UnitDirectory();
const today = localDay();
const t0 = performance.now();
const observations = ObservationIndex.from(generateDemoObservations({ catalog, editions: loadEditions(), to: today }));
const loadSeconds = (performance.now() - t0) / 1000;
const targets = new TargetIndex();
const watched = [...watchedValues({ catalog, units, today })];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const plain: number[] = [];
const served: number[] = [];
let atRisk = 0;
function judgePlain(): number {
  const engine = new Engine({ catalog, units, observations });
  const t = performance.now();
  let kept = 0;
  for (const v of watched) {
    // The value as indicatorValue built it before the outlook: the same object, the period's own status.
    const computed = engine.compute(v.indicator, v.unit, v.period);
    const target = targetFor(v.indicator, v.unit.unit.code, v.period, targets);
    const value = { ...computed, ...v, target, status: statusOf(computed.value, target) };
    if (value.status === 'ACHIEVED') kept++;
  }
  if (kept === 0) throw new Error('no value achieved: the data did not load');
  return performance.now() - t;
}

function judgeServed(): number {
  const engine = new Engine({ catalog, units, observations });
  const t = performance.now();
  atRisk = 0;
  for (const v of watched) if (indicatorValue({ engine, targets, ...v }).status === 'AT_RISK') atRisk++;
  return performance.now() - t;
}

// Alternating which goes first, so neither always pays for the other's garbage.
for (let round = 0; round < ROUNDS; round++) {
  if (round % 2 === 0) {
    plain.push(judgePlain());
    served.push(judgeServed());
  } else {
    served.push(judgeServed());
    plain.push(judgePlain());
  }
}

// Calibration of the stated error, by method: every projectable indicator with a 2025 value at the province.
const engine = new Engine({ catalog, units, observations });
const edition2025 = units.editionFor(parsePeriod('2025'));
const province = edition2025 && units.get(edition2025, '68');
if (!province) throw new Error('no province');
const METHODS: ProjectionMethod[] = ['RUNNING_TOTAL', 'SEASONAL_RATIO', 'FORMULA'];
type Tally = { n: number; errors: number[]; one: number; two: number };
const empty = (): Tally => ({ n: 0, errors: [], one: 0, two: 0 });
const tally = (): Record<ProjectionMethod, Tally> => ({
  RUNNING_TOTAL: empty(),
  SEASONAL_RATIO: empty(),
  FORMULA: empty(),
});
const overall = tally();
const actuals = new Map(
  catalog.indicators
    .filter((i) => isProjectable(i))
    .map((i) => [i, engine.compute(i, province, parsePeriod('2025')).value] as const)
    .filter(([, v]) => v !== null),
);
const rows: string[] = [];
for (let m = 1; m <= 11; m++) {
  const month = parsePeriod(`2025-${String(m).padStart(2, '0')}`);
  const quarter = m % 3 === 0 ? parsePeriod(`2025-Q${m / 3}`) : null;
  const at = tally();
  for (const [indicator, actual] of actuals) {
    const period = indicator.frequency === 'quarter' ? quarter : month;
    const p = period && projectYearEnd({ engine, indicator, unit: province, period });
    if (!p || actual === null) continue;
    for (const t of [at[p.method], overall[p.method]]) {
      t.n++;
      if (actual !== 0) t.errors.push(Math.abs(actual / p.value - 1));
      if (Math.abs(actual - p.value) <= p.standardError) t.one++;
      if (Math.abs(actual - p.value) <= 2 * p.standardError) t.two++;
    }
  }
  const pct = (x: number, n: number) => `${Math.round((x / n) * 100)}%`;
  const cell = (t: Tally, withError: boolean) =>
    t.n === 0
      ? '— | — | —'
      : `${t.n}${withError ? `, ${((t.errors.reduce((a, b) => a + b, 0) / t.errors.length) * 100).toFixed(1)}%` : ''} | ${pct(t.one, t.n)} | ${pct(t.two, t.n)}`;
  rows.push(
    `| ${month.id} | ${cell(at.RUNNING_TOTAL, true)} | ${cell(at.SEASONAL_RATIO, true)} | ${cell(at.FORMULA, false)} |`,
  );
}
const summary = METHODS.map(
  (m) =>
    `${m} ${Math.round((overall[m].one / overall[m].n) * 100)}% within one stated error, ${Math.round((overall[m].two / overall[m].n) * 100)}% within two (${overall[m].n} projections)`,
).join('; ');

const cpu = cpus();
const ms = (x: number) => `${Math.round(x).toLocaleString('en-US')} ms`;
const body = [
  'Command: `npm run bench:outlook -- --write` (bench/outlook.bench.ts).',
  '',
  `Measured ${today} on Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}; load average ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end; the whole run took ${((performance.now() - started) / 1000).toFixed(0)} s. The demo observations generated in memory up to ${today} (${observations.size.toLocaleString('en-US')}, ${loadSeconds.toFixed(1)} s), the engine alone: no database, no HTTP.`,
  '',
  `Judging the ${watched.length.toLocaleString('en-US')} values the alert sweep watches as of ${today}, fresh engine each time, median of ${ROUNDS} rounds (alternating which goes first):`,
  '',
  '| Judged as | Median | Rounds |',
  '| --- | ---: | --- |',
  `| the period's own status (compute, target, statusOf: indicatorValue before AT_RISK) | ${ms(median(plain))} | ${plain.map(ms).join(', ')} |`,
  `| as served (indicatorValue: with the year's outlook) | ${ms(median(served))} | ${served.map(ms).join(', ')} |`,
  '',
  `Ratio served / own status: ${(median(served) / median(plain)).toFixed(2)}. ${atRisk} of the values are AT_RISK.`,
  '',
  "Calibration of the projection: 2025 at the province projected at the end of each month (quarterly indicators at the quarter's end) from the earlier year 2024, against 2025's actual year, for every projectable indicator with a 2025 value there (those read only in part through the 2025 crosswalk are not projected). Per method: projections (and the mean absolute relative error, not for formulas, whose values may be near 0), actual within 1 and 2 stated standard errors:",
  '',
  '| Projected at the end of | Running total: n, mean abs. error | ≤ 1 SE | ≤ 2 SE | Seasonal ratio: n, mean abs. error | ≤ 1 SE | ≤ 2 SE | Formula: n | ≤ 1 SE | ≤ 2 SE |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
  '',
  `Over all months: ${summary}. A normal error would give 68% and 95%.`,
].join('\n');
console.log(body);
if (write) writeResultsSection(SECTION_TITLE, body);
