// What the engine returns for one indicator, unit and period: the value (or null), how complete the data behind it
// are, and flags that say how it was obtained where a reader must know (crosswalk, excluded split communes, ...).

export type ValueFlag =
  /** Part of the period was read through the crosswalk from the previous edition's units. */
  | 'crosswalk'
  /** An old unit split between several new ones was left out: it cannot be attributed without double counting. */
  | 'crosswalk-split-excluded'
  /** A non-additive indicator (average, min, max) cannot be read through the crosswalk; those periods are missing. */
  | 'crosswalk-non-additive'
  /** The indicator is not collected at (or below) this unit's level in this edition. */
  | 'not-collected-at-level';

export interface ComputedValue {
  value: number | null;
  /** Units at the collection level that reported every period any unit reported in the span. */
  reporting: number;
  /** Units at the collection level under this unit. */
  expected: number;
  flags: ValueFlag[];
}

export const NO_VALUE: ComputedValue = Object.freeze({ value: null, reporting: 0, expected: 0, flags: [] });

export function withFlags(v: ComputedValue, flags: Iterable<ValueFlag>): ComputedValue {
  const merged = new Set([...v.flags, ...flags]);
  return merged.size === v.flags.length ? v : { ...v, flags: [...merged].sort() };
}

export function isComplete(v: ComputedValue): boolean {
  return v.expected > 0 && v.reporting === v.expected;
}
