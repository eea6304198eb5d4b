// Several API processes over one database, on SQLite and on PostgreSQL: what one process records or targets, the
// others see after refresh(). Over random sequences of batches around the 2025 reform, the process that wrote, a
// process that followed by refresh() and one opened afresh from the database compute exactly the same values.
import { parsePeriod } from '@ioc/schema/period';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import type { ObservationInput, WriteMeta } from '../../src/domain/observation';
import { computeAll } from '../../src/engine/computeAll';
import { indicatorValue } from '../../src/engine/indicatorValue';
import type { LiveData } from '../../src/live/liveData';
import { describeEachDatabase } from '../db/harness';
import { catalog, clearStore, openLive, units } from './support';

const officer: WriteMeta = { source: 'manual', actor: 'officer@sovhtt' };

const obs = (indicator: string, unit: string, period: string, value: number): ObservationInput => ({
  indicator,
  unit,
  period,
  value,
});

/** A value with its status, as the API would show it, read in the edition of the period. */
function shown(live: LiveData, indicator: string, unit: string, periodId: string) {
  const period = parsePeriod(periodId);
  const edition = units.editionFor(period);
  const u = edition && units.get(edition, unit);
  const ind = catalog.byCode.get(indicator);
  if (!u || !ind) throw new Error(`no ${indicator} / ${unit} / ${periodId}`);
  const v = indicatorValue({ engine: live.engine, targets: live.targets, indicator: ind, unit: u, period });
  return { value: v.value, status: v.status };
}

describeEachDatabase('two API processes over one database', (getDb) => {
  let a: LiveData;
  let b: LiveData;

  beforeAll(async () => {
    a = await openLive(getDb());
    b = await openLive(getDb());
  });

  it('a batch recorded through one is seen by the other after refresh: values, ratios and the province', async () => {
    const result = await a.recordValues(
      [
        obs('F_COUNT', '24778', '2025-08', 200),
        obs('F_COUNT', '24781', '2025-08', 300),
        obs('F_PART', '24778', '2025-08', 50),
        obs('F_PART', '24781', '2025-08', 25),
      ],
      officer,
    );
    expect(result).toEqual({ ok: true, inserted: 4, updated: 0, unchanged: 0 });
    expect(b.engine.value('F_COUNT', '68', '2025-08').value).toBeNull(); // nothing until it looks

    await b.refresh();
    expect(b.engine.value('F_COUNT', '24778', '2025-08').value).toBe(200);
    expect(b.engine.value('F_COUNT', '68', '2025-08')).toEqual({ value: 500, reporting: 2, expected: 124, flags: [] });
    expect(b.engine.value('F_SHARE', '24778', '2025-08').value).toBe(25);
    expect(b.engine.value('F_SHARE', '68', '2025-08').value).toBeCloseTo(15, 9);
  });

  it('a change through one replaces the value the other had computed and cached', async () => {
    expect(b.engine.value('F_SHARE', '68', '2025-08').value).toBeCloseTo(15, 9); // fills b's cache
    const result = await a.recordValues(
      [obs('F_COUNT', '24778', '2025-08', 200), obs('F_PART', '24781', '2025-08', 75)],
      officer,
    );
    expect(result).toEqual({ ok: true, inserted: 0, updated: 1, unchanged: 1 });
    await b.refresh();
    expect(b.engine.value('F_PART', '68', '2025-08').value).toBe(125);
    expect(b.engine.value('F_SHARE', '68', '2025-08').value).toBe(25);
  });

  it('months before the reform reach the new ward through the crosswalk in the other process', async () => {
    // Phường Lâm Viên - Đà Lạt (24778) was formed from the old Phường 8, 12 and 9 (24772, 24775, 24778).
    await b.recordValues(
      [
        obs('F_COUNT', '24772', '2025-06', 1),
        obs('F_COUNT', '24775', '2025-06', 2),
        obs('F_COUNT', '24778', '2025-06', 4),
      ],
      officer,
    );
    expect(a.engine.value('F_COUNT', '24778', '2025').value).toBe(200);
    await a.refresh();
    expect(a.engine.value('F_COUNT', '24778', '2025')).toMatchObject({ value: 207, flags: ['crosswalk'] });
    expect(a.engine.value('F_COUNT', '672', '2025-06').value).toBe(7); // old Thành phố Đà Lạt
  });

  it('a yearly target set through one changes the status the other shows', async () => {
    expect(shown(b, 'F_SHARE', '68', '2025-08')).toEqual({ value: 25, status: 'ACHIEVED' }); // catalog target 20
    expect(shown(b, 'F_PART', '24778', '2025-08')).toEqual({ value: 50, status: 'ACHIEVED' }); // catalog target 10

    await a.setTargets(
      [
        { indicator: 'F_SHARE', unit: '68', year: 2025, value: 30 },
        // A cumulative indicator: 730 a year is 62 for the 31 days of August.
        { indicator: 'F_PART', unit: '24778', year: 2025, value: 730 },
      ],
      officer,
    );
    expect(shown(b, 'F_SHARE', '68', '2025-08').status).toBe('ACHIEVED'); // not yet refreshed
    await b.refresh();
    expect(shown(b, 'F_SHARE', '68', '2025-08')).toEqual({ value: 25, status: 'WARNING' }); // 30 - 5 <= 25 < 30
    expect(shown(b, 'F_PART', '24778', '2025-08')).toEqual({ value: 50, status: 'NOT_ACHIEVED' });
    expect(b.targets.get('F_PART', '24778', 2025)?.value).toBe(730);
    // A unit without its own target keeps the catalog's.
    expect(shown(b, 'F_SHARE', '24778', '2025-08')).toEqual({ value: 25, status: 'ACHIEVED' });
  });

  it('a refused batch through one leaves both unchanged', async () => {
    const result = await a.recordValues(
      [obs('F_COUNT', '24781', '2025-08', 1), obs('F_COUNT', '24778', '2025-08', -1)],
      officer,
    );
    expect(result.ok).toBe(false);
    expect(a.engine.value('F_COUNT', '24781', '2025-08').value).toBe(300);
    await b.refresh();
    expect(b.engine.value('F_COUNT', '24781', '2025-08').value).toBe(300);
    expect(computeAll({ engine: b.engine }).digest).toBe(computeAll({ engine: a.engine }).digest);
  });
});

// Around the reform: old communes in May and June 2025 (Phường 7, 8, 12, 9 of Đà Lạt; Thị trấn Lạc Dương, Xã Đạ
// Chais), new ones from July (Lâm Viên, Xuân Hương, Cam Ly, Lang Biang - Đà Lạt and a commune outside Đà Lạt).
const OLD_COMMUNES = ['24769', '24772', '24775', '24778', '24846', '24847'];
const NEW_COMMUNES = ['24778', '24781', '24787', '24805', '24846'];
const OLD_MONTHS = ['2025-05', '2025-06'];
const NEW_MONTHS = ['2025-07', '2025-08', '2025-09'];
const MONTHS = [...OLD_MONTHS, ...NEW_MONTHS];

const key = (o: ObservationInput) => `${o.indicator}|${o.unit}|${o.period}`;

// Small values: the same key often comes back with the same value (unchanged) or another one (updated).
const observation: fc.Arbitrary<ObservationInput> = fc.oneof(
  // The weight of F_RATE (a weighted average over units): a change of it changes F_RATE, which reads no formula.
  fc.record({
    indicator: fc.constant('F_POP'),
    unit: fc.constantFrom(...NEW_COMMUNES),
    period: fc.constant('2025'),
    value: fc.integer({ min: 1, max: 6 }),
  }),
  fc.record({
    indicator: fc.constant('F_RATE'),
    unit: fc.constantFrom(...NEW_COMMUNES),
    period: fc.constantFrom(...NEW_MONTHS),
    value: fc.integer({ min: 0, max: 6 }),
  }),
  fc.record({
    indicator: fc.constantFrom('F_COUNT', 'F_PART'),
    unit: fc.constantFrom(...OLD_COMMUNES),
    period: fc.constantFrom(...OLD_MONTHS),
    value: fc.integer({ min: 0, max: 6 }),
  }),
  fc.record({
    indicator: fc.constantFrom('F_COUNT', 'F_PART'),
    unit: fc.constantFrom(...NEW_COMMUNES),
    period: fc.constantFrom(...NEW_MONTHS),
    value: fc.integer({ min: 0, max: 6 }),
  }),
);

const batch = fc.record({
  items: fc.uniqueArray(observation, { selector: key, minLength: 1, maxLength: 12 }),
  /** Add an out-of-bounds item: the whole batch must be refused. */
  spoiled: fc.nat({ max: 5 }).map((n) => n === 0),
  /** The follower refreshes and computes after this batch (filling its cache). */
  peek: fc.boolean(),
});

describeEachDatabase('processes that follow the change log compute what the database holds', (getDb) => {
  it('after any sequence of batches: writer, follower and a fresh process agree on every value', async () => {
    const db = getDb();
    await fc.assert(
      fc.asyncProperty(fc.array(batch, { minLength: 2, maxLength: 6 }), async (batches) => {
        await clearStore(db);
        const writer = await openLive(db);
        const follower = await openLive(db);
        const model = new Map<string, ObservationInput>();

        for (const { items, spoiled, peek } of batches) {
          const sent = spoiled ? [...items, obs('F_COUNT', '24781', '2025-08', -1)] : items;
          const result = await writer.recordValues(sent, officer);
          if (spoiled) expect(result.ok).toBe(false);
          else {
            const expected = { ok: true, inserted: 0, updated: 0, unchanged: 0 };
            for (const o of items) {
              const stored = model.get(key(o));
              if (stored === undefined) expected.inserted++;
              else if (stored.value === o.value) expected.unchanged++;
              else expected.updated++;
              model.set(key(o), o);
            }
            expect(result).toEqual(expected);
          }
          if (peek) {
            await follower.refresh();
            follower.engine.value('F_SHARE', '68', '2025');
            follower.engine.value('F_COUNT', '24778', '2025-Q3');
            follower.engine.value('F_RATE', '68', '2025-Q3');
            follower.engine.value('F_PER_1000', '68', '2025');
          }
        }
        await follower.refresh();
        const fresh = await openLive(db);

        const sorted = (live: LiveData) => [...live.observations.entries()].sort((x, y) => (key(x) < key(y) ? -1 : 1));
        const held = [...model.values()].sort((x, y) => (key(x) < key(y) ? -1 : 1));
        expect(sorted(writer)).toEqual(held);
        expect(sorted(fresh)).toEqual(held);

        // What each process has memoised (computeAll below starts afresh) is what a fresh process computes.
        const probes = ['F_COUNT', 'F_PART', 'F_SHARE', 'F_RATE', 'F_POP', 'F_PER_1000'].flatMap((indicator) =>
          ['68', ...NEW_COMMUNES].flatMap((unit) =>
            [...NEW_MONTHS, '2025-Q3', '2025']
              .filter((p) => catalog.byCode.get(indicator)?.frequency !== 'year' || p === '2025')
              .map((period) => ({ indicator, unit, period })),
          ),
        );
        const memoised = (live: LiveData) => probes.map((p) => live.engine.value(p.indicator, p.unit, p.period));
        const expected = memoised(fresh);
        expect(memoised(writer)).toEqual(expected);
        expect(memoised(follower)).toEqual(expected);

        const written = computeAll({ engine: writer.engine });
        expect(computeAll({ engine: fresh.engine })).toEqual(written);
        expect(computeAll({ engine: follower.engine })).toEqual(written);

        // F_COUNT at the province is the sum of its communes, in the edition of each month.
        for (const month of MONTHS) {
          const edition = units.editionFor(parsePeriod(month));
          const communes = edition?.descendants('68', 'commune') ?? [];
          const values = communes.map((c) => writer.engine.value('F_COUNT', c.code, month).value);
          const reported = values.filter((v) => v !== null);
          const expected = reported.length > 0 ? reported.reduce((s, v) => s + v, 0) : null;
          expect(writer.engine.value('F_COUNT', '68', month).value).toBe(expected);
          const modelled = held.filter((o) => o.indicator === 'F_COUNT' && o.period === month).map((o) => o.value);
          expect(expected).toBe(modelled.length > 0 ? modelled.reduce((s, v) => s + v, 0) : null);
        }
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});
