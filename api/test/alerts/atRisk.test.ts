// The early-warning alerts, on SQLite and PostgreSQL: F_PART (monthly, summed, 10 a month: 120 a year) reached half
// its 2026 by the end of March (30 + 30 + 30 of 180). In 2027 a ward has 11 a month: each month meets its target, but
// 33 / 0.5 projects 66 for the year, nowhere near 120: January to March are AT_RISK at the ward and the province, and
// their alerts say so. When December is reported the year is known, and those alerts close.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type AlertKeeper, keepAlertsCurrent } from '../../src/alerts/keepAlertsCurrent';
import { sweepAlerts } from '../../src/alerts/sweepAlerts';
import { valueOfKey } from '../../src/alerts/watchedValues';
import type { LiveData } from '../../src/live/liveData';
import { describeEachDatabase } from '../db/harness';
import { COMMUNE, clearAll, meta, openLive, PROVINCE, rows } from './support';

/** Every month of 2026 and January to March of 2027 have ended. */
const TODAY = '2027-04-15';

const F_PART = (period: string, value: number) => ({ indicator: 'F_PART', unit: COMMUNE, period, value });
const F_COUNT = (period: string, value: number) => ({ indicator: 'F_COUNT', unit: COMMUNE, period, value });
const month = (year: number, m: number) => `${year}-${String(m).padStart(2, '0')}`;
const YEAR_2026 = [30, 30, 30, 10, 10, 10, 10, 10, 10, 10, 10, 10].map((v, i) => F_PART(month(2026, i + 1), v));

describeEachDatabase('alerts for values at risk of missing their year’s target', (getDb) => {
  let data: LiveData;
  let keeper: AlertKeeper;

  beforeEach(async () => {
    await clearAll(getDb());
    data = await openLive(getDb());
    keeper = keepAlertsCurrent(data, { today: () => TODAY });
    await record(...YEAR_2026);
  });
  afterEach(() => keeper.stop());

  async function record(...items: ReturnType<typeof F_PART | typeof F_COUNT>[]) {
    const result = await data.recordValues(items, meta);
    expect(result.ok).toBe(true);
    await keeper.settled();
  }
  const open = () =>
    rows(getDb(), `select indicator, unit, period, status, value, target from alerts where state = 'OPEN' order by id`);

  it('raises AT_RISK alerts as 2027’s months come in on target, and closes them when December is reported', async () => {
    // 2026 met every month: nothing is raised, and 2026, complete, is never at risk.
    expect(await open()).toEqual([]);
    await record(F_PART('2027-01', 11), F_PART('2027-02', 11), F_PART('2027-03', 11));
    const raised = await open();
    expect(raised.map((a) => [a.unit, a.period, a.status])).toEqual(
      expect.arrayContaining([
        [COMMUNE, '2027-01', 'AT_RISK'],
        [COMMUNE, '2027-02', 'AT_RISK'],
        [COMMUNE, '2027-03', 'AT_RISK'],
        [PROVINCE, '2027-01', 'AT_RISK'],
        [PROVINCE, '2027-02', 'AT_RISK'],
        [PROVINCE, '2027-03', 'AT_RISK'],
      ]),
    );
    expect(raised).toHaveLength(6);
    expect(raised[0]).toMatchObject({ value: 11, target: '≥ 10' });
    // The value as a client reads it.
    const march = valueOfKey(data.catalog, data.units, { indicator: 'F_PART', unit: COMMUNE, period: '2027-03' });
    if (!march) throw new Error('no value for F_PART 2027-03');
    expect(data.valueOf(march.indicator, march.unit, march.period).status).toBe('AT_RISK');
    // A full sweep agrees with the incremental reconciliation.
    expect(await sweepAlerts({ data, today: TODAY })).toMatchObject({ raised: 0, closed: 0 });

    // A write to December alone moves January to March: the year is complete, judged on its months.
    await record(...[4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => F_PART(month(2027, m), 10)));
    expect(await open()).toEqual([]);
    const closed = await rows(getDb(), `select count(*) as n from alert_events where kind = 'CLOSED'`);
    expect(Number(closed[0]?.n)).toBe(6);
  });

  it('raises none when the year is on course: 30 a month in 2027 projects 180', async () => {
    await record(F_PART('2027-01', 30), F_PART('2027-02', 30), F_PART('2027-03', 30));
    expect(await open()).toEqual([]);
    expect(await sweepAlerts({ data, today: TODAY })).toMatchObject({ raised: 0, closed: 0 });
  });

  it('warns on a formula whose inputs’ projected year misses, and stops once the year is complete', async () => {
    // F_SHARE = F_PART / F_COUNT * 100, at least 20. 2026: F_COUNT 10 a month (a quarter of it by March), F_PART as
    // above (half of it by March). 2027: 3 of 10 a month, 30% each month, on target; but by March the year projects
    // 9 / 0.5 = 18 of 30 / 0.25 = 120, 15% ± 2.0 (a chance of 0.7%), and so from January and February alike.
    await record(...Array.from({ length: 12 }, (_, i) => F_COUNT(month(2026, i + 1), 10)));
    await record(F_PART('2027-01', 3), F_PART('2027-02', 3), F_PART('2027-03', 3));
    const share = async () =>
      (await open()).filter((a) => a.indicator === 'F_SHARE' && a.unit === COMMUNE).map((a) => [a.period, a.status]);
    // Without 2027's F_COUNT there is no F_SHARE to judge; the write of it raises them.
    expect(await share()).toEqual([]);
    await record(F_COUNT('2027-01', 10), F_COUNT('2027-02', 10), F_COUNT('2027-03', 10));
    expect(await share()).toEqual([
      ['2027-01', 'AT_RISK'],
      ['2027-02', 'AT_RISK'],
      ['2027-03', 'AT_RISK'],
    ]);
    const march = valueOfKey(data.catalog, data.units, { indicator: 'F_SHARE', unit: COMMUNE, period: '2027-03' });
    if (!march) throw new Error('no value for F_SHARE 2027-03');
    expect(data.valueOf(march.indicator, march.unit, march.period)).toMatchObject({ value: 30, status: 'AT_RISK' });
    expect(await sweepAlerts({ data, today: TODAY })).toMatchObject({ raised: 0, closed: 0 });

    // The rest of the year reported: it is known, not projected, and its months are judged on themselves.
    const rest = [4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => month(2027, m));
    await record(...rest.map((p) => F_COUNT(p, 10)), ...rest.map((p) => F_PART(p, 3)));
    expect(await share()).toEqual([]);
    expect(data.valueOf(march.indicator, march.unit, march.period)).toMatchObject({ value: 30, status: 'ACHIEVED' });
  });
});
