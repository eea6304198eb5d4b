// The unit a reader starts from: an officer's own unit (they see it and what lies below it), the province for
// everyone else. Pages that default to "the province" use this instead, so an officer never asks for what they may
// not see.
import type { Me } from './loadMe';

/** The province (GSO code 68, the same code before and after the 2025 reform). */
export const PROVINCE_CODE = '68';

export function homeUnitOf(me: Me | null): string {
  return me?.role === 'OFFICER' && me.unit ? me.unit.code : PROVINCE_CODE;
}
