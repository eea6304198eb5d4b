// Everything the demo generator precomputes for one unit edition: its units in code order, their seedless keys and
// kinds, the units of each level, and each size kind's weight per unit (a district or province weighs its communes).
import { type AdminLevel, type AdminUnit, type Edition, EditionIndex } from '@ioc/schema/units';
import { hash2, hashString } from './random';
import { kindClass } from './unitKinds';
import { REGION_SHARES, rawSizes, regionOf, type SizedKind, type SizeKind } from './unitSizes';

export interface EditionData {
  edition: Edition;
  index: EditionIndex;
  units: AdminUnit[];
  /** Per unit: hash of (edition, code), seedless; combined with an indicator's seeded key. */
  unitKeys: Uint32Array;
  /** Per unit: its kind (unitKinds.ts). */
  cls: Uint8Array;
  /** Per size kind: each unit's weight (a district's or province's is the sum of its communes'). */
  weights: Map<SizeKind, Float64Array>;
  atLevel: Map<AdminLevel, number[]>;
}

/**
 * The weights of a size kind add up to `reference` over the communes of any edition, split between the old provinces
 * by REGION_SHARES: an average commune of the newest edition weighs 1, and a province total does not jump at the reform.
 */
export function buildEdition(edition: Edition, seedKey: number, reference: number): EditionData {
  const index = new EditionIndex(edition);
  const units = [...edition.units].sort((a, b) => a.code.localeCompare(b.code));
  const position = new Map(units.map((u, i) => [u.code, i]));
  const edKey = hashString(edition.id);
  const unitKeys = Uint32Array.from(units, (u) => hash2(edKey, hashString(u.code)));
  const cls = Uint8Array.from(units, kindClass);
  const atLevel = new Map<AdminLevel, number[]>();
  units.forEach((u, i) => {
    const list = atLevel.get(u.level) ?? [];
    list.push(i);
    atLevel.set(u.level, list);
  });

  const communes = atLevel.get('commune') ?? [];
  const raws = communes.map((i) => {
    const unit = units[i] as AdminUnit;
    return rawSizes(unit, hash2(seedKey, unitKeys[i] as number), cls[i] as number);
  });
  const weights = new Map<SizeKind, Float64Array>();
  weights.set('none', new Float64Array(units.length).fill(1));
  for (const kind of Object.keys(REGION_SHARES) as SizedKind[]) {
    const totals = [0, 0, 0];
    communes.forEach((i, k) => {
      const r = regionOf(Number(units[i]?.code));
      totals[r] = (totals[r] as number) + (raws[k] as Record<SizedKind, number>)[kind];
    });
    // A region without any site of this kind hands its share to the others.
    const shares = REGION_SHARES[kind];
    const present = shares.reduce((sum, s, r) => sum + ((totals[r] as number) > 0 ? s : 0), 0);
    const w = new Float64Array(units.length);
    communes.forEach((i, k) => {
      const r = regionOf(Number(units[i]?.code));
      const total = totals[r] as number;
      if (total <= 0 || present <= 0) return;
      const value =
        ((raws[k] as Record<SizedKind, number>)[kind] * (shares[r] as number) * reference) / present / total;
      w[i] = value;
      for (const ancestor of index.ancestors((units[i] as AdminUnit).code)) {
        const a = position.get(ancestor.code);
        if (a !== undefined) w[a] = (w[a] as number) + value;
      }
    });
    weights.set(kind, w);
  }
  return { edition, index, units, unitKeys, cls, weights, atLevel };
}
