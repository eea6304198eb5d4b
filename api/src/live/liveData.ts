// The data an API process serves: observations and targets held in memory for the engine, loaded from the store at
// start and kept current from the store's change log, so several API processes over one database agree. Every change
// it applies from the log (its own writes and others') goes to its change listeners once, in log order.
import { randomUUID } from 'node:crypto';
import type { Catalog, Indicator } from '@ioc/schema/catalog';
import type { Period } from '@ioc/schema/period';
import type { Database } from '../db/database';
import type { ObservationInput, TargetInput, WriteMeta } from '../domain/observation';
import { type ItemError, validateObservations } from '../domain/validateObservations';
import { type TargetError, validateTargets } from '../domain/validateTargets';
import { Engine } from '../engine/engine';
import { type IndicatorValue, indicatorValue } from '../engine/indicatorValue';
import { ObservationIndex } from '../engine/observationIndex';
import { readersOf } from '../engine/readers';
import { TargetIndex } from '../engine/targets';
import { type ChangeEvent, changesSince, latestChangeSeq } from '../store/changes';
import { readObservations, streamObservations, upsertObservations } from '../store/observations';
import { loadTargets, upsertTargets } from '../store/targets';
import type { UnitDirectory, UnitInEdition } from '../units/unitDirectory';
import { type ChangeBus, type ChangedKey, changeMessage } from './changeBus';

export type RecordResult =
  | { ok: true; inserted: number; updated: number; unchanged: number }
  | { ok: false; errors: ItemError[] };

export type TargetResult =
  | { ok: true; inserted: number; updated: number; unchanged: number }
  | { ok: false; errors: TargetError[] };

export type ChangeListener = (changes: readonly ChangeEvent[]) => void;

export class LiveData {
  readonly engine: Engine;
  /** Values as clients see them (with target and status), kept until the next write: a dashboard read twice is cheap. */
  readonly #values = new Map<string, Map<string, IndicatorValue>>();
  /** The indicators whose values a change of an indicator's data can change (itself, its readers). */
  readonly #readers: (code: string) => ReadonlySet<string>;
  /** Sets derived from values (a unit's latest values, status counts), kept until the next write like the values. */
  readonly #derived = new Map<string, unknown>();
  /** performance.now() when the last refresh started: requests look at the change log at most so often. */
  #refreshedAt = -Infinity;
  #version = 0;
  /** Names this LiveData on a change bus, so that it ignores its own messages. */
  readonly id = randomUUID();
  #targets: TargetIndex;
  #seq: number;
  #refreshing: Promise<void> = Promise.resolve();
  readonly #listeners = new Set<ChangeListener>();
  #bus: ChangeBus | undefined;

  private constructor(
    readonly db: Database,
    readonly catalog: Catalog,
    readonly units: UnitDirectory,
    readonly observations: ObservationIndex,
    targets: TargetIndex,
    seq: number,
  ) {
    this.engine = new Engine({ catalog, units, observations });
    this.#readers = readersOf(catalog);
    this.#targets = targets;
    this.#seq = seq;
  }

  static async open(options: { db: Database; catalog: Catalog; units: UnitDirectory }): Promise<LiveData> {
    const { db } = options;
    // The change log position is read first: a write that lands while we stream is applied by the next refresh.
    const seq = await latestChangeSeq({ em: db.em() });
    const observations = new ObservationIndex();
    for await (const batch of streamObservations({ db })) for (const o of batch) observations.set(o);
    const targets = TargetIndex.from(await loadTargets({ em: db.em() }));
    const live = new LiveData(db, options.catalog, options.units, observations, targets, seq);
    await live.refresh();
    return live;
  }

  /** An indicator's value for a unit and period, with its target and status; cached until data or targets change. */
  valueOf(indicator: Indicator, unit: UnitInEdition, period: Period): IndicatorValue {
    let values = this.#values.get(indicator.code);
    if (!values) {
      values = new Map();
      this.#values.set(indicator.code, values);
    }
    const key = `${unit.edition.edition.id}|${unit.unit.code}|${period.id}`;
    let value = values.get(key);
    if (!value) {
      value = indicatorValue({ engine: this.engine, targets: this.#targets, indicator, unit, period });
      values.set(key, value);
    }
    return value;
  }

  /**
   * A value the caller finds among the indicator's values (its latest one as of a day, say), memoised with them: it
   * is dropped only when that indicator's data or targets change, so a write to one indicator leaves the rest kept.
   */
  valueAmong(indicator: Indicator, key: string, find: () => IndicatorValue): IndicatorValue {
    let values = this.#values.get(indicator.code);
    if (!values) {
      values = new Map();
      this.#values.set(indicator.code, values);
    }
    let value = values.get(key);
    if (!value) {
      value = find();
      values.set(key, value);
    }
    return value;
  }

  /** Something computed from values, memoised under `key` until data or targets change. */
  derived<T>(key: string, compute: () => T): T {
    if (this.#derived.has(key)) return this.#derived.get(key) as T;
    const result = compute();
    this.#derived.set(key, result);
    return result;
  }

  /** Changes whenever what this process serves may have changed: a key for caches of whole responses. */
  get version(): number {
    return this.#version;
  }

  /**
   * Forgets what a change made stale: the values of the indicators whose data changed and of their readers (in the
   * engine and here), the statuses of the indicators whose targets changed, and every derived set.
   */
  #invalidate(changed: { observations: Iterable<string>; targets: Iterable<string> }): void {
    this.#version++;
    this.#derived.clear();
    const stale = new Set<string>();
    for (const code of changed.observations) for (const reader of this.#readers(code)) stale.add(reader);
    this.engine.invalidate(stale);
    for (const code of changed.targets) stale.add(code);
    for (const code of stale) this.#values.delete(code);
  }

  get targets(): TargetIndex {
    return this.#targets;
  }

  /**
   * Applies what was written since the last look (by any process, this one included), then tells the change
   * listeners. Cheap when nothing changed (one indexed query). Calls are queued, so each change is applied once.
   */
  refresh(): Promise<void> {
    this.#refreshedAt = performance.now();
    const run = this.#refreshing.then(() => this.#applyChanges());
    this.#refreshing = run.catch(() => undefined);
    return run;
  }

  /**
   * Refreshes unless the last refresh started less than `maxAgeMs` ago: what a request calls, so that the change log
   * is read a few times a second under load rather than once per request. Writes of this process are applied when
   * they are made, and a change bus message from another process triggers a refresh at once.
   */
  refreshIfOlder(maxAgeMs: number): Promise<void> {
    if (performance.now() - this.#refreshedAt < maxAgeMs) return this.#refreshing;
    return this.refresh();
  }

  async #applyChanges(): Promise<void> {
    const em = this.db.em();
    for (;;) {
      const changes = await changesSince({ em, seq: this.#seq });
      if (changes.length === 0) return;
      const keys = changes.filter((c) => c.kind === 'observation' && c.period !== null);
      if (keys.length > 0) {
        const current = await readObservations({
          em,
          keys: keys as Array<{ indicator: string; unit: string; period: string }>,
        });
        for (const k of keys) {
          const value = current.get(`${k.indicator}|${k.unit}|${k.period}`);
          if (value === undefined) this.observations.delete(k as { indicator: string; unit: string; period: string });
          else this.observations.set({ indicator: k.indicator, unit: k.unit, period: k.period as string, value });
        }
      }
      if (changes.some((c) => c.kind === 'target')) this.#targets = TargetIndex.from(await loadTargets({ em }));
      this.#seq = changes[changes.length - 1]?.seq ?? this.#seq;
      this.#invalidate({
        observations: keys.map((k) => k.indicator),
        targets: changes.filter((c) => c.kind === 'target').map((c) => c.indicator),
      });
      this.#tell(changes);
      if (changes.length < 10_000) return;
    }
  }

  /** Listens to every change applied from now on; returns the function that stops listening. */
  onChanges(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** How many listeners wait for changes (the live subscriptions of this process). */
  get listenerCount(): number {
    return this.#listeners.size;
  }

  #tell(changes: readonly ChangeEvent[]): void {
    for (const listener of this.#listeners) {
      try {
        listener(changes);
      } catch (e) {
        // One broken subscriber must not stop the others, nor the write that triggered it.
        console.error(`live: a change listener failed: ${(e as Error).message}`);
      }
    }
  }

  /**
   * Joins a change bus: local writes are announced on it, and a message from another process makes this one refresh
   * (which tells the listeners). Returns the function that leaves the bus.
   */
  connect(bus: ChangeBus): () => void {
    this.#bus = bus;
    const unsubscribe = bus.subscribe((message) => {
      if (message.origin === this.id) return;
      this.refresh().catch((e: Error) => console.error(`live: refresh after a change message failed: ${e.message}`));
    });
    return () => {
      unsubscribe();
      if (this.#bus === bus) this.#bus = undefined;
    };
  }

  #announce(keys: readonly ChangedKey[]): void {
    if (keys.length === 0 || !this.#bus) return;
    void this.#bus.publish(changeMessage(this.id, keys));
  }

  /** Validates a batch against the catalog and units, then records it in one transaction: all or nothing. */
  async recordValues(items: readonly ObservationInput[], meta: WriteMeta): Promise<RecordResult> {
    const checked = validateObservations({ catalog: this.catalog, units: this.units, items, source: meta.source });
    if (!checked.ok) return checked;
    const result = await upsertObservations({ em: this.db.em(), items: checked.items, meta });
    for (const o of result.changed) this.observations.set(o);
    if (result.changed.length > 0)
      this.#invalidate({ observations: result.changed.map((o) => o.indicator), targets: [] });
    await this.refresh();
    this.#announce(
      result.changed.map((o) => ({
        kind: 'observation',
        indicator: o.indicator,
        unit: o.unit,
        period: o.period,
        year: null,
      })),
    );
    return { ok: true, inserted: result.inserted, updated: result.updated, unchanged: result.unchanged };
  }

  /** Validates yearly targets, then records them in one transaction: all or nothing. */
  async setTargets(items: readonly TargetInput[], meta: WriteMeta): Promise<TargetResult> {
    const checked = validateTargets({ catalog: this.catalog, units: this.units, items });
    if (!checked.ok) return checked;
    const result = await upsertTargets({ em: this.db.em(), items: checked.items, meta });
    await this.refresh();
    this.#announce(
      result.changed.map((t) => ({ kind: 'target', indicator: t.indicator, unit: t.unit, period: null, year: t.year })),
    );
    return { ok: true, inserted: result.inserted, updated: result.updated, unchanged: result.unchanged };
  }
}
