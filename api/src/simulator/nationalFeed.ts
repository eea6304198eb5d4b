// The simulated national endpoint of the 766 scorecard: a payload every `intervalMs` of its clock, numbered by the
// second it was generated in, served after a cursor a page at a time; plus the faults a test can switch on. Payloads
// are computed from their tick, never stored, so the simulator runs for days in constant memory.
import { UnitDirectory } from '../units/unitDirectory';
import { meanScores, type ScoreFields, unitScores } from './scores766';

export const PROVINCE = '68';

export const FAULTS = [
  'normal',
  'slow',
  'http-500',
  'malformed',
  'duplicate',
  'out-of-order',
  'unknown-units',
  'down',
] as const;
export type Fault = (typeof FAULTS)[number];

/** Unit codes the simulator adds to every record list under the `unknown-units` fault: no such commune exists. */
export const UNKNOWN_UNITS = ['99901', '99902'];

export interface FeedRecord extends ScoreFields {
  maDonVi: string;
  tenDonVi: string;
  ngay: string;
}

export interface FeedPayload {
  soThuTu: number;
  thoiDiemTao: string;
  maTinh: string;
  boChiSo: string;
  duLieuMoPhong: true;
  duLieu: FeedRecord[];
}

export interface FeedPage {
  goiTin: FeedPayload[];
  conTiep: boolean;
}

export class NationalFeedSim {
  readonly intervalMs: number;
  #offsetMs = 0;
  readonly #firstTick: number;
  readonly #units = new UnitDirectory();
  #fault: Fault = 'normal';
  /** Requests the fault still applies to; null: until it is changed. */
  #faultLeft: number | null = null;
  delayMs = 3_000;
  /** Payloads held back by `out-of-order`, delivered late by the next faulty request. */
  #heldBack: number[] | null = null;
  requests = 0;

  constructor(options: { intervalMs?: number; now?: () => number } = {}) {
    this.intervalMs = options.intervalMs ?? 5_000;
    if (!Number.isInteger(this.intervalMs) || this.intervalMs < 1_000) {
      throw new RangeError(`intervalMs must be a whole number of milliseconds, at least 1000, got ${this.intervalMs}`);
    }
    if (options.now) this.#base = options.now;
    this.#firstTick = this.#tickAt(this.now());
  }

  #base: () => number = Date.now;

  /** While paused: the time the clock stands at. */
  #pausedAt: number | null = null;

  /** The simulator's clock: real time plus whatever a test advanced it by, standing still while paused. */
  now(): number {
    return (this.#pausedAt ?? this.#base()) + this.#offsetMs;
  }

  advance(ms: number): void {
    this.#offsetMs += ms;
  }

  /** Stops the clock (no new payloads are published) or starts it again from where it stood. */
  setPaused(paused: boolean): void {
    if (paused && this.#pausedAt === null) this.#pausedAt = this.#base();
    if (!paused && this.#pausedAt !== null) {
      this.#offsetMs -= this.#base() - this.#pausedAt;
      this.#pausedAt = null;
    }
  }

  get paused(): boolean {
    return this.#pausedAt !== null;
  }

  #tickAt(ms: number): number {
    return Math.floor(ms / this.intervalMs);
  }

  sequenceOf(tick: number): number {
    return Math.floor((tick * this.intervalMs) / 1000);
  }

  get latestSequence(): number {
    return this.sequenceOf(this.#tickAt(this.now()));
  }

  setFault(fault: Fault, times: number | null = null, delayMs?: number): void {
    this.#fault = fault;
    this.#faultLeft = fault === 'normal' ? null : times;
    if (delayMs !== undefined) this.delayMs = delayMs;
    this.#heldBack = null;
  }

  get fault(): { fault: Fault; left: number | null } {
    return { fault: this.#fault, left: this.#faultLeft };
  }

  /** The fault that applies to this request (counting it down). */
  takeFault(): Fault {
    this.requests++;
    const fault = this.#fault;
    if (this.#faultLeft !== null) {
      this.#faultLeft--;
      if (this.#faultLeft <= 0) {
        this.#fault = 'normal';
        this.#faultLeft = null;
      }
    }
    return fault;
  }

  /** The payload of one tick: the province and each of its communes on that day (UTC, the platform's calendar). */
  payload(tick: number, fault: Fault = 'normal'): FeedPayload {
    const at = new Date(tick * this.intervalMs);
    const day = at.toISOString().slice(0, 10);
    const edition = this.#units.editionOn(day) ?? this.#units.current();
    const communes = edition
      .children(PROVINCE)
      .flatMap((u) => (u.level === 'commune' ? [u] : edition.children(u.code)));
    const records: FeedRecord[] = communes.map((u) => ({
      maDonVi: u.code,
      tenDonVi: u.fullName,
      ngay: day,
      ...unitScores(u.code, tick),
    }));
    const province = edition.get(PROVINCE);
    records.unshift({
      maDonVi: PROVINCE,
      tenDonVi: province?.fullName ?? 'Tỉnh Lâm Đồng',
      ngay: day,
      ...meanScores(records),
    });
    if (fault === 'unknown-units') {
      for (const code of UNKNOWN_UNITS)
        records.push({ maDonVi: code, tenDonVi: 'Không rõ', ngay: day, ...unitScores(code, tick) });
    }
    return {
      soThuTu: this.sequenceOf(tick),
      thoiDiemTao: at.toISOString(),
      maTinh: PROVINCE,
      boChiSo: '766/QĐ-TTg',
      duLieuMoPhong: true,
      duLieu: records,
    };
  }

  /** Ticks published after `cursor` (a sequence number), oldest first; without one, the latest tick only. */
  #ticksAfter(cursor: number | null): number[] {
    const last = this.#tickAt(this.now());
    if (cursor === null) return [last];
    const first = Math.max(this.#firstTick, Math.ceil(((cursor + 1) * 1000) / this.intervalMs));
    const ticks: number[] = [];
    for (let t = first; t <= last; t++) ticks.push(t);
    return ticks;
  }

  /** One page of the feed after `cursor`, shaped by `fault` (duplicate, out-of-order and unknown-units change it). */
  page(cursor: number | null, limit: number, fault: Fault): FeedPage {
    if (this.#heldBack !== null) {
      // Late delivery of what `out-of-order` held back, newest first, whatever cursor the client sends now.
      const late = [...this.#heldBack].reverse();
      this.#heldBack = null;
      return { goiTin: late.map((t) => this.payload(t, fault)), conTiep: true };
    }
    let ticks = this.#ticksAfter(cursor);
    const more = ticks.length > limit;
    ticks = ticks.slice(0, limit);
    if (fault === 'duplicate') {
      // The payload at the cursor again, and the newest one twice: what a retrying gateway sends.
      const atCursor = cursor === null ? [] : [this.#tickAt(cursor * 1000)].filter((t) => t >= this.#firstTick);
      ticks = [...atCursor, ...ticks, ...ticks.slice(-1)];
    } else if (fault === 'out-of-order' && ticks.length > 1) {
      // The newest payload now; the ones before it on the next request, after the client has seen the newest.
      this.#heldBack = ticks.slice(0, -1);
      ticks = ticks.slice(-1);
    }
    return { goiTin: ticks.map((t) => this.payload(t, fault)), conTiep: more };
  }
}
