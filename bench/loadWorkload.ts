// The mixed workload of the load benchmark: which request a client sends next (a dashboard, a series or a batch of
// recordValues), drawn from a seeded generator, and the write keys, each used once per run so that what was
// acknowledged can be read back without a later write hiding it.
import type { Catalog, Indicator } from '@ioc/schema/catalog';
import { type Frequency, type Period, periodOf, previous } from '@ioc/schema/period';
import { collectionLevel } from '../api/src/engine/engine';
import { UnitDirectory } from '../api/src/units/unitDirectory';
import { apiQuery, latestEndedPeriods, PROVINCE } from './apiQueries';

export type Kind = 'dashboard' | 'series' | 'write';
export const KINDS: readonly Kind[] = ['dashboard', 'series', 'write'];

/** The share of each kind among the requests a client sends. */
export const MIX: Record<Kind, number> = { dashboard: 0.8, series: 0.15, write: 0.05 };
/** Dashboards: the province's share; the rest go to DASHBOARD_COMMUNES communes spread over the code list. */
export const PROVINCE_SHARE = 0.25;
export const DASHBOARD_COMMUNES = 12;
/** Dashboards are asked as of one of the last ASOF_DAYS days up to the demo's today. */
export const ASOF_DAYS = 28;
/** Series: the number of periods up to the latest ended one, by frequency. */
export const SERIES_LENGTH: Record<Frequency, number> = { day: 31, week: 13, month: 12, quarter: 8, year: 3 };
/** Writes: values per batch (one indicator and period, that many communes), and the periods written. */
export const BATCH_SIZE = 20;
export const WRITE_MONTHS = 6;
export const WRITE_DAYS = 30;

/** One observation a batch records, as sent. */
export interface WriteKey {
  indicator: string;
  unit: string;
  period: string;
  value: number;
}

/** A batch a run may send: one indicator and period, BATCH_SIZE communes. */
interface Batch {
  indicator: Indicator;
  period: string;
  units: string[];
}

export interface PlannedRequest {
  kind: Kind;
  /** The JSON body of the POST to /graphql. */
  body: string;
  token: string;
  /** A write's observations, to be read back once acknowledged. */
  batch?: WriteKey[];
}

/** mulberry32: small, fast and deterministic for a seed. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)] as T;

/** `count` consecutive periods ending with `last`, oldest first. */
function periodsUpTo(last: Period, count: number): Period[] {
  const out = [last];
  while (out.length < count) out.unshift(previous(out[0] as Period));
  return out;
}

export interface WorkloadOptions {
  catalog: Catalog;
  /** The demo's today (YYYY-MM-DD): its last day of data. */
  today: string;
  analystToken: string;
  officerToken: string;
  seed?: number;
  /** False: no recordValues batches (the reads keep their ratio), to tell the cost of writes from that of reads. */
  writes?: boolean;
}

/** What the workload asks about, for the report. */
export interface WorkloadFacts {
  dashboardUnits: string[];
  asOf: { from: string; to: string };
  seriesIndicators: number;
  writeIndicators: { month: string[]; day: string[] };
  writePeriods: { month: string[]; day: { from: string; to: string } };
  batchesAvailable: number;
}

export class Workload {
  readonly #random: () => number;
  readonly #analyst: string;
  readonly #officer: string;
  readonly #dashboardCommunes: string[];
  readonly #asOfDays: string[];
  readonly #series: { indicator: Indicator; units: string[]; from: string; to: string }[];
  /** Every batch a run may send: (indicator, period, group of BATCH_SIZE communes), shuffled; taken in order. */
  readonly #batches: Batch[];
  #nextBatch = 0;
  readonly #writes: boolean;
  readonly facts: WorkloadFacts;

  constructor(options: WorkloadOptions) {
    const { catalog, today } = options;
    this.#random = generator(options.seed ?? 20_261_128);
    this.#analyst = options.analystToken;
    this.#officer = options.officerToken;
    this.#writes = options.writes ?? true;
    const edition = new UnitDirectory().current(today);
    const communes = edition.descendants(PROVINCE, 'commune').map((u) => u.code);
    const step = communes.length / DASHBOARD_COMMUNES;
    this.#dashboardCommunes = Array.from(
      { length: DASHBOARD_COMMUNES },
      (_, i) => communes[Math.floor(i * step)] as string,
    );
    const day = periodOf(today, 'day');
    this.#asOfDays = periodsUpTo(day, ASOF_DAYS).map((p) => p.id);

    const latest = latestEndedPeriods(today);
    const atCommune = (i: Indicator) => collectionLevel(i, edition) === 'commune';
    const seriesUnits = [PROVINCE, ...this.#dashboardCommunes];
    this.#series = catalog.indicators.map((indicator) => {
      const periods = periodsUpTo(latest[indicator.frequency], SERIES_LENGTH[indicator.frequency]);
      return {
        indicator,
        // An indicator collected above the communes has no value at a commune: it is asked for the province only.
        units: atCommune(indicator) ? seriesUnits : [PROVINCE],
        from: (periods[0] as Period).id,
        to: (periods.at(-1) as Period).id,
      };
    });

    const writable = (frequency: Frequency) =>
      catalog.indicators.filter(
        (i) => i.kind === 'input' && i.source !== 'national-feed' && i.frequency === frequency && atCommune(i),
      );
    const monthly = writable('month');
    const daily = writable('day');
    const months = periodsUpTo(latest.month, WRITE_MONTHS).map((p) => p.id);
    const days = periodsUpTo(day, WRITE_DAYS).map((p) => p.id);
    const groups: string[][] = [];
    const shuffled = shuffle([...communes], this.#random);
    for (let i = 0; i + BATCH_SIZE <= shuffled.length; i += BATCH_SIZE) groups.push(shuffled.slice(i, i + BATCH_SIZE));
    const slots = [
      ...monthly.flatMap((indicator) => months.map((period) => ({ indicator, period }))),
      ...daily.flatMap((indicator) => days.map((period) => ({ indicator, period }))),
    ];
    this.#batches = shuffle(
      slots.flatMap((slot) => groups.map((units) => ({ ...slot, units }))),
      this.#random,
    );
    this.facts = {
      dashboardUnits: [PROVINCE, ...this.#dashboardCommunes],
      asOf: { from: this.#asOfDays[0] as string, to: today },
      seriesIndicators: catalog.indicators.length,
      writeIndicators: { month: monthly.map((i) => i.code), day: daily.map((i) => i.code) },
      writePeriods: { month: months, day: { from: days[0] as string, to: days.at(-1) as string } },
      batchesAvailable: this.#batches.length,
    };
  }

  /** Whether the mix holds recordValues batches. */
  get writes(): boolean {
    return this.#writes;
  }

  /** Batches sent so far. */
  get batchesTaken(): number {
    return this.#nextBatch;
  }

  next(): PlannedRequest {
    const r = this.#writes ? this.#random() : MIX.write + this.#random() * (1 - MIX.write);
    if (r < MIX.write && this.#nextBatch < this.#batches.length) return this.#write();
    if (r < MIX.write + MIX.series) return this.#seriesRequest();
    return this.#dashboard();
  }

  #dashboard(): PlannedRequest {
    const unit = this.#random() < PROVINCE_SHARE ? PROVINCE : pick(this.#dashboardCommunes, this.#random);
    const asOf = pick(this.#asOfDays, this.#random);
    return { kind: 'dashboard', body: JSON.stringify({ query: apiQuery(unit, asOf) }), token: this.#analyst };
  }

  #seriesRequest(): PlannedRequest {
    const s = pick(this.#series, this.#random);
    const unit = pick(s.units, this.#random);
    const query = `{ unit(code: "${unit}") { series(indicator: ${s.indicator.code}, from: "${s.from}", to: "${s.to}") { period value } } }`;
    return { kind: 'series', body: JSON.stringify({ query }), token: this.#analyst };
  }

  /**
   * A batch of BATCH_SIZE observations of one indicator and period, each for another commune: keys never sent before
   * in this run, values drawn within the indicator's bounds and distinct within the batch: an integer part drawn at
   * random plus (position + 1) / 64, a fraction exact in binary, so the JSON round trip is exact and a value rarely
   * equals the seeded one (the report counts those that did as unchanged).
   */
  #write(): PlannedRequest {
    const { indicator, period, units } = this.#batches[this.#nextBatch++] as Batch;
    const [lo, hi] = indicator.bounds ?? [0, 1_000_000];
    const span = Math.max(1, Math.floor(hi - lo));
    const batch = units.map((unit, k) => ({
      indicator: indicator.code,
      unit,
      period,
      value: lo + Math.floor(this.#random() * span) + (k + 1) / 64,
    }));
    const query = 'mutation ($values: [ValueInput!]!) { recordValues(values: $values) { inserted updated unchanged } }';
    return {
      kind: 'write',
      body: JSON.stringify({ query, variables: { values: batch } }),
      token: this.#officer,
      batch,
    };
  }
}
