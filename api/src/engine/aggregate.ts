// The roll-up rules of DESIGN.md: over units (sum, average, weighted average, min, max) and over time
// (sum, average, last, first, min, max). Missing values are skipped; no value at all gives null.
import type { AggregationDef } from '@ioc/schema/catalogSchema';

export type UnitsRule = AggregationDef['units'];
export type TimeRule = AggregationDef['time'];

/** The rules shared by both dimensions, over values that are present (at least one). */
function combine(rule: 'sum' | 'average' | 'min' | 'max', present: readonly number[]): number {
  switch (rule) {
    case 'sum':
      return present.reduce((a, b) => a + b, 0);
    case 'average':
      return present.reduce((a, b) => a + b, 0) / present.length;
    case 'min':
      return Math.min(...present);
    case 'max':
      return Math.max(...present);
  }
}

/** Values in time order (oldest first); null where a period has no value. */
export function aggregateTime(rule: TimeRule, values: ReadonlyArray<number | null>): number | null {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return null;
  if (rule === 'last') return present[present.length - 1] as number;
  if (rule === 'first') return present[0] as number;
  return combine(rule, present);
}

/** Values of child units; weights only for weightedAverage (a unit without a weight does not count). */
export function aggregateUnits(
  rule: UnitsRule,
  values: ReadonlyArray<number | null>,
  weights?: ReadonlyArray<number | null>,
): number | null {
  if (rule === 'weightedAverage') {
    let num = 0;
    let den = 0;
    values.forEach((v, i) => {
      const w = weights?.[i];
      if (v === null || w === null || w === undefined) return;
      num += v * w;
      den += w;
    });
    return den === 0 ? null : num / den;
  }
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return null;
  return combine(rule, present);
}
