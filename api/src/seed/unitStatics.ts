// The per-unit constants of one indicator in one edition: each unit's key, where it stands against the target, its
// level or ratio, growth rate and whether it is a flaky reporter. Computed once; the values of every period read them.
import { collectionLevel } from '../engine/engine';
import type { EditionData } from './editionData';
import type { Model } from './indicatorModel';
import { isFlaky } from './missingReports';
import { PERIODS_PER_YEAR } from './periodContext';
import { hash2, lognormal, SALT, uniform } from './random';
import { placeUnit, tierOf, usable } from './targets';
import { RURAL, urbanShare } from './unitKinds';

export interface UnitStatics {
  key: Uint32Array;
  /** Level (base, tier), unit factor (path), ratio (per, part), kept share (rest) or achievement year (newRural). */
  scale: Float64Array;
  growth: Float64Array;
  flaky: Uint8Array;
}

export function unitStatics(model: Model, ed: EditionData): UnitStatics {
  const { ind, profile: p, source, world } = model;
  const n = ed.units.length;
  const s: UnitStatics = {
    key: new Uint32Array(n),
    scale: new Float64Array(n),
    growth: new Float64Array(n),
    flaky: new Uint8Array(n),
  };
  const tierSpec = p.tier ?? p.part?.tier ?? p.per?.tier ?? p.growthTier;
  const tierTh = tierSpec ? world.catalog.byCode.get(tierSpec.from ?? ind.code)?.threshold : undefined;
  // A placed tier already spreads the units; otherwise levels vary by 30% and ratios by 8% around the profile, but
  // not provinces: the three old provinces must add up to the new one, or the series jumps at the reform.
  const province = ind.level === 'province';
  const spread = p.spread ?? (tierSpec || source === 'tier' || province ? 0 : source === 'base' ? 0.3 : 0.08);
  const collected = new Set(ed.atLevel.get(collectionLevel(ind, ed.index)));
  let sizeTotal = 0;
  let spreadTotal = 0;
  // A summed level placed against a target is for a unit of the reference size (an average new commune, the new
  // province): smaller old units get proportionally less, so totals do not jump at the reform either.
  const sized = source === 'tier' && ind.aggregation?.units === 'sum';
  const sizeWeights = ed.weights.get(sized ? (p.size ?? 'pop') : 'none') as Float64Array;
  const perCommune = ind.level === 'province' ? (p.base ?? 0) / world.reference : (p.base ?? 0);
  const size = ed.weights.get(p.size ?? 'none') as Float64Array;
  const by = p.part?.by;
  for (let i = 0; i < n; i++) {
    const key = hash2(model.key, ed.unitKeys[i] as number);
    s.key[i] = key;
    s.flaky[i] = isFlaky(key) ? 1 : 0;
    const tier = tierOf(key);
    let placed = Number.NaN;
    if (tierSpec && usable(tierTh))
      placed = placeUnit(tierTh, tier, key, tierSpec, p.tier !== undefined ? ind.bounds : undefined);
    const unitFactor = lognormal(spread, hash2(key, SALT.spread));
    s.growth[i] =
      p.growthTier && !Number.isNaN(placed)
        ? (placed + (p.growthTier.offset ?? 0)) * (p.growthTier.scale ?? 0.01)
        : (p.growth ?? 0);
    let scale: number;
    switch (source) {
      case 'base': {
        const rate = p.rateTiers ? (p.rateTiers[tier] as number) : 1;
        scale = (p.size === undefined || p.size === 'none' ? (p.base ?? 0) : perCommune * (size[i] as number)) * rate;
        if (collected.has(i)) {
          sizeTotal += size[i] as number;
          spreadTotal += (size[i] as number) * unitFactor;
        }
        scale *= unitFactor;
        break;
      }
      case 'tier':
        // A placed flow is per period of its own frequency (the threshold judges one period): make it yearly.
        scale =
          model.mode === 'flow'
            ? Math.max(0, placed) * PERIODS_PER_YEAR[ind.frequency]
            : Math.max(ind.bounds?.[0] ?? Number.NEGATIVE_INFINITY, placed);
        if (sized) scale *= (sizeWeights[i] as number) / (province ? world.reference : 1);
        break;
      case 'path':
        scale = unitFactor;
        break;
      case 'per':
      case 'part': {
        const spec = p.part?.tier ?? p.per?.tier;
        let ratio = p.part?.ratio ?? p.per?.ratio ?? 1;
        if (spec && !Number.isNaN(placed)) {
          ratio = spec.invert ? (spec.scale ?? 1) / placed : (placed + (spec.offset ?? 0)) * (spec.scale ?? 1);
        }
        if (p.special === 'urbanShare') ratio = urbanShare(ed.cls[i] as number, uniform(hash2(key, SALT.place)));
        if (by) {
          const [num, den, power] = by;
          const d = ed.weights.get(den)?.[i] ?? 0;
          ratio *= d > 0 ? ((ed.weights.get(num)?.[i] ?? 0) / d) ** power : 1;
        }
        scale = Math.max(0, ratio) * unitFactor;
        break;
      }
      case 'rest':
        scale = p.rest?.keep ?? 0;
        break;
      case 'newRural': {
        // New-rural standard: most rural communes reached it before 2024, a few each year since, some never.
        const u = uniform(hash2(key, SALT.newRural));
        scale =
          ed.cls[i] !== RURAL ? 9999 : u < 0.62 ? 2020 : u < 0.72 ? 2024 : u < 0.8 ? 2025 : u < 0.86 ? 2026 : 9999;
        break;
      }
    }
    s.scale[i] = scale;
  }
  // Rescale the unit-to-unit spread so that the units reporting add up to the profile's total in every edition: the
  // 124 new communes report what the 329 old ones did, and a province series does not jump at the reform.
  if (spreadTotal > 0) for (const i of collected) s.scale[i] = ((s.scale[i] as number) * sizeTotal) / spreadTotal;
  return s;
}
