// Which units of the previous edition lie inside a unit of the current one, derived from the commune crosswalk:
// an old unit lies wholly inside a new unit when every commune of it went there, partly when only some did.
import type { AdminLevel, EditionIndex } from '@ioc/schema/units';
import type { UnitDirectory } from '../units/unitDirectory';

export interface OldUnitsInside {
  whole: string[];
  partial: string[];
}

export class CrosswalkTerritory {
  readonly from: EditionIndex;
  readonly to: EditionIndex;
  readonly #targets = new Map<string, Map<string, Set<string>>>();
  readonly #successors = new Map<string, string[]>();

  constructor(units: UnitDirectory) {
    const from = units.byId(units.crosswalk.from);
    const to = units.byId(units.crosswalk.to);
    if (!from || !to)
      throw new Error(`crosswalk editions ${units.crosswalk.from} -> ${units.crosswalk.to} are unknown`);
    this.from = from;
    this.to = to;
    for (const e of units.crosswalk.entries) this.#successors.set(e.oldCode, e.newCodes);
  }

  /** New unit codes at `newLevel` that received territory of each old unit at `oldLevel`. */
  #targetsAt(oldLevel: AdminLevel, newLevel: AdminLevel): Map<string, Set<string>> {
    const key = `${oldLevel}|${newLevel}`;
    const cached = this.#targets.get(key);
    if (cached) return cached;
    const lift = (code: string): string | undefined => {
      const unit = this.to.get(code);
      if (!unit) return undefined;
      if (unit.level === newLevel) return code;
      return this.to.ancestors(code).find((a) => a.level === newLevel)?.code;
    };
    const map = new Map<string, Set<string>>();
    for (const old of this.from.atLevel(oldLevel)) {
      const communes = old.level === 'commune' ? [old] : this.from.descendants(old.code, 'commune');
      const targets = new Set<string>();
      for (const c of communes) {
        for (const n of this.#successors.get(c.code) ?? []) {
          const lifted = lift(n);
          if (lifted) targets.add(lifted);
        }
      }
      map.set(old.code, targets);
    }
    this.#targets.set(key, map);
    return map;
  }

  readonly #inside = new Map<string, OldUnitsInside>();

  oldUnitsInside(newCode: string, newLevel: AdminLevel, oldLevel: AdminLevel): OldUnitsInside {
    const key = `${newCode}|${newLevel}|${oldLevel}`;
    const cached = this.#inside.get(key);
    if (cached) return cached;
    const whole: string[] = [];
    const partial: string[] = [];
    for (const [old, targets] of this.#targetsAt(oldLevel, newLevel)) {
      if (!targets.has(newCode)) continue;
      (targets.size === 1 ? whole : partial).push(old);
    }
    const result = { whole, partial };
    this.#inside.set(key, result);
    return result;
  }
}
