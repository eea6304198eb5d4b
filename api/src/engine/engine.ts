// The computation engine: the value of any indicator for any unit and period, computed on read from the observation
// index. Inputs roll up over time first (for each unit at the collection level, by the time rule), then over units
// (by the units rule); derived indicators evaluate their formula on their inputs aggregated to the same unit and
// period, so a ratio is always a ratio of sums. Periods before the 2025 reform are read through the crosswalk.
import type { Catalog, Indicator } from '@ioc/schema/catalog';
import {
  childrenAt,
  type Frequency,
  isCoarserOrEqual,
  type Period,
  parentAt,
  parsePeriod,
  periodOf,
  yearToDate,
} from '@ioc/schema/period';
import { ADMIN_LEVELS, type AdminLevel, type EditionIndex } from '@ioc/schema/units';
import type { UnitDirectory, UnitInEdition } from '../units/unitDirectory';
import { aggregateTime, aggregateUnits } from './aggregate';
import { type ComputedValue, NO_VALUE, type ValueFlag } from './computedValue';
import { CrosswalkTerritory } from './crosswalkTerritory';
import { evaluateFormula } from './evaluateFormula';
import type { ObservationIndex } from './observationIndex';

export class EngineError extends Error {
  constructor(
    message: string,
    readonly argument: 'indicator' | 'unit' | 'period',
  ) {
    super(message);
  }
}

const depth = (level: AdminLevel): number => ADMIN_LEVELS.indexOf(level);

/** The level at which an indicator is collected (or computed at its finest) in an edition. */
export function collectionLevel(ind: Indicator, edition: EditionIndex): AdminLevel {
  if (edition.edition.levels.includes(ind.level)) return ind.level;
  const after = ind.afterReform;
  if (after && edition.edition.levels.includes(after)) return after;
  // The nearest coarser level the edition has.
  const coarser = [...edition.edition.levels].filter((l) => depth(l) < depth(ind.level));
  return coarser[coarser.length - 1] ?? (edition.edition.levels[0] as AdminLevel);
}

export class Engine {
  readonly catalog: Catalog;
  readonly units: UnitDirectory;
  readonly observations: ObservationIndex;
  readonly #territory: CrosswalkTerritory;

  /** The old units (before the 2025 reform) a current unit is read from, wholly and in part. */
  oldUnitsInside(code: string, level: AdminLevel, oldLevel: AdminLevel): { whole: string[]; partial: string[] } {
    return this.#territory.oldUnitsInside(code, level, oldLevel);
  }
  /** Computed values by indicator code, then by edition, unit and period: a write drops only its indicators'. */
  #memo = new Map<string, Map<string, ComputedValue>>();

  constructor(options: { catalog: Catalog; units: UnitDirectory; observations: ObservationIndex }) {
    this.catalog = options.catalog;
    this.units = options.units;
    this.observations = options.observations;
    this.#territory = new CrosswalkTerritory(options.units);
  }

  /**
   * Forget computed values after the observations changed: those of the given indicators (the changed ones and their
   * readers, see readersOf), or all of them.
   */
  invalidate(indicators?: Iterable<string>): void {
    if (!indicators) {
      this.#memo = new Map();
      return;
    }
    for (const code of indicators) this.#memo.delete(code);
  }

  indicatorOf(code: string): Indicator {
    const ind = this.catalog.byCode.get(code);
    if (!ind) throw new EngineError(`unknown indicator "${code}"`, 'indicator');
    return ind;
  }

  /**
   * The value of `indicator` for unit `unitCode` over `periodId`. The unit is read in `edition` (by default the edition
   * valid on the period's last day); a period of an earlier edition is then read through the crosswalk.
   */
  value(indicator: string, unitCode: string, periodId: string, edition?: EditionIndex): ComputedValue {
    const ind = this.indicatorOf(indicator);
    const period = parsePeriod(periodId);
    if (!isCoarserOrEqual(period.frequency, ind.frequency)) {
      throw new EngineError(
        `${ind.code} is collected by ${ind.frequency}; period ${period.id} is a ${period.frequency}, which is finer`,
        'period',
      );
    }
    const ed = edition ?? this.units.editionFor(period);
    if (!ed) throw new EngineError(`no administrative edition covers period ${period.id}`, 'period');
    const unit = this.units.get(ed, unitCode);
    if (!unit) throw new EngineError(`unit "${unitCode}" does not exist in edition ${ed.edition.id}`, 'unit');
    return this.compute(ind, unit, period);
  }

  compute(ind: Indicator, unit: UnitInEdition, period: Period): ComputedValue {
    let memo = this.#memo.get(ind.code);
    if (!memo) {
      memo = new Map();
      this.#memo.set(ind.code, memo);
    }
    const key = `${unit.edition.edition.id}|${unit.unit.code}|${period.id}`;
    const cached = memo.get(key);
    if (cached) return cached;
    const result =
      ind.kind === 'derived' ? this.#derived(ind, unit, period) : this.#input(ind, unit, this.spanOf(ind, period));
    memo.set(key, result);
    return result;
  }

  /** Year to date: the indicator's own periods from the start of the year up to the end of `period`. */
  yearToDate(ind: Indicator, unit: UnitInEdition, period: Period): ComputedValue {
    if (ind.kind === 'derived') return this.compute(ind, unit, period);
    const last = this.spanOf(ind, period).at(-1);
    return last ? this.#input(ind, unit, yearToDate(last)) : NO_VALUE;
  }

  /** The periods of the indicator's own frequency that make up `period`. */
  spanOf(ind: Indicator, period: Period): Period[] {
    return period.frequency === ind.frequency ? [period] : childrenAt(period, ind.frequency);
  }

  #derived(ind: Indicator, unit: UnitInEdition, period: Period): ComputedValue {
    const level = collectionLevel(ind, unit.edition);
    if (depth(unit.unit.level) > depth(level)) return { ...NO_VALUE, flags: ['not-collected-at-level'] };
    const expr = ind.formula?.expr;
    if (!expr) return NO_VALUE;
    return evaluateFormula(expr, period, {
      ref: (code, p) => this.compute(this.indicatorOf(code), unit, p),
      ytd: (code, p) => this.yearToDate(this.indicatorOf(code), unit, p),
    });
  }

  /** An input over a span of its own periods: time roll-up per collection-level unit, then units roll-up. */
  #input(ind: Indicator, unit: UnitInEdition, span: Period[]): ComputedValue {
    const edition = unit.edition;
    const level = collectionLevel(ind, edition);
    if (depth(unit.unit.level) > depth(level)) return { ...NO_VALUE, flags: ['not-collected-at-level'] };
    const leaves = unit.unit.level === level ? [unit.unit] : edition.descendants(unit.unit.code, level);
    const flags = new Set<ValueFlag>();
    const series = leaves.map((leaf) => span.map((p) => this.leafValue(ind, leaf.code, level, edition, p, flags)));

    // A unit reports when it has a value for every period any unit reported (so a year still running is not
    // counted as missing, but a commune that skipped a month is).
    const reportedPeriods = span.map((_, i) => series.some((s) => s[i] !== null));
    const expectedCount = reportedPeriods.filter(Boolean).length;
    const reporting = series.filter(
      (s) => expectedCount > 0 && s.every((v, i) => v !== null || !reportedPeriods[i]),
    ).length;
    const rule = ind.aggregation;
    if (!rule) return NO_VALUE;
    const perLeaf = series.map((s) => aggregateTime(rule.time, s));
    let weights: Array<number | null> | undefined;
    if (rule.units === 'weightedAverage' && rule.weight) {
      const weightInd = this.indicatorOf(rule.weight);
      const whole = span.length === 1 ? (span[0] as Period) : this.#coveringPeriod(span);
      const at = isCoarserOrEqual(whole.frequency, weightInd.frequency) ? whole : parentAt(whole, weightInd.frequency);
      weights = leaves.map((leaf) => this.compute(weightInd, { unit: leaf, edition }, at).value);
    }
    const value = aggregateUnits(rule.units, perLeaf, weights);
    return { value, reporting, expected: leaves.length, flags: [...flags].sort() };
  }

  /** The smallest standard period covering a span (for weights of a year-to-date span: its year). */
  #coveringPeriod(span: Period[]): Period {
    const first = span[0] as Period;
    const last = span.at(-1) as Period;
    for (const f of ['month', 'quarter', 'year'] as Frequency[]) {
      if (!isCoarserOrEqual(f, first.frequency)) continue;
      const p = periodOf(first.start, f);
      if (p.end >= last.end) return p;
    }
    return periodOf(first.start, 'year');
  }

  /**
   * One collection-level unit's observation for one period, through the crosswalk when the period is older (adding
   * the flags it meets to `flags`). Public for explanations, which list every unit's values.
   */
  leafValue(
    ind: Indicator,
    code: string,
    level: AdminLevel,
    edition: EditionIndex,
    p: Period,
    flags: Set<ValueFlag>,
  ): number | null {
    const periodEdition = this.units.editionFor(p);
    if (!periodEdition || periodEdition === edition) return this.observations.get(ind.code, code, p.id) ?? null;
    if (periodEdition !== this.#territory.from || edition !== this.#territory.to) return null;
    flags.add('crosswalk');
    if (ind.aggregation?.units !== 'sum') {
      flags.add('crosswalk-non-additive');
      return null;
    }
    const oldLevel = collectionLevel(ind, periodEdition);
    const { whole, partial } = this.#territory.oldUnitsInside(code, level, oldLevel);
    if (partial.length > 0) flags.add('crosswalk-split-excluded');
    // All the old units must have reported: a sum over some of them would silently undercount the new unit.
    let sum = 0;
    for (const old of whole) {
      const v = this.observations.get(ind.code, old, p.id);
      if (v === undefined) return null;
      sum += v;
    }
    return whole.length > 0 ? sum : null;
  }
}
