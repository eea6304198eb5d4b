// Raising and closing alerts as values change, on SQLite and PostgreSQL: after a recorded value (incremental), by a
// full sweep, idempotent when run twice or by two processes over one database.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type AlertKeeper, keepAlertsCurrent } from '../../src/alerts/keepAlertsCurrent';
import { sweepAlerts } from '../../src/alerts/sweepAlerts';
import { watchAlertActivity } from '../../src/alerts/watchAlertActivity';
import type { LiveData } from '../../src/live/liveData';
import { describeEachDatabase } from '../db/harness';
import { COMMUNE, clearAll, meta, openLive, PROVINCE, rows, TODAY } from './support';

const F_PART = (value: number, period = '2025-09', unit = COMMUNE) => ({ indicator: 'F_PART', unit, period, value });

describeEachDatabase('alerts are raised and closed as values change', (getDb) => {
  let data: LiveData;
  let keeper: AlertKeeper;

  beforeEach(async () => {
    await clearAll(getDb());
    data = await openLive(getDb());
    keeper = keepAlertsCurrent(data, { today: () => TODAY });
  });
  afterEach(() => keeper.stop());

  const record = async (...items: ReturnType<typeof F_PART>[]) => {
    const result = await data.recordValues(items, meta);
    expect(result.ok).toBe(true);
    await keeper.settled();
  };
  const alerts = () =>
    rows(getDb(), `select indicator, unit, period, status, value, target, state, open_key from alerts order by id`);

  it('raises an alert for the commune and the province when a recorded value makes them NOT_ACHIEVED', async () => {
    await record(F_PART(5));
    expect(await alerts()).toEqual([
      expect.objectContaining({ unit: COMMUNE, period: '2025-09', status: 'NOT_ACHIEVED', state: 'OPEN', value: 5 }),
      expect.objectContaining({ unit: PROVINCE, period: '2025-09', status: 'NOT_ACHIEVED', state: 'OPEN', value: 5 }),
    ]);
    expect((await alerts())[0]).toMatchObject({ target: '≥ 10', open_key: `F_PART|${COMMUNE}|2025-09` });
    const events = await rows(getDb(), `select kind, author_id from alert_events order by id`);
    expect(events).toEqual([
      { kind: 'RAISED', author_id: null },
      { kind: 'RAISED', author_id: null },
    ]);
    expect(await rows(getDb(), `select kind from changes where kind = 'alert'`)).toHaveLength(1);
  });

  it('closes the alerts when the value recovers, keeping them and their thread', async () => {
    await record(F_PART(5));
    await record(F_PART(12));
    const closed = await alerts();
    expect(closed.map((a) => [a.unit, a.state, a.open_key])).toEqual([
      [COMMUNE, 'CLOSED', null],
      [PROVINCE, 'CLOSED', null],
    ]);
    expect((await rows(getDb(), `select kind from alert_events order by id`)).map((e) => e.kind)).toEqual([
      'RAISED',
      'RAISED',
      'CLOSED',
      'CLOSED',
    ]);
    // Going bad again raises a new alert.
    await record(F_PART(4));
    expect((await alerts()).filter((a) => a.state === 'OPEN')).toHaveLength(2);
  });

  it('raises nothing on WARNING unless the catalog asks (F_SHARE has alert: warning, F_PART not)', async () => {
    await record(F_PART(9)); // 8 <= 9 < 10: WARNING
    expect(await alerts()).toEqual([]);
    // F_SHARE = F_PART / F_COUNT * 100 = 9 / 50 * 100 = 18: WARNING (15 <= 18 < 20).
    await data.recordValues([{ indicator: 'F_COUNT', unit: COMMUNE, period: '2025-09', value: 50 }], meta);
    await keeper.settled();
    const raised = await alerts();
    expect(raised.map((a) => [a.indicator, a.unit, a.status])).toEqual([
      ['F_SHARE', COMMUNE, 'WARNING'],
      ['F_SHARE', PROVINCE, 'WARNING'],
    ]);
  });

  it('watches only ended periods from 1 January of the previous year', async () => {
    await record(F_PART(5, '2024-12'), F_PART(5, '2026-01'));
    expect(await alerts()).toEqual([]);
  });

  it('a full sweep finds the same alerts, and running it again changes nothing', async () => {
    keeper.stop();
    await data.recordValues([F_PART(5), F_PART(3, '2025-03')], meta);
    const first = await sweepAlerts({ data, today: TODAY });
    // 2025-03 is reported in the old edition, where 24781 is Phường 2 of Đà Lạt (672): commune, district, province.
    expect(first.raised).toBe(5);
    expect((await alerts()).map((a) => `${a.unit}|${a.period}`).sort()).toEqual([
      `${COMMUNE}|2025-03`,
      `${COMMUNE}|2025-09`,
      '672|2025-03',
      `${PROVINCE}|2025-03`,
      `${PROVINCE}|2025-09`,
    ]);
    const before = await rows(getDb(), `select * from alerts order by id`);
    const second = await sweepAlerts({ data, today: TODAY });
    expect(second).toMatchObject({ raised: 0, closed: 0 });
    expect(await rows(getDb(), `select * from alerts order by id`)).toEqual(before);
  });

  it('two processes over one database sweeping at once leave one open alert per value', async () => {
    keeper.stop();
    await data.recordValues([F_PART(5)], meta);
    const other = await openLive(getDb());
    const [a, b] = await Promise.all([sweepAlerts({ data, today: TODAY }), sweepAlerts({ data: other, today: TODAY })]);
    expect(a.raised + b.raised).toBe(2);
    const open = await rows(getDb(), `select open_key from alerts where state = 'OPEN' order by open_key`);
    expect(open.map((r) => r.open_key)).toEqual([`F_PART|${COMMUNE}|2025-09`, `F_PART|${PROVINCE}|2025-09`]);
    expect(await rows(getDb(), `select id from alert_events`)).toHaveLength(2);
  });

  it('closes, on a sweep, an open alert whose value recovered while nobody reconciled', async () => {
    await record(F_PART(5));
    keeper.stop();
    await data.recordValues([F_PART(11)], meta);
    expect((await alerts()).filter((a) => a.state === 'OPEN')).toHaveLength(2);
    expect(await sweepAlerts({ data, today: TODAY })).toMatchObject({ raised: 0, closed: 2 });
  });

  it('another process learns of the new steps from the change log and streams them to its subscribers', async () => {
    const other = await openLive(getDb());
    const feed = watchAlertActivity(other, (alert) => alert.unit === COMMUNE);
    await new Promise((r) => setTimeout(r, 50)); // the feed reads where the thread stands
    await record(F_PART(5));
    await other.refresh();
    const first = await feed.next();
    expect(first.value).toMatchObject({ alert: { unit: COMMUNE, state: 'OPEN' }, event: { kind: 'RAISED' } });
    await record(F_PART(15));
    await other.refresh();
    expect((await feed.next()).value).toMatchObject({
      alert: { unit: COMMUNE, state: 'CLOSED' },
      event: { kind: 'CLOSED' },
    });
    await feed.return?.();
  });

  it('reconciles after a target change: a unit target can turn a WARNING into NOT_ACHIEVED', async () => {
    await record(F_PART(9.5)); // catalog target 10, band 2: WARNING, no alert
    expect(await alerts()).toEqual([]);
    // A yearly target of 120 for the commune, spread by days: September's is 120 * 30 / 365 = 9.86, band 0.16.
    const result = await data.setTargets([{ indicator: 'F_PART', unit: COMMUNE, year: 2025, value: 120 }], meta);
    expect(result.ok).toBe(true);
    await keeper.settled();
    expect((await alerts()).map((a) => [a.unit, a.period, a.status, a.target])).toEqual([
      [COMMUNE, '2025-09', 'NOT_ACHIEVED', '≥ 9.86301'],
    ]);
  });
});
