// Targets: the catalog's default target, overridden by per-unit yearly targets (data from the People's Council's
// resolutions), and proration to shorter periods for cumulative indicators (those summed over time).
import type { Indicator } from '@ioc/schema/catalog';
import { childrenAt, type Period, parentAt } from '@ioc/schema/period';
import type { TargetInput } from '../domain/observation';

export interface Target {
  direction: 'higher' | 'lower' | 'range';
  value: number | null;
  low: number | null;
  high: number | null;
  warning: number;
  /** Where the target comes from: the catalog default or a yearly target of the unit. */
  origin: 'catalog' | 'unit';
}

export class TargetIndex {
  readonly #byKey = new Map<string, TargetInput>();

  static from(items: Iterable<TargetInput>): TargetIndex {
    const index = new TargetIndex();
    for (const t of items) index.set(t);
    return index;
  }

  set(t: TargetInput): void {
    this.#byKey.set(`${t.indicator}|${t.unit}|${t.year}`, t);
  }

  get(indicator: string, unit: string, year: number): TargetInput | undefined {
    return this.#byKey.get(`${indicator}|${unit}|${year}`);
  }
}

const dayCount = (p: Period): number => (Date.parse(p.end) - Date.parse(p.start)) / 86_400_000 + 1;

export function isCumulative(ind: Indicator): boolean {
  return ind.kind === 'input' && ind.aggregation?.time === 'sum';
}

/** The target of an indicator for one unit over one period, or null when it has none. */
export function targetFor(ind: Indicator, unit: string, period: Period, targets: TargetIndex): Target | null {
  const threshold = ind.threshold;
  const year = parentAt(period, 'year');
  const own = targets.get(ind.code, unit, Number(year.id));
  const direction = threshold?.direction ?? (own?.low != null || own?.high != null ? 'range' : 'higher');
  const warning = threshold?.warning ?? 0;
  if (own) {
    // A yearly target of a cumulative indicator is spread over the year by days.
    const f = isCumulative(ind) ? dayCount(period) / dayCount(year) : 1;
    const scale = (v: number | null | undefined) => (v == null ? null : v * f);
    return {
      direction,
      value: scale(own.value),
      low: scale(own.low),
      high: scale(own.high),
      warning: warning * f,
      origin: 'unit',
    };
  }
  if (!threshold) return null;
  // The catalog's target is per period of the indicator's own frequency; a longer period of a cumulative
  // indicator adds up that many periods.
  const n = isCumulative(ind) && period.frequency !== ind.frequency ? childrenAt(period, ind.frequency).length : 1;
  const scale = (v: number | undefined) => (v === undefined ? null : v * n);
  return {
    direction: threshold.direction,
    value: scale(threshold.target),
    low: scale(threshold.range?.[0]),
    high: scale(threshold.range?.[1]),
    warning: warning * n,
    origin: 'catalog',
  };
}
