// What a profile is (how one input indicator is modelled), and the profile an indicator gets: its entry in
// demoProfiles.ts when that fits the catalog, else one made up from its bounds, threshold and unit of measure.
import type { Catalog, Indicator } from '@ioc/schema/catalog';
import { PROFILES } from './demoProfiles';
import { PERIODS_PER_YEAR } from './periodContext';
import type { SeasonName } from './seasons';
import { usable } from './targets';
import type { SizeKind } from './unitSizes';

/** Levels of a profile are for the start of this (fractional) year. */
export const ANCHOR_YEAR = 2025;

/**
 * Places a value against a threshold, per (indicator, unit): most units meet it, a stable ~14% are within the warning
 * band and ~4% clearly miss it. The threshold is the indicator's own, or that of the derived rate named by `from`.
 */
export interface TierSpec {
  /** The indicator whose threshold is used (a derived rate for a ratio, a year-on-year rate for a growth). */
  from?: string;
  /** The result is (placed + offset) * scale, or scale / placed with `invert`. */
  scale?: number;
  offset?: number;
  invert?: boolean;
  /** Cap of the placed value (100 for a share) and the room a met target has above (below) it. */
  max?: number;
  min?: number;
  /** How far met targets spread from the target (default: the warning band, at least 15% of the target). */
  span?: number;
}

/**
 * How one input indicator is modelled. The time behaviour follows its aggregation: `time: sum` is a flow (a yearly
 * amount spread over the days by its season), `last`/`first` a stock (slow changes), otherwise an average (a smooth
 * series). Levels are for an average commune of the 2025 edition (the whole new province for a province-level
 * indicator) at the start of 2025.
 */
export interface Profile {
  /** Yearly amount of a flow, level of a stock or average. */
  base?: number;
  size?: SizeKind;
  /** Per year; for a part or per profile, the drift of its ratio. */
  growth?: number;
  /** Growth per unit placed against a year-on-year threshold (in %). */
  growthTier?: TierSpec;
  season?: SeasonName;
  /** Period-to-period noise: relative, lognormal for flows, smooth wander for stocks and averages. */
  noise?: number;
  /** Unit-to-unit lognormal spread of the level (or ratio). */
  spread?: number;
  /** Rounding: 0 for counts, 2 for money, -2 for prices to 100 đồng. */
  decimals?: number;
  /** The level itself is placed against the indicator's own threshold. */
  tier?: TierSpec;
  /** Flows whose target is "no events": rate multipliers for units meeting, nearly meeting and missing it. */
  rateTiers?: readonly [number, number, number];
  /** A share of another input's value in the same unit and period (same frequency): always consistent with it. */
  part?: { of: string; ratio?: number; tier?: TierSpec; max?: number; by?: readonly [SizeKind, SizeKind, number] };
  /** Proportional to another input's level in the same unit (any frequency): per capita, per household... */
  per?: { of: string; ratio?: number; tier?: TierSpec };
  /** The rest of another input once others and a kept share are taken out (employed = labour force - unemployed). */
  rest?: { of: string; minus: readonly string[]; keep?: number };
  /** Rollout from a fraction of the level: [from year, to year, starting fraction]. */
  ramp?: readonly [number, number, number];
  /** A province-wide path: [fractional year, level] knots (market prices). */
  path?: readonly (readonly [number, number])[];
  /** Market-wide smooth noise shared by every unit in a period. */
  common?: number;
  /** A year-to-year swing shared by every unit (epidemic years, fishing years). */
  yearSwing?: number;
  /** A plan fixed for the year: the same value every month of a year. */
  yearly?: boolean;
  special?: 'newRural' | 'urbanShare';
}

/** How a value behaves over time, from its time aggregation: a flow adds up, a stock is taken, an average is smooth. */
export type Mode = 'flow' | 'stock' | 'average';

export function modeOf(ind: Indicator): Mode {
  const time = ind.aggregation?.time;
  if (time === 'sum') return 'flow';
  return time === 'last' || time === 'first' ? 'stock' : 'average';
}

/** Where a value's level comes from: a base level, a placed target, a path, another input, or the new-rural year. */
export type Source = 'base' | 'tier' | 'path' | 'per' | 'part' | 'rest' | 'newRural';

export function sourceOf(profile: Profile): Source {
  if (profile.special === 'newRural') return 'newRural';
  if (profile.part) return 'part';
  if (profile.per) return 'per';
  if (profile.rest) return 'rest';
  if (profile.path) return 'path';
  return profile.tier ? 'tier' : 'base';
}

/** The profile of an input indicator: its own when it fits the catalog, else a default one. */
export function profileFor(ind: Indicator, catalog: Catalog): Profile {
  const profile = PROFILES[ind.code];
  return profile && profileFits(profile, ind, catalog) ? profile : defaultProfile(ind);
}

/** Checks that every code a profile reads is an input of the catalog (and each threshold it places against exists). */
function profileFits(profile: Profile, ind: Indicator, catalog: Catalog): boolean {
  const input = (code: string): boolean => catalog.byCode.get(code)?.kind === 'input';
  const th = (spec: TierSpec | undefined): boolean =>
    spec === undefined || usable(catalog.byCode.get(spec.from ?? ind.code)?.threshold);
  if (profile.part && !(input(profile.part.of) && th(profile.part.tier))) return false;
  if (profile.per && !(input(profile.per.of) && th(profile.per.tier))) return false;
  if (profile.rest && !(input(profile.rest.of) && profile.rest.minus.every(input))) return false;
  if (profile.part || profile.rest) {
    // A share of another value needs the same periods; else it is not modelled here.
    const of = catalog.byCode.get(profile.part?.of ?? profile.rest?.of ?? '');
    if (of?.frequency !== ind.frequency) return false;
    if (profile.rest && !profile.rest.minus.every((c) => catalog.byCode.get(c)?.frequency === ind.frequency)) {
      return false;
    }
  }
  return th(profile.tier) && th(profile.growthTier);
}

/** For an indicator without a profile: a level from its bounds, scaled by population when it sums over units. */
function defaultProfile(ind: Indicator): Profile {
  const [lo, hi] = ind.bounds ?? [0, 100];
  const flow = modeOf(ind) === 'flow';
  const th = ind.threshold;
  if (usable(th)) {
    if (flow && th.direction === 'lower' && th.target === 0) {
      return { base: lo + (hi - lo) * 0.02, size: 'pop', rateTiers: [0.2, 1.5, 4] };
    }
    return { tier: {}, noise: 0.03 };
  }
  const typical = lo + (hi - lo) * 0.08;
  const sized = ind.aggregation?.units === 'sum';
  return {
    base: flow ? typical * PERIODS_PER_YEAR[ind.frequency] : typical,
    size: sized ? 'pop' : 'none',
    growth: flow ? 0.03 : 0.01,
    spread: 0.3,
  };
}

/** Rounding when a profile does not say, from the unit of measure: counts whole, prices per kg to 100 đồng. */
export function defaultDecimals(unit: string): number {
  if (unit.startsWith('triệu đồng/')) return 2;
  if (unit.startsWith('đồng/')) return -2;
  switch (unit) {
    case 'tỷ đồng':
    case 'triệu USD':
    case 'km²':
      return 2;
    case 'triệu đồng':
    case 'tấn':
    case 'ha':
    case '%':
    case 'µg/m³':
      return 1;
    case 'triệu kWh':
      return 3;
    case 'điểm':
      return 2;
  }
  if (unit.startsWith('triệu ')) return 2;
  if (unit.startsWith('nghìn ')) return 1;
  return 0;
}
