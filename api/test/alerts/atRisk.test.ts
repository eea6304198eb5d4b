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

  async function record(...items: ReturnType<typeof F_PART>[]) {
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
});
