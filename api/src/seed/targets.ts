// Where a unit stands against a target: a stable tier per (indicator, unit) and a value placed in that tier against
// the threshold, so that the dashboards show most units meeting their targets, some in the warning band, a few not.
import type { ThresholdDef } from '@ioc/schema/catalogSchema';
import type { TierSpec } from './profile';
import { hash2, SALT, uniform } from './random';

/** Tiers against a target: ~4% clearly miss it, ~14% are in the warning band, the rest meet it. */
const BAD_SHARE = 0.04;
const SHORT_SHARE = 0.18;

/** The tier of a unit from its key: 0 meets the target, 1 is in the warning band, 2 clearly misses it. */
export function tierOf(key: number): number {
  const t = uniform(hash2(key, SALT.tier));
  return t < BAD_SHARE ? 2 : t < SHORT_SHARE ? 1 : 0;
}

/** Whether a threshold says enough to place a value against: a range, or a target. */
export function usable(th: ThresholdDef | undefined): th is ThresholdDef {
  if (!th) return false;
  return th.direction === 'range' ? th.range !== undefined : th.target !== undefined;
}

/** The value of a unit (by its key) in its tier against a threshold, within the spec's min and max. */
export function placeUnit(th: ThresholdDef, tier: number, key: number, spec: TierSpec, bounds?: [number, number]) {
  const placed = place(th, tier, uniform(hash2(key, SALT.place)), uniform(hash2(key, SALT.side)), spec, bounds);
  return Math.min(spec.max ?? placed, Math.max(spec.min ?? placed, placed));
}

/** A value placed against a threshold for a unit in a tier (0 meets, 1 warning band, 2 clearly misses). */
function place(th: ThresholdDef, tier: number, u: number, side: number, spec: TierSpec, bounds?: [number, number]) {
  const warning = th.warning ?? 0;
  if (th.direction === 'range') {
    const [lo, hi] = th.range ?? [0, 1];
    const band = warning > 0 ? warning : (hi - lo) * 0.1;
    if (tier === 0) return lo + (hi - lo) * (0.1 + 0.8 * u);
    const d = tier === 1 ? band * (0.1 + 0.85 * u) : band * (1.2 + 1.3 * u);
    return side < 0.5 ? lo - d : hi + d;
  }
  const target = th.target ?? 0;
  const higher = th.direction === 'higher';
  // How far a met target can go: up to a cap (100% of a share) or down to a floor (0 for a positive target).
  const cap = higher ? (spec.max ?? bounds?.[1]) : (spec.min ?? bounds?.[0] ?? (target > 0 ? 0 : undefined));
  const room = cap === undefined ? Number.POSITIVE_INFINITY : Math.abs(cap - target);
  const span = Math.min(spec.span ?? Math.max(warning, Math.abs(target) * 0.15), room * 0.8);
  const band = warning > 0 ? warning : span > 0 ? span : Math.abs(target) * 0.1 || 1;
  const dir = higher ? 1 : -1;
  if (tier === 0) return target + dir * span * (0.05 + 0.95 * u);
  if (tier === 1) return target - dir * band * (0.1 + 0.85 * u);
  return target - dir * band * (1.2 + 1.3 * u);
}
