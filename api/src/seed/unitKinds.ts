// The kind of a commune-level unit (rural commune, ward, town, special zone) as a small number, and what it implies
// for the demo: wards are dense and urban, rural communes are the ones that miss reports.
import type { AdminUnit } from '@ioc/schema/units';

// Numbers, not strings: they sit in a Uint8Array per edition and are compared in the generator's inner loop.
export const RURAL = 0;
export const WARD = 1;
export const TOWN = 2;
export const SPECIAL = 3;

export function kindClass(unit: AdminUnit): number {
  switch (unit.kind) {
    case 'Phường':
      return WARD;
    case 'Thị trấn':
      return TOWN;
    case 'Đặc khu':
      return SPECIAL;
    default:
      return RURAL;
  }
}

/** Urban share of a unit's population from its kind and a uniform draw: a few rural communes have a small town. */
export function urbanShare(cls: number, u: number): number {
  if (cls === WARD) return 0.9 + 0.1 * u;
  if (cls === TOWN) return 0.75 + 0.2 * u;
  if (cls === SPECIAL) return 0.3;
  return u < 0.15 ? 0.15 + u * 1.5 : u * 0.03;
}
