// Synthetic but plausible demo observations for every input indicator, at its own level and frequency, in the edition
// valid for each period. Deterministic and pure: a value is a function of (seed, indicator, unit, period) only.

import { dayNumber, fromDayNumber, isoDate, parseIsoDate } from '@ioc/schema/calendar';
import type { Catalog, Indicator } from '@ioc/schema/catalog';
import type { ThresholdDef } from '@ioc/schema/catalogSchema';
import { type Frequency, next, type Period, parsePeriod, periodOf } from '@ioc/schema/period';
import { type AdminLevel, type AdminUnit, type Edition, EditionIndex } from '@ioc/schema/units';
import type { ObservationInput } from '../domain/observation';
import { collectionLevel } from '../engine/engine';
import {
  PROFILES,
  type Profile,
  REGION_SHARES,
  SEASONS,
  type SeasonName,
  type SeasonSpec,
  type SizeKind,
  type TierSpec,
} from './demoProfiles';

export interface DemoOptions {
  catalog: Catalog;
  editions: Edition[];
  /** First day of the demo, ISO date (default 2024-01-01): periods start on or after it. */
  from?: string;
  /** The demo's today, ISO date: only periods that ended on or before it (no partial current month). */
  to: string;
  seed?: number;
  /**
   * First day of the daily indicators (default: 365 days before `to`). Three years of daily commune data would be
   * about 10 million rows, so daily indicators cover only the last year unless asked otherwise.
   */
  dailyFrom?: string;
  /** Only these indicator codes (tests, partial seeding). */
  indicators?: string[];
}

export const DEMO_FROM = '2024-01-01';
export const DEMO_SEED = 2025;
/** Levels of a profile are for the start of this (fractional) year. */
const ANCHOR_YEAR = 2025;
/** Reports of rural communes and districts dropped at random per (indicator, unit, period). */
const DROP_SHARE = 0.018;
/** Rural commune-indicator pairs that skip a 2-4 month stretch every year. */
const FLAKY_SHARE = 0.035;
/** Tiers against a target: ~4% clearly miss it, ~14% are in the warning band, the rest meet it. */
const BAD_SHARE = 0.04;
const SHORT_SHARE = 0.18;
/** Period-to-period variation of the shortfall of a share near its 100% (pass rates, on-time rates). */
const SHORTFALL_NOISE = 0.25;

// ---- Hashing: small, fast, stateless ---------------------------------------------------------------------------

const TWO_32 = 4_294_967_296;

function mix32(x: number): number {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

function hash2(a: number, b: number): number {
  return mix32(a ^ mix32(b + 0x9e3779b9));
}

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix32(h);
}

function uniform(h: number): number {
  return h / TWO_32;
}

/** A standard normal deviate (Irwin-Hall of four uniforms): cheap, bounded by ±3.5. */
function gauss(h: number): number {
  return ((h + mix32(h + 1) + mix32(h + 2) + mix32(h + 3)) / TWO_32 - 2) * 1.7320508075688772;
}

/** Value noise: standard normal at integer knots, smoothly interpolated; slow changes for stocks and averages. */
function smoothNoise(key: number, x: number): number {
  const i = Math.floor(x);
  const f = x - i;
  const s = f * f * (3 - 2 * f);
  const a = gauss(hash2(key, i));
  return a + (gauss(hash2(key, i + 1)) - a) * s;
}

/** Mean-one lognormal factor. */
function lognormal(sigma: number, h: number): number {
  return sigma === 0 ? 1 : Math.exp(sigma * gauss(h) - (sigma * sigma) / 2);
}

function poisson(lambda: number, u: number): number {
  if (!(lambda > 0)) return 0;
  let k = 0;
  let p = Math.exp(-lambda);
  let cdf = p;
  while (u > cdf && k < 200) {
    k++;
    p *= lambda / k;
    cdf += p;
  }
  return k;
}

// Salts keep the streams of one key independent.
const SALT = {
  tier: 11,
  place: 12,
  side: 13,
  spread: 14,
  noise: 15,
  smooth: 16,
  jitter: 17,
  round: 18,
  drop: 19,
  flaky: 20,
  window: 21,
  year: 22,
  common: 23,
  newRural: 24,
} as const;

// ---- Calendar and seasons --------------------------------------------------------------------------------------

// First day of the Lunar New Year.
const TET: Readonly<Record<number, string>> = {
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
};

function tetDay(year: number): number {
  const date = TET[year];
  return date ? parseIsoDate(date) : dayNumber(year, 2, 5);
}

function isHoliday(year: number, month: number, day: number): boolean {
  if (month === 1) return day === 1;
  if (month === 4) return day === 30;
  if (month === 5) return day === 1;
  // National Day became two days (1-2 September) in 2025.
  if (month === 9) return day === 2 || (day === 1 && year >= 2025);
  return false;
}

function dailyFactor(spec: SeasonSpec, n: number, year: number, month: number, day: number, tetOffset: number) {
  let m = spec.months?.[month - 1] ?? 1;
  if (spec.tet) for (const [a, b, f] of spec.tet) if (tetOffset >= a && tetOffset <= b) m *= f;
  if (spec.week) m *= spec.week[(n + 3) % 7] ?? 1; // day 0 (1970-01-01) was a Thursday
  if (spec.holiday !== undefined && isHoliday(year, month, day)) m *= spec.holiday;
  if (spec.dates) {
    for (const [dm, dd, half, f] of spec.dates) if (Math.abs(n - dayNumber(year, dm, dd)) <= half) m *= f;
  }
  return m;
}

/**
 * Daily multipliers of every season over whole calendar years, normalised per year (so a value never depends on the
 * requested range), as prefix sums: a period's share of the yearly total and its mean multiplier cost two reads.
 */
class SeasonTable {
  readonly first: number;
  readonly index = new Map<SeasonName, number>();
  readonly #share: Float64Array[] = [];
  readonly #sum: Float64Array[] = [];

  constructor(firstYear: number, lastYear: number) {
    this.first = dayNumber(firstYear, 1, 1);
    const days = dayNumber(lastYear + 1, 1, 1) - this.first;
    const names = Object.keys(SEASONS) as SeasonName[];
    for (const name of names) {
      this.index.set(name, this.#share.length);
      this.#share.push(new Float64Array(days + 1));
      this.#sum.push(new Float64Array(days + 1));
    }
    const raw = new Float64Array(days);
    names.forEach((name, s) => {
      const spec: SeasonSpec = SEASONS[name];
      const share = this.#share[s] as Float64Array;
      const sum = this.#sum[s] as Float64Array;
      for (let year = firstYear; year <= lastYear; year++) {
        const start = dayNumber(year, 1, 1) - this.first;
        const end = dayNumber(year + 1, 1, 1) - this.first;
        const tets = [tetDay(year - 1), tetDay(year), tetDay(year + 1)];
        let total = 0;
        for (let k = start; k < end; k++) {
          const n = this.first + k;
          const { month, day } = fromDayNumber(n);
          let tetOffset = Number.POSITIVE_INFINITY;
          for (const t of tets) if (Math.abs(n - t) < Math.abs(tetOffset)) tetOffset = n - t;
          raw[k] = dailyFactor(spec, n, year, month, day, tetOffset);
          total += raw[k] as number;
        }
        const len = end - start;
        for (let k = start; k < end; k++) {
          const m = ((raw[k] as number) * len) / total; // mean 1 over the year
          share[k + 1] = (share[k] as number) + m / len;
          sum[k + 1] = (sum[k] as number) + m;
        }
      }
    });
  }

  /** Share of a flow's yearly amount that falls in days [startN, endN]. */
  share(season: number, startN: number, endN: number): number {
    const a = this.#share[season] as Float64Array;
    return (a[endN - this.first + 1] as number) - (a[startN - this.first] as number);
  }

  /** Mean multiplier over days [startN, endN]. */
  mean(season: number, startN: number, endN: number): number {
    const a = this.#sum[season] as Float64Array;
    return ((a[endN - this.first + 1] as number) - (a[startN - this.first] as number)) / (endN - startN + 1);
  }
}

function fractionalYear(n: number): number {
  const { year } = fromDayNumber(Math.floor(n));
  const start = dayNumber(year, 1, 1);
  return year + (n - start + 0.5) / (dayNumber(year + 1, 1, 1) - start);
}

const PERIODS_PER_YEAR: Readonly<Record<Frequency, number>> = {
  day: 365.25,
  week: 365.25 / 7,
  month: 12,
  quarter: 4,
  year: 1,
};
// Knots of the smooth noise per year: a stock drifts over months, an average wanders faster.
const STOCK_KNOTS: Readonly<Record<Frequency, number>> = { day: 24, week: 12, month: 4, quarter: 2, year: 1 };
const AVERAGE_KNOTS: Readonly<Record<Frequency, number>> = { day: 36, week: 24, month: 6, quarter: 2, year: 1 };
const FREQ_SALT: Readonly<Record<Frequency, number>> = { day: 1, week: 2, month: 3, quarter: 4, year: 5 };

interface PeriodCtx {
  id: string;
  startN: number;
  endN: number;
  end: string;
  endYear: number;
  endMonth: number;
  tMid: number;
  tEnd: number;
  key: number;
  edition: EditionData | undefined;
}

// ---- Units and their pseudo-sizes ------------------------------------------------------------------------------

type Region = 0 | 1 | 2; // 68 Lâm Đồng, 67 Đắk Nông, 60 Bình Thuận (old provinces)
const RURAL = 0;
const WARD = 1;
const TOWN = 2;
const SPECIAL = 3;

/** The old province of a commune from its GSO code: codes are allocated in blocks and new communes keep an old one. */
function regionOf(code: number): Region {
  if (code < 24_000) return 2;
  return code < 24_769 ? 1 : 0;
}

function kindClass(unit: AdminUnit): number {
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

const within = (c: number, a: number, b: number): boolean => c >= a && c <= b;

type SizedKind = Exclude<SizeKind, 'none'>;

/** Raw pseudo-sizes of one commune, before each kind is normalised to its regional shares. */
function rawSizes(unit: AdminUnit, key: number, cls: number): Record<SizedKind, number> {
  const c = Number(unit.code);
  const region = regionOf(c);
  const ln = (sigma: number, salt: number): number => Math.exp(sigma * gauss(hash2(key, salt)));
  const site = (p: number, salt: number): boolean => uniform(hash2(key, salt)) < p;
  const byClass = (ward: number, town: number, special: number, rural: number): number =>
    cls === WARD ? ward : cls === TOWN ? town : cls === SPECIAL ? special : rural;
  // Places by old district code blocks (the same in both editions); Đà Lạt's new wards also carry it in their name.
  const daLat = within(c, 24_769, 24_811) || unit.fullName.includes('Đà Lạt');
  const muiNe = c === 22_915 || c === 22_918;
  const phanThiet = within(c, 22_915, 22_966);
  const baoLoc = within(c, 24_814, 24_844);
  const lacDuong = within(c, 24_846, 24_865);
  const vegBelt = within(c, 24_928, 24_997); // Đơn Dương, Đức Trọng
  const baoLamDiLinh = within(c, 25_000, 25_093);
  const southLamDong = within(c, 25_096, 25_192); // Đạ Huoai, Đạ Tẻh, Cát Tiên
  const phuQuy = within(c, 23_272, 23_278);
  const hamThuan = within(c, 23_059, 23_146);
  const tanhLinhDucLinh = within(c, 23_149, 23_227);
  const tuyPhongBacBinh = within(c, 22_969, 23_056);
  const dakNongCentral = within(c, 24_664, 24_730); // Đắk Mil, Krông Nô, Đắk Song
  const coastal = region === 2 && (within(c, 22_915, 22_999) || within(c, 23_230, 23_278) || site(0.15, 40));

  const pop = ln(0.45, 1) * byClass(1.7, 1.3, 0.9, 1);
  const econ = pop * ln(0.35, 2) * byClass(4, 2.2, 0.8, 0.55);
  const area = ln(0.5, 3) * byClass(0.12, 0.45, 0.3, 1.25);
  const farm = area * ln(0.4, 5) * byClass(0.2, 0.6, 0.5, 1);
  return {
    pop,
    econ,
    area,
    forest: area * ln(0.6, 4) * byClass(0.05, 0.4, 0.1, 1),
    farm,
    coffee: farm * ln(0.6, 6) * (region === 2 ? 0.02 : daLat ? 0.1 : 1),
    tea: farm * ln(0.5, 7) * (baoLoc || baoLamDiLinh ? 6 : 0.15),
    veg: farm * ln(0.6, 8) * (daLat || lacDuong || vegBelt ? 6 : 1),
    flower: farm * ln(0.6, 9) * (daLat ? 10 : lacDuong || vegBelt ? 3 : 0.1),
    rice: farm * ln(0.6, 10) * (tanhLinhDucLinh || tuyPhongBacBinh || southLamDong ? 3 : daLat ? 0.01 : 1),
    dragon: farm * ln(0.6, 11) * (hamThuan ? 8 : region === 2 ? 0.6 : 0.03),
    durian:
      farm *
      ln(0.6, 12) *
      (southLamDong ? 6 : tanhLinhDucLinh ? 4 : dakNongCentral ? 3 : baoLoc || baoLamDiLinh ? 2 : 0.3),
    coast: coastal ? pop * ln(0.6, 13) * (phanThiet ? 2 : phuQuy ? 3 : 1) : pop * 0.01,
    aqua: farm * ln(0.8, 14) * (coastal ? 3 : 1),
    hydro: cls !== WARD && site(region === 2 ? (tanhLinhDucLinh || hamThuan ? 0.15 : 0) : 0.18, 41) ? ln(0.8, 15) : 0,
    wind: site(phuQuy ? 1 : tuyPhongBacBinh ? 0.4 : dakNongCentral ? 0.15 : 0, 42) ? ln(0.7, 16) : 0,
    solar: cls !== WARD && site(region === 2 ? 0.3 : region === 1 ? 0.08 : 0.04, 43) ? ln(0.8, 17) : 0,
    // Tân Rai (Lộc Thắng / Bảo Lâm 1) and Nhân Cơ alumina plants.
    alumina: c === 24_751 || c === 25_054 ? 1 : 0,
    airport: region === 0 ? pop : 0,
    coach: pop * ln(0.5, 18) * byClass(3, 2, 1, site(0.15, 44) ? 1 : 0),
    tourism:
      Math.sqrt(econ) *
      ln(0.6, 19) *
      (muiNe ? 40 : daLat ? 30 : phanThiet ? 8 : lacDuong ? 4 : phuQuy || baoLoc ? 3 : 0.4),
    dengue: pop * ln(0.4, 20) * byClass(1.3, 1.1, 1, 1),
  };
}

interface EditionData {
  edition: Edition;
  index: EditionIndex;
  units: AdminUnit[];
  /** Per unit: hash of (edition, code), seedless; combined with an indicator's seeded key. */
  unitKeys: Uint32Array;
  cls: Uint8Array;
  weights: Map<SizeKind, Float64Array>;
  atLevel: Map<AdminLevel, number[]>;
}

function buildEdition(edition: Edition, seedKey: number, reference: number): EditionData {
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

// ---- Targets ---------------------------------------------------------------------------------------------------

function usable(th: ThresholdDef | undefined): th is ThresholdDef {
  if (!th) return false;
  return th.direction === 'range' ? th.range !== undefined : th.target !== undefined;
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

// ---- Indicator models ------------------------------------------------------------------------------------------

type Mode = 'flow' | 'stock' | 'average';
type Source = 'base' | 'tier' | 'path' | 'per' | 'part' | 'rest' | 'newRural';

interface UnitStatics {
  key: Uint32Array;
  /** Level (base, tier), unit factor (path), ratio (per, part) or achievement year (newRural). */
  scale: Float64Array;
  growth: Float64Array;
  flaky: Uint8Array;
}

function modeOf(ind: Indicator): Mode {
  const time = ind.aggregation?.time;
  if (time === 'sum') return 'flow';
  return time === 'last' || time === 'first' ? 'stock' : 'average';
}

function defaultDecimals(unit: string): number {
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

class Model {
  readonly ind: Indicator;
  readonly profile: Profile;
  readonly mode: Mode;
  readonly source: Source;
  readonly key: number;
  parent: Model | undefined;
  minus: Model[] = [];
  /** Whose report this value is on: a part (solved crimes) is missing exactly when its whole (crimes) is. */
  reporter: Model = this;
  readonly #world: World;
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
    this.#world = world;
    this.ind = ind;
    this.profile = profile;
    this.mode = modeOf(ind);
    this.key = hash2(world.seedKey, hashString(ind.code));
    this.source =
      profile.special === 'newRural'
        ? 'newRural'
        : profile.part
          ? 'part'
          : profile.per
            ? 'per'
            : profile.rest
              ? 'rest'
              : profile.path
                ? 'path'
                : profile.tier
                  ? 'tier'
                  : 'base';
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
    if (s) return s;
    const n = ed.units.length;
    s = { key: new Uint32Array(n), scale: new Float64Array(n), growth: new Float64Array(n), flaky: new Uint8Array(n) };
    const p = this.profile;
    const catalog = this.#world.catalog;
    const tierSpec = p.tier ?? p.part?.tier ?? p.per?.tier ?? p.growthTier;
    const tierTh = tierSpec ? catalog.byCode.get(tierSpec.from ?? this.ind.code)?.threshold : undefined;
    // A placed tier already spreads the units; otherwise levels vary by 30% and ratios by 8% around the profile, but
    // not provinces: the three old provinces must add up to the new one, or the series jumps at the reform.
    const province = this.ind.level === 'province';
    const spread =
      p.spread ?? (tierSpec || this.source === 'tier' || province ? 0 : this.source === 'base' ? 0.3 : 0.08);
    const collected = new Set(ed.atLevel.get(collectionLevel(this.ind, ed.index)));
    let sizeTotal = 0;
    let spreadTotal = 0;
    // A summed level placed against a target is for a unit of the reference size (an average new commune, the new
    // province): smaller old units get proportionally less, so totals do not jump at the reform either.
    const sized = this.source === 'tier' && this.ind.aggregation?.units === 'sum';
    const sizeWeights = ed.weights.get(sized ? (p.size ?? 'pop') : 'none') as Float64Array;
    const perCommune = this.ind.level === 'province' ? (p.base ?? 0) / this.#world.reference : (p.base ?? 0);
    const size = ed.weights.get(p.size ?? 'none') as Float64Array;
    const by = p.part?.by;
    for (let i = 0; i < n; i++) {
      const key = hash2(this.key, ed.unitKeys[i] as number);
      s.key[i] = key;
      s.flaky[i] = uniform(hash2(key, SALT.flaky)) < FLAKY_SHARE ? 1 : 0;
      const t = uniform(hash2(key, SALT.tier));
      const tier = t < BAD_SHARE ? 2 : t < SHORT_SHARE ? 1 : 0;
      let placed = Number.NaN;
      if (tierSpec && usable(tierTh)) {
        const own = p.tier !== undefined ? this.ind.bounds : undefined;
        placed = place(tierTh, tier, uniform(hash2(key, SALT.place)), uniform(hash2(key, SALT.side)), tierSpec, own);
        placed = Math.min(tierSpec.max ?? placed, Math.max(tierSpec.min ?? placed, placed));
      }
      const unitFactor = lognormal(spread, hash2(key, SALT.spread));
      s.growth[i] =
        p.growthTier && !Number.isNaN(placed)
          ? (placed + (p.growthTier.offset ?? 0)) * (p.growthTier.scale ?? 0.01)
          : (p.growth ?? 0);
      let scale: number;
      switch (this.source) {
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
            this.mode === 'flow'
              ? Math.max(0, placed) * PERIODS_PER_YEAR[this.ind.frequency]
              : Math.max(this.ind.bounds?.[0] ?? Number.NEGATIVE_INFINITY, placed);
          if (sized) scale *= (sizeWeights[i] as number) / (province ? this.#world.reference : 1);
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
    this.#statics.set(ed, s);
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
    const seasons = this.#world.seasons;
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

function urbanShare(cls: number, u: number): number {
  if (cls === WARD) return 0.9 + 0.1 * u;
  if (cls === TOWN) return 0.75 + 0.2 * u;
  if (cls === SPECIAL) return 0.3;
  return u < 0.15 ? 0.15 + u * 1.5 : u * 0.03;
}

// ---- The plan: models, periods, editions -----------------------------------------------------------------------

interface World {
  catalog: Catalog;
  seedKey: number;
  seasons: SeasonTable;
  /** Communes in the newest edition: a province-level base is spread over this many average communes. */
  reference: number;
}

interface PlanItem {
  model: Model;
  periods: PeriodCtx[];
  levels: Map<EditionData, number[]>;
}

function periodsBetween(frequency: Frequency, from: string, to: string): Period[] {
  const out: Period[] = [];
  if (from > to) return out;
  let p = periodOf(from, frequency);
  if (p.start < from) p = next(p);
  while (p.end <= to) {
    out.push(p);
    p = next(p);
  }
  return out;
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

function buildPlan(options: DemoOptions): { items: PlanItem[] } {
  const { catalog, to } = options;
  const from = options.from ?? DEMO_FROM;
  const seedKey = mix32((options.seed ?? DEMO_SEED) ^ 0x5eed5eed);
  // Parsing validates the dates (a malformed one throws a PeriodError naming it).
  parsePeriod(from);
  const toN = parseIsoDate(parsePeriod(to).start);
  const dailyFrom = options.dailyFrom ?? isoDate(toN - 365);
  const dayStart = from.localeCompare(dailyFrom) < 0 ? dailyFrom : from;

  const wanted = options.indicators ? new Set(options.indicators) : undefined;
  const inputs = catalog.indicators.filter((i) => i.kind === 'input' && (!wanted || wanted.has(i.code)));
  const periodsByFreq = new Map<Frequency, Period[]>();
  for (const ind of inputs) {
    if (!periodsByFreq.has(ind.frequency)) {
      periodsByFreq.set(ind.frequency, periodsBetween(ind.frequency, ind.frequency === 'day' ? dayStart : from, to));
    }
  }
  const all = [...periodsByFreq.values()].flat();
  const firstYear = all.reduce((y, p) => Math.min(y, Number(p.start.slice(0, 4))), Number(to.slice(0, 4)));
  const seasons = new SeasonTable(firstYear, Number(to.slice(0, 4)));

  const sorted = [...options.editions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const newest = sorted[sorted.length - 1];
  const reference = newest ? newest.units.filter((u) => u.level === 'commune').length || 1 : 1;
  const world: World = { catalog, seedKey, seasons, reference };
  const editions = sorted.map((e) => buildEdition(e, seedKey, reference));
  const editionOn = (date: string): EditionData | undefined =>
    editions.find((e) => e.edition.validFrom <= date && (e.edition.validTo === null || date <= e.edition.validTo));

  const contexts = new Map<Frequency, PeriodCtx[]>();
  for (const [frequency, periods] of periodsByFreq) {
    contexts.set(
      frequency,
      periods.map((p) => {
        const startN = parseIsoDate(p.start);
        const endN = parseIsoDate(p.end);
        return {
          id: p.id,
          startN,
          endN,
          end: p.end,
          endYear: Number(p.end.slice(0, 4)),
          endMonth: Number(p.end.slice(5, 7)),
          tMid: fractionalYear((startN + endN) / 2),
          tEnd: fractionalYear(endN),
          key: hash2(FREQ_SALT[frequency], startN),
          edition: editionOn(p.end),
        };
      }),
    );
  }

  // Models for every input (parents too, even when filtered out), then the links between them.
  const models = new Map<string, Model>();
  for (const ind of catalog.indicators) {
    if (ind.kind !== 'input') continue;
    const profile = PROFILES[ind.code];
    models.set(
      ind.code,
      new Model(world, ind, profile && profileFits(profile, ind, catalog) ? profile : defaultProfile(ind)),
    );
  }
  for (const m of models.values()) {
    const of = m.profile.part?.of ?? m.profile.per?.of ?? m.profile.rest?.of;
    if (of) m.parent = models.get(of);
    m.minus = (m.profile.rest?.minus ?? []).map((c) => models.get(c)).filter((x): x is Model => x !== undefined);
  }
  assertAcyclic(models);
  for (const m of models.values()) {
    let root = m;
    while ((root.source === 'part' || root.source === 'rest') && root.parent) root = root.parent;
    m.reporter = root;
  }

  const items = inputs.map((ind) => {
    const model = models.get(ind.code) as Model;
    const since = ind.since ? parsePeriod(ind.since).start : undefined;
    const periods = (contexts.get(ind.frequency) ?? []).filter((p) => !since || p.end >= since);
    const levels = new Map<EditionData, number[]>();
    for (const ed of editions) levels.set(ed, ed.atLevel.get(collectionLevel(ind, ed.index)) ?? []);
    return { model, periods, levels };
  });
  return { items };
}

function assertAcyclic(models: Map<string, Model>): void {
  for (const start of models.values()) {
    const seen = new Set<Model>();
    const walk = (m: Model): void => {
      if (seen.has(m)) throw new Error(`demo profiles: ${start.ind.code} depends on itself`);
      seen.add(m);
      if (m.parent) walk(m.parent);
      for (const x of m.minus) walk(x);
      seen.delete(m);
    };
    walk(start);
  }
}

/**
 * Missing reports: a small random share of rural communes' and districts' reports, and rural communes that skip months
 * of some indicators. Provinces and wards always report: a missing city ward would swing the province's totals.
 */
function isMissing(level: AdminLevel, cls: number, s: UnitStatics, i: number, p: PeriodCtx): boolean {
  if (level === 'province' || cls !== RURAL) return false;
  const key = s.key[i] as number;
  if (uniform(hash2(key ^ SALT.drop, p.key)) < DROP_SHARE) return true;
  if (level !== 'commune' || s.flaky[i] === 0) return false;
  const h = hash2(key ^ SALT.window, p.endYear);
  const start = h % 12;
  const month = p.endMonth - 1;
  return month >= start && month < start + 2 + ((h >>> 8) % 3);
}

/**
 * Every observation of the demo, indicator by indicator, period by period (oldest first), unit by unit (by code).
 * Only complete periods between `from` and `to`; daily indicators from `dailyFrom` (default: 365 days before `to`).
 */
export function* generateDemoObservations(options: DemoOptions): Generator<ObservationInput> {
  for (const { model, periods, levels } of buildPlan(options).items) {
    const code = model.ind.code;
    for (const p of periods) {
      const ed = p.edition;
      if (!ed) continue;
      const units = levels.get(ed) ?? [];
      const s = model.reporter.statics(ed);
      for (const i of units) {
        const unit = ed.units[i] as AdminUnit;
        if (isMissing(unit.level, ed.cls[i] as number, s, i, p)) continue;
        yield { indicator: code, unit: unit.code, period: p.id, value: model.value(ed, i, p) };
      }
    }
  }
}

/** How many observations generateDemoObservations yields for the same options, without computing any value. */
export function countDemoObservations(options: DemoOptions): number {
  let count = 0;
  for (const { model, periods, levels } of buildPlan(options).items) {
    for (const p of periods) {
      const ed = p.edition;
      if (!ed) continue;
      const s = model.reporter.statics(ed);
      for (const i of levels.get(ed) ?? []) {
        if (!isMissing((ed.units[i] as AdminUnit).level, ed.cls[i] as number, s, i, p)) count++;
      }
    }
  }
  return count;
}
