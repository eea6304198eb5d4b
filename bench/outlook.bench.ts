// `npm run bench:outlook [-- --write]`: what the early warning costs and how honest its error is, on the demo data in
// memory (no database, no HTTP: the engine only). `--write` replaces the "## Early warning" section of bench/RESULTS.md.
// 1. Judging every value the alert sweep watches (as of today), twice per round on fresh engines: the period's own
//    status only (compute, target, statusOf, the same value object), then as served (indicatorValue, which weighs the year's outlook for
//    AT_RISK); four rounds alternating which goes first, medians, the ratio of the two in the same run.
// 2. The backtest's calibration: 2025 projected at the end of each month from January to November (2024, the demo
//    data's first year, teaching the seasonal pattern), at the province, for every monthly commune indicator summed over time: the mean
//    absolute error, and how often the actual year fell within one and two stated standard errors (a normal error
//    would give 68% and 95%).
import { cpus, loadavg } from 'node:os';
import { parsePeriod } from '@ioc/schema/period';
import { loadEditions } from '@ioc/schema/units';
import { localDay } from '../api/src/alerts/today';
import { watchedValues } from '../api/src/alerts/watchedValues';
import { Engine } from '../api/src/engine/engine';
import { indicatorValue } from '../api/src/engine/indicatorValue';
import { ObservationIndex } from '../api/src/engine/observationIndex';
import { isProjectable, projectYearEnd } from '../api/src/engine/projection';
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

// Calibration of the stated error.
const engine = new Engine({ catalog, units, observations });
const edition2025 = units.editionFor(parsePeriod('2025'));
const province = edition2025 && units.get(edition2025, '68');
if (!province) throw new Error('no province');
const codes = catalog.indicators.filter((i) => isProjectable(i) && i.frequency === 'month' && i.level === 'commune');
const rows: string[] = [];
let all = 0;
let within1 = 0;
let within2 = 0;
for (let m = 1; m <= 11; m++) {
  const period = parsePeriod(`2025-${String(m).padStart(2, '0')}`);
  const errors: number[] = [];
  let one = 0;
  let two = 0;
  for (const indicator of codes) {
    const actual = engine.compute(indicator, province, parsePeriod('2025')).value;
    const p = projectYearEnd({ engine, indicator, unit: province, period });
    if (!p || actual === null || actual === 0) continue;
    const error = Math.abs(actual / p.value - 1);
    errors.push(error);
    if (Math.abs(actual - p.value) <= p.value * p.relativeError) one++;
    if (Math.abs(actual - p.value) <= 2 * p.value * p.relativeError) two++;
  }
  all += errors.length;
  within1 += one;
  within2 += two;
  const mean = errors.reduce((a, b) => a + b, 0) / errors.length;
  rows.push(
    `| ${period.id} | ${errors.length} | ${(mean * 100).toFixed(1)}% | ${Math.round((one / errors.length) * 100)}% | ${Math.round((two / errors.length) * 100)}% |`,
  );
}

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
  "Calibration of the projection: 2025 at the province projected at the end of each month from the earlier years (the stated relative error is the spread of the seasonal share between them, at least 5%), against 2025's actual total, for every monthly commune indicator summed over time:",
  '',
  '| Projected at the end of | Indicators | Mean abs. error | Actual within 1 stated error | within 2 |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows,
  '',
  `Over all months: ${Math.round((within1 / all) * 100)}% within one stated error, ${Math.round((within2 / all) * 100)}% within two (a normal error: 68%, 95%).`,
].join('\n');
console.log(body);
if (write) writeResultsSection(SECTION_TITLE, body);
