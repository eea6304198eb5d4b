// How a value was obtained, for a reader who asks "where does this number come from?": for a derived indicator its
// formula with the input values substituted and each input (a link to its own explanation); for an input indicator
// the periods and units rolled up by which rules, every unit's part, the units that did not report, and the old units
// read through the crosswalk of the 2025 reform. Pure: the engine's own numbers, nothing recomputed another way.
import type { Indicator } from '@ioc/schema/catalog';
import type { Expr } from '@ioc/schema/formula';
import { type Period, previous, sameLastYear } from '@ioc/schema/period';
import type { AdminLevel } from '@ioc/schema/units';
import type { UnitInEdition } from '../units/unitDirectory';
import { aggregateTime } from './aggregate';
import type { ValueFlag } from './computedValue';
import { collectionLevel, type Engine } from './engine';

/** One input of a formula as it was read: the indicator at the same unit, over the period the formula asked for. */
export interface FormulaTerm {
  code: string;
  period: string;
  /** ytd(X): X from the start of the year to the end of the period. */
  yearToDate: boolean;
  value: number | null;
  reporting: number;
  expected: number;
}

/** One unit at the collection level and its part of an input's value. */
export interface UnitPart {
  code: string;
  name: string;
  /** Its periods rolled up by the time rule; null when it reported none of them. */
  value: number | null;
  /** Of the periods any unit reported, how many this one reported. */
  reportedPeriods: number;
  expectedPeriods: number;
  /** For a period before the 2025 reform: the old units whose values were summed for it. */
  crosswalkFrom: string[];
}

export interface ValueExplanation {
  how: 'formula' | 'rollup' | 'not-collected-at-level';
  formula: string | null;
  /** The formula with each input replaced by its value (∅ for a missing one). */
  substituted: string | null;
  terms: FormulaTerm[];
  timeRule: string | null;
  unitsRule: string | null;
  /** For a weighted average: the indicator weighting the units. */
  weight: string | null;
  collectionLevel: AdminLevel;
  /** The periods of the indicator's own frequency rolled up into the value. */
  periods: string[];
  units: UnitPart[];
  /** Units at the collection level that did not report every period any unit reported. */
  notReporting: string[];
  flags: ValueFlag[];
}

export function formatNumber(v: number | null): string {
  if (v === null) return '∅';
  return String(Math.round(v * 1e6) / 1e6);
}

const precedence = (e: Expr): number =>
  e.kind === 'binary' ? (['+', '-'].includes(e.op) ? 2 : ['*', '/'].includes(e.op) ? 3 : 1) : 4;

/** The formula printed with its references replaced by their values; each reference read is recorded in `terms`. */
function substitute(e: Expr, p: Period, read: (code: string, p: Period, ytd: boolean) => number | null): string {
  const wrap = (x: Expr, min: number) => (precedence(x) < min ? `(${substitute(x, p, read)})` : substitute(x, p, read));
  switch (e.kind) {
    case 'number':
      return String(e.value);
    case 'ref':
      return formatNumber(read(e.code, p, false));
    case 'neg':
      return `-${wrap(e.arg, 4)}`;
    case 'binary': {
      const level = precedence(e);
      return `${wrap(e.left, level === 1 ? 2 : level)} ${e.op} ${wrap(e.right, level + 1)}`;
    }
    case 'call': {
      const [first] = e.args as [Expr];
      if (e.name === 'prev') return substitute(first, previous(p), read);
      if (e.name === 'lastYear') return substitute(first, sameLastYear(p), read);
      if (e.name === 'ytd') return formatNumber(read((first as Expr & { kind: 'ref' }).code, p, true));
      return `${e.name}(${e.args.map((a) => substitute(a, p, read)).join(', ')})`;
    }
  }
}

export function explainValue(engine: Engine, ind: Indicator, unit: UnitInEdition, period: Period): ValueExplanation {
  const level = collectionLevel(ind, unit.edition);
  const computed = engine.compute(ind, unit, period);
  const base = {
    formula: null,
    substituted: null,
    terms: [],
    timeRule: null,
    unitsRule: null,
    weight: null,
    collectionLevel: level,
    periods: [],
    units: [],
    notReporting: [],
    flags: computed.flags,
  };
  if (computed.flags.includes('not-collected-at-level')) return { ...base, how: 'not-collected-at-level' };

  if (ind.kind === 'derived' && ind.formula) {
    const terms: FormulaTerm[] = [];
    const read = (code: string, p: Period, ytd: boolean) => {
      const input = engine.indicatorOf(code);
      const v = ytd ? engine.yearToDate(input, unit, p) : engine.compute(input, unit, p);
      if (!terms.some((t) => t.code === code && t.period === p.id && t.yearToDate === ytd)) {
        terms.push({
          code,
          period: p.id,
          yearToDate: ytd,
          value: v.value,
          reporting: v.reporting,
          expected: v.expected,
        });
      }
      return v.value;
    };
    const substituted = substitute(ind.formula.expr, period, read);
    return { ...base, how: 'formula', formula: ind.formula.text, substituted, terms };
  }

  const span = engine.spanOf(ind, period);
  const leaves = unit.unit.level === level ? [unit.unit] : unit.edition.descendants(unit.unit.code, level);
  const flags = new Set<ValueFlag>();
  const series = leaves.map((leaf) => span.map((p) => engine.leafValue(ind, leaf.code, level, unit.edition, p, flags)));
  const reported = span.map((_, i) => series.some((s) => s[i] !== null));
  const expectedPeriods = reported.filter(Boolean).length;
  const rule = ind.aggregation;
  const units: UnitPart[] = leaves.map((leaf, n) => {
    const values = series[n] as Array<number | null>;
    const crosswalkFrom = new Set<string>();
    for (const p of span) {
      const periodEdition = engine.units.editionFor(p);
      if (!periodEdition || periodEdition === unit.edition) continue;
      const oldLevel = collectionLevel(ind, periodEdition);
      for (const old of engine.oldUnitsInside(leaf.code, level, oldLevel).whole) crosswalkFrom.add(old);
    }
    return {
      code: leaf.code,
      name: leaf.name,
      value: rule ? aggregateTime(rule.time, values) : null,
      reportedPeriods: values.filter((v, i) => v !== null && reported[i]).length,
      expectedPeriods,
      crosswalkFrom: [...crosswalkFrom].sort(),
    };
  });
  return {
    ...base,
    how: 'rollup',
    timeRule: rule?.time ?? null,
    unitsRule: rule?.units ?? null,
    weight: rule?.weight ?? null,
    periods: span.map((p) => p.id),
    units,
    notReporting: units.filter((u) => expectedPeriods === 0 || u.reportedPeriods < expectedPeriods).map((u) => u.code),
  };
}
