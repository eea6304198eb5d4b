// The rules one indicator must keep, beyond its shape: input versus derived fields, ratios that cannot be summed,
// thresholds consistent with their direction, and formulas whose inputs exist at its frequency and level.
import type { DraftIndicator } from './catalog';
import { FormulaError, parseFormula, references } from './formula';
import type { YamlPath } from './loader';
import { FREQUENCIES, type Frequency, tryParsePeriod } from './period';
import type { Problem } from './problem';
import { ADMIN_LEVELS, type AdminLevel } from './units';

/** Units of measure that express a ratio: summing them over units or time gives nonsense. */
export function isRatioUnit(unit: string): boolean {
  return unit === '%' || unit === '‰' || unit.includes('/');
}

const ADJECTIVE: Record<Frequency, string> = {
  day: 'daily',
  week: 'weekly',
  month: 'monthly',
  quarter: 'quarterly',
  year: 'yearly',
};
const levelRank = (l: AdminLevel): number => ADMIN_LEVELS.indexOf(l);
const freqRank = (f: Frequency): number => FREQUENCIES.indexOf(f);

/** The level an indicator is collected at from 2025-07-01, when districts no longer exist. */
export function levelAfterReform(ind: { level: AdminLevel; afterReform?: 'province' | 'commune' }): AdminLevel {
  return ind.level === 'district' ? (ind.afterReform ?? 'province') : ind.level;
}

export function checkIndicator(ind: DraftIndicator, all: ReadonlyMap<string, DraftIndicator>): Problem[] {
  const problems: Problem[] = [];
  const path = (...p: YamlPath): YamlPath => ['indicators', ind.index, ...p];
  const add = (p: YamlPath, message: string, at: 'key' | 'value' = 'value') =>
    problems.push({ ...ind.file.locate(p, at), message: `${ind.code}: ${message}` });
  const def = ind.file.def.indicators[ind.index];
  if (!def) return problems;

  if (ind.level === 'district' && !def.afterReform) {
    add(
      path('level'),
      'a district-level indicator needs afterReform (province or commune): districts end on 2025-07-01',
    );
  }
  if (ind.level !== 'district' && def.afterReform) {
    add(path('afterReform'), 'afterReform applies only to level: district', 'key');
  }

  if (def.formula === undefined) {
    if (!def.source) add(path(), 'an input indicator needs source (manual, import or national-feed), or a formula');
    if (!def.bounds) add(path(), 'an input indicator needs bounds: [min, max]');
    if (!def.aggregation) add(path(), 'an input indicator needs aggregation: { units, time }');
  } else {
    for (const field of ['source', 'bounds', 'aggregation'] as const) {
      if (def[field] !== undefined) {
        const why =
          field === 'aggregation'
            ? 'a derived indicator is recomputed from its aggregated inputs at every level and period'
            : 'it comes from its formula';
        add(path(field), `${field} is not allowed on a derived indicator: ${why}`, 'key');
      }
    }
    checkFormula(ind, def.formula, all, path('formula'), problems);
  }

  if (def.since !== undefined) {
    const parsed = tryParsePeriod(def.since);
    if (!parsed.ok) add(path('since'), `since: ${parsed.error.message}`);
    else if (parsed.period.frequency !== def.frequency) {
      add(
        path('since'),
        `since: "${def.since}" is a ${parsed.period.frequency} but the indicator is collected by ${def.frequency}`,
      );
    }
  }

  if (def.bounds && def.bounds[0] >= def.bounds[1]) {
    add(path('bounds'), `bounds [${def.bounds.join(', ')}] must be [min, max] with min < max`);
  }

  const agg = def.aggregation;
  if (agg) {
    if (isRatioUnit(def.unit) && agg.units === 'sum') {
      add(
        path('aggregation', 'units'),
        `a ratio (${def.unit}) cannot be summed over units: make it derived, or use average or weightedAverage`,
      );
    }
    if (isRatioUnit(def.unit) && agg.time === 'sum') {
      add(
        path('aggregation', 'time'),
        `a ratio (${def.unit}) cannot be summed over time: make it derived, or use average or last`,
      );
    }
    if (agg.units === 'weightedAverage' && !agg.weight) {
      add(path('aggregation'), 'units: weightedAverage needs weight: CODE, the indicator that weighs each unit');
    }
    if (agg.weight && agg.units !== 'weightedAverage') {
      add(path('aggregation', 'weight'), 'weight applies only to units: weightedAverage', 'key');
    }
    if (agg.weight && agg.units === 'weightedAverage') {
      const w = all.get(agg.weight);
      if (!w) add(path('aggregation', 'weight'), `unknown weight indicator "${agg.weight}"`);
      else if (w.code === ind.code) add(path('aggregation', 'weight'), 'an indicator cannot weigh itself');
    }
  }

  const t = def.threshold;
  if (t) {
    if (t.direction === 'range') {
      if (!t.range) add(path('threshold'), 'direction: range needs range: [low, high]');
      if (t.target !== undefined) add(path('threshold', 'target'), 'direction: range takes range, not target', 'key');
      if (t.range && t.range[0] >= t.range[1])
        add(path('threshold', 'range'), 'range must be [low, high] with low < high');
    } else {
      if (t.target === undefined) add(path('threshold'), `direction: ${t.direction} needs a target`);
      if (t.range) add(path('threshold', 'range'), `direction: ${t.direction} takes target, not range`, 'key');
    }
    if (def.bounds) {
      const [lo, hi] = def.bounds;
      const values = [t.target, ...(t.range ?? [])].filter((v): v is number => v !== undefined);
      const outside = values.find((v) => v < lo || v > hi);
      if (outside !== undefined) {
        add(path('threshold'), `target ${outside} lies outside bounds [${lo}, ${hi}]`);
      }
    }
  }
  return problems;
}

function checkFormula(
  ind: DraftIndicator,
  text: string,
  all: ReadonlyMap<string, DraftIndicator>,
  at: YamlPath,
  problems: Problem[],
): void {
  const report = (offset: number, message: string) =>
    problems.push({ ...ind.file.locateInString(at, offset), message: `${ind.code}: formula: ${message}` });
  let expr: ReturnType<typeof parseFormula>;
  try {
    expr = parseFormula(text);
  } catch (e) {
    if (e instanceof FormulaError) {
      report(e.offset, e.message);
      return;
    }
    throw e;
  }
  ind.formula = { text, expr };
  const inputs: string[] = [];
  for (const ref of references(expr)) {
    const input = all.get(ref.code);
    if (!input) {
      report(ref.start, `unknown indicator "${ref.code}"`);
      continue;
    }
    if (!inputs.includes(ref.code)) inputs.push(ref.code);
    if (input.code === ind.code) continue; // reported as a cycle by the dependency graph
    if (freqRank(ind.frequency) < freqRank(input.frequency)) {
      report(
        ref.start,
        `${ind.code} is ${ADJECTIVE[ind.frequency]} but its input ${input.code} is ${ADJECTIVE[input.frequency]}: a derived indicator cannot be more frequent than its inputs`,
      );
    }
    if (levelRank(ind.level) > levelRank(input.level)) {
      report(
        ref.start,
        `${ind.code} is at ${ind.level} level but its input ${input.code} exists only down to ${input.level}: a derived indicator cannot be more local than its inputs`,
      );
    } else if (levelRank(levelAfterReform(ind)) > levelRank(levelAfterReform(input))) {
      report(
        ref.start,
        `from 2025-07-01 ${ind.code} is at ${levelAfterReform(ind)} level but its input ${input.code} only at ${levelAfterReform(input)}`,
      );
    }
  }
  ind.inputs = inputs;
}
