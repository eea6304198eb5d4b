// The in-memory index of observations the engine computes from: indicator -> unit -> period -> value.
// Built from the store at start and kept current from its change log; a plain value, testable without a database.
import type { ObservationInput } from '../domain/observation';

export class ObservationIndex {
  readonly #data = new Map<string, Map<string, Map<string, number>>>();
  #size = 0;

  static from(items: Iterable<ObservationInput>): ObservationIndex {
    const index = new ObservationIndex();
    for (const o of items) index.set(o);
    return index;
  }

  get size(): number {
    return this.#size;
  }

  set(o: ObservationInput): void {
    let units = this.#data.get(o.indicator);
    if (!units) {
      units = new Map();
      this.#data.set(o.indicator, units);
    }
    let periods = units.get(o.unit);
    if (!periods) {
      periods = new Map();
      units.set(o.unit, periods);
    }
    if (!periods.has(o.period)) this.#size++;
    periods.set(o.period, o.value);
  }

  delete(o: { indicator: string; unit: string; period: string }): void {
    if (this.#data.get(o.indicator)?.get(o.unit)?.delete(o.period)) this.#size--;
  }

  get(indicator: string, unit: string, period: string): number | undefined {
    return this.#data.get(indicator)?.get(unit)?.get(period);
  }

  /** Every period with a value for one indicator and unit (unordered). */
  periodsOf(indicator: string, unit: string): ReadonlyMap<string, number> | undefined {
    return this.#data.get(indicator)?.get(unit);
  }

  *entries(): Generator<ObservationInput> {
    for (const [indicator, units] of this.#data) {
      for (const [unit, periods] of units) {
        for (const [period, value] of periods) yield { indicator, unit, period, value };
      }
    }
  }
}
