// The value model of one input indicator: a smooth level per unit over time, and each period's value from it, as a
// flow (a yearly amount spread by its season), a stock (taken at the period's end), an average, or a share of another.
import type { Catalog, Indicator } from '@ioc/schema/catalog';
import type { Frequency } from '@ioc/schema/period';
import type { EditionData } from './editionData';
import type { PeriodCtx } from './periodContext';
import { ANCHOR_YEAR, defaultDecimals, type Mode, modeOf, type Profile, type Source, sourceOf } from './profile';
import { gauss, hash2, hashString, lognormal, poisson, SALT, smoothNoise, uniform } from './random';
import type { SeasonTable } from './seasonTable';
import { type UnitStatics, unitStatics } from './unitStatics';

/** What every model of one generation shares. */
export interface World {
  catalog: Catalog;
  seedKey: number;
  seasons: SeasonTable;
  /** Communes in the newest edition: a province-level base is spread over this many average communes. */
  reference: number;
}

/** Period-to-period variation of the shortfall of a share near its 100% (pass rates, on-time rates). */
const SHORTFALL_NOISE = 0.25;
// Knots of the smooth noise per year: a stock drifts over months, an average wanders faster.
const STOCK_KNOTS: Readonly<Record<Frequency, number>> = { day: 24, week: 12, month: 4, quarter: 2, year: 1 };
const AVERAGE_KNOTS: Readonly<Record<Frequency, number>> = { day: 36, week: 24, month: 6, quarter: 2, year: 1 };

export class Model {
  readonly world: World;
  readonly ind: Indicator;
  readonly profile: Profile;
  readonly mode: Mode;
  readonly source: Source;
  readonly key: number;
  parent: Model | undefined;
  minus: Model[] = [];
  /** Whose report this value is on: a part (solved crimes) is missing exactly when its whole (crimes) is. */
  reporter: Model = this;
  readonly #statics = new Map<EditionData, UnitStatics>();
  readonly #season: number;
  readonly #hasSeason: boolean;
  readonly #decimals: number;
  readonly #lo: number;
  readonly #hi: number;
  readonly #noise: number;
  readonly #ratioMax: number;
  readonly #shareCap: boolean;

  constructor(world: World, ind: Indicator, profile: Profile) {
    this.world = world;
    this.ind = ind;
    this.profile = profile;
    this.mode = modeOf(ind);
    this.key = hash2(world.seedKey, hashString(ind.code));
    this.source = sourceOf(profile);
    this.#hasSeason = profile.season !== undefined;
    this.#season = world.seasons.index.get(profile.season ?? 'flat') ?? 0;
    this.#decimals = profile.decimals ?? defaultDecimals(ind.unit);
    [this.#lo, this.#hi] = ind.bounds ?? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
    const modeNoise = this.mode === 'flow' ? 0.12 : this.mode === 'stock' ? 0.01 : 0.03;
    this.#noise = profile.noise ?? (profile.part ? 0.02 : modeNoise);
    const tier = profile.part?.tier;
    const cap =
      profile.part?.max ?? (tier?.max !== undefined && !tier.invert ? tier.max * (tier.scale ?? 1) : undefined);
    this.#ratioMax = cap ?? Number.POSITIVE_INFINITY;
    this.#shareCap = tier?.max !== undefined && !tier.invert;
  }

  /** Per-unit constants of this indicator in an edition: keys, levels or ratios, growth rates, flaky reporters. */
  statics(ed: EditionData): UnitStatics {
    let s = this.#statics.get(ed);
    if (!s) {
      s = unitStatics(this, ed);
      this.#statics.set(ed, s);
    }
    return s;
  }

  /** The smooth level at time t: yearly amount of a flow, level of a stock or average; no period noise. */
  level(ed: EditionData, i: number, t: number): number {
    const s = this.statics(ed);
    const p = this.profile;
    let v: number;
    switch (this.source) {
      case 'per':
      case 'part':
        v = (this.parent as Model).level(ed, i, t) * (s.scale[i] as number);
        break;
      case 'rest': {
        v = (this.parent as Model).level(ed, i, t) * (1 - (s.scale[i] as number));
        for (const m of this.minus) v -= m.level(ed, i, t);
        return Math.max(0, v);
      }
      case 'path':
        v = pathAt(p.path ?? [], t) * (s.scale[i] as number);
        break;
      case 'newRural':
        return Math.floor(t) >= (s.scale[i] as number) ? 1 : 0;
      default:
        v = s.scale[i] as number;
    }
    const g = s.growth[i] as number;
    if (g !== 0) v *= (1 + g) ** (t - ANCHOR_YEAR);
    if (p.ramp) v *= p.ramp[2] + (1 - p.ramp[2]) * smoothstep((t - p.ramp[0]) / (p.ramp[1] - p.ramp[0]));
    // A yearly plan: one draw per year, so every month of the year reports the same figure.
    if (p.yearly) v *= 1 + this.#noise * gauss(hash2(s.key[i] as number, Math.floor(t)));
    return v;
  }

  /** The observation's value: clamped to the bounds and rounded. */
  value(ed: EditionData, i: number, p: PeriodCtx): number {
    let v = this.#raw(ed, i, p);
    if (!Number.isFinite(v)) v = Number.isFinite(this.#lo) ? this.#lo : 0;
    const d = this.#decimals;
    v = d >= 0 ? Math.round(v * 10 ** d) / 10 ** d : Math.round(v / 10 ** -d) * 10 ** -d;
    return Math.min(this.#hi, Math.max(this.#lo, v));
  }

  #raw(ed: EditionData, i: number, p: PeriodCtx): number {
    const s = this.statics(ed);
    const key = s.key[i] as number;
    const prof = this.profile;
    const seasons = this.world.seasons;
    const noise = this.#noise;
    switch (this.source) {
      case 'part': {
        // A share of the parent's own value: solved <= reported, on-time <= resolved, in every period.
        const whole = (this.parent as Model).value(ed, i, p);
        let r = s.scale[i] as number;
        const g = s.growth[i] as number;
        if (g !== 0) r *= (1 + g) ** (p.tMid - ANCHOR_YEAR);
        if (prof.ramp) {
          r *= prof.ramp[2] + (1 - prof.ramp[2]) * smoothstep((p.tMid - prof.ramp[0]) / (prof.ramp[1] - prof.ramp[0]));
        }
        if (this.#hasSeason) r *= seasons.mean(this.#season, p.startN, p.endN);
        const h = hash2(key ^ SALT.noise, p.key);
        const cap = this.#ratioMax;
        // A share close to its 100%: vary the shortfall, so a 99.5% pass rate stays just below 100% and never above.
        if (this.#shareCap && r > cap / 2) r = cap - (cap - r) * lognormal(SHORTFALL_NOISE, h);
        else r *= lognormal(noise, h);
        r = Math.min(cap, r);
        const v = whole * r;
        return this.#decimals === 0 ? Math.floor(v + uniform(hash2(key ^ SALT.round, p.key))) : v;
      }
      case 'rest': {
        const whole = (this.parent as Model).value(ed, i, p);
        let v = whole * (1 - (s.scale[i] as number) * lognormal(noise, hash2(key ^ SALT.noise, p.key)));
        for (const m of this.minus) v -= m.value(ed, i, p);
        return Math.max(0, v);
      }
      case 'newRural':
        return p.endYear >= (s.scale[i] as number) ? 1 : 0;
    }
    const freq = this.ind.frequency;
    if (this.mode === 'flow') {
      let e = this.level(ed, i, p.tMid) * seasons.share(this.#season, p.startN, p.endN);
      if (prof.yearSwing) e *= lognormal(prof.yearSwing, hash2(this.key ^ SALT.year, Math.floor(p.tMid)));
      e *= lognormal(noise, hash2(key ^ SALT.noise, p.key));
      if (this.#decimals !== 0) return e;
      // Counts: Poisson for rare events (forest fires, accidents), rounding for large ones.
      return e < 40 ? poisson(e, uniform(hash2(key ^ SALT.round, p.key))) : Math.round(e);
    }
    if (this.mode === 'stock') {
      let v = this.level(ed, i, p.tEnd);
      if (!prof.yearly && noise > 0) v *= 1 + noise * smoothNoise(key ^ SALT.smooth, p.tEnd * STOCK_KNOTS[freq]);
      return v;
    }
    let v = this.level(ed, i, p.tMid);
    if (this.#hasSeason) v *= seasons.mean(this.#season, p.startN, p.endN);
    v *= 1 + noise * smoothNoise(key ^ SALT.smooth, p.tMid * AVERAGE_KNOTS[freq]);
    v *= 1 + noise * 0.5 * gauss(hash2(key ^ SALT.jitter, p.key));
    // Market prices move together: one smooth province-wide factor per period.
    if (prof.common) v *= Math.exp(prof.common * smoothNoise(this.key ^ SALT.common, p.tMid * 26));
    return v;
  }
}

function smoothstep(x: number): number {
  const c = Math.min(1, Math.max(0, x));
  return c * c * (3 - 2 * c);
}

function pathAt(path: readonly (readonly [number, number])[], t: number): number {
  const first = path[0];
  if (!first) return 0;
  if (t <= first[0]) return first[1];
  for (let k = 1; k < path.length; k++) {
    const [t1, v1] = path[k] as readonly [number, number];
    if (t <= t1) {
      const [t0, v0] = path[k - 1] as readonly [number, number];
      return v0 + ((v1 - v0) * (t - t0)) / (t1 - t0);
    }
  }
  return (path[path.length - 1] as readonly [number, number])[1];
}
