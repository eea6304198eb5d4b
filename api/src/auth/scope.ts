// The unit-subtree rule: a user sees (and an officer acts for) a set of units, computed once per user. Leaders,
// analysts, catalog maintainers and admins see every unit; an officer sees their unit, every unit below it, and, across
// the 2025 reform, the old units whose territory went (wholly or partly) into one of those, with their old ancestors
// below the officer's level. Values, series, alerts and counts of a unit outside the set are refused; lists are
// filtered to it.
import type { UnitDirectory, UnitInEdition } from '../units/unitDirectory';
import type { Actor } from './actor';

export interface UnitScope {
  /** True for roles that see every unit. */
  readonly all: boolean;
  /** Per edition id, the unit codes in scope (empty when `all`). */
  readonly codes: ReadonlyMap<string, ReadonlySet<string>>;
  /** A department officer's agency: they answer only for its indicators. */
  readonly agency: string | null;
  /** "all" or the officer's unit (and agency): equal keys mean equal scopes, for caches of whole results. */
  readonly key: string;
}

const EVERYTHING: UnitScope = { all: true, codes: new Map(), agency: null, key: 'all' };

const cache = new WeakMap<UnitDirectory, Map<string, UnitScope>>();

export function scopeOf(units: UnitDirectory, actor: Actor): UnitScope {
  if (actor.role !== 'OFFICER' || actor.unit === null) return EVERYTHING;
  const key = `unit:${actor.unit}|${actor.agency ?? ''}`;
  let byKey = cache.get(units);
  if (!byKey) {
    byKey = new Map();
    cache.set(units, byKey);
  }
  const cached = byKey.get(key);
  if (cached) return cached;
  const scope = officerScope(units, actor.unit, actor.agency, key);
  byKey.set(key, scope);
  return scope;
}

function officerScope(units: UnitDirectory, root: string, agency: string | null, key: string): UnitScope {
  const codes = new Map<string, Set<string>>();
  const add = (u: UnitInEdition) => {
    let set = codes.get(u.edition.edition.id);
    if (!set) {
      set = new Set();
      codes.set(u.edition.edition.id, set);
    }
    set.add(u.unit.code);
  };
  for (const edition of units.editions) {
    if (!edition.get(root)) continue;
    add({ unit: edition.get(root) as never, edition });
    for (const unit of edition.descendants(root)) add({ unit, edition });
  }
  // Across the reform: the old communes that went into a new commune in scope are that commune's past.
  for (const edition of units.editions) {
    const inScope = codes.get(edition.edition.id);
    if (!inScope) continue;
    for (const code of [...inScope]) {
      const unit = units.get(edition, code);
      if (!unit) continue;
      for (const old of units.formedFrom(unit)) add(old);
    }
  }
  return { all: false, codes, agency, key };
}

/** Whether the scope holds this unit (in its edition). */
export function inScope(scope: UnitScope, unit: UnitInEdition): boolean {
  return scope.all || (scope.codes.get(unit.edition.edition.id)?.has(unit.unit.code) ?? false);
}

/** Whether the scope holds this code in any edition. */
export function codeInScope(scope: UnitScope, code: string): boolean {
  if (scope.all) return true;
  for (const set of scope.codes.values()) if (set.has(code)) return true;
  return false;
}
