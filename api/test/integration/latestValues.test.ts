// What the IOC screens show by default, on SQLite and PostgreSQL: latestValues (each indicator at its own latest
// period as of a day, falling back one period when the latest has no value yet) and statusCounts, with hand-computed
// values from the engine fixture catalog (F_PART: higher is better, target 10 a month, warning band 2).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../db/harness';
import { onlyError, postGraphQL, queryData } from '../graphqlClient';
import { type ServerOnDatabase, startServerOn, units } from './support';

const RECORD = `mutation Record($values: [ValueInput!]!) { recordValues(values: $values) { inserted } }`;

interface Shown {
  indicator: { code: string };
  period: string;
  value: number | null;
  status: string;
  flags: string[];
}

interface Counts {
  achieved: number;
  warning: number;
  notAchieved: number;
  noData: number;
  noTarget: number;
  total: number;
}

const COUNTS = 'achieved warning notAchieved noData noTarget total';
const [A, B, C] = units
  .current()
  .children('68')
  .map((u) => u.code) as [string, string, string];

describeEachDatabase('latest values and status counts', (getDb) => {
  let server: ServerOnDatabase;

  const latest = async (unit: string, asOf: string, indicators: string[]) =>
    (
      await queryData<{ unit: { latestValues: Shown[] } }>(
        server.url,
        `{ unit(code: "${unit}") { latestValues(asOf: "${asOf}", indicators: [${indicators.join(', ')}]) {
          indicator { code } period value status flags } } }`,
      )
    ).unit.latestValues;
  const byCode = (shown: Shown[]) => Object.fromEntries(shown.map((v) => [v.indicator.code, v]));

  beforeAll(async () => {
    server = await startServerOn(getDb());
    const v = (indicator: string, unit: string, period: string, value: number) => ({ indicator, unit, period, value });
    await queryData(
      server.url,
      RECORD,
      {
        values: [
          v('F_PART', A, '2026-02', 12),
          v('F_PART', B, '2026-02', 9),
          v('F_PART', C, '2026-02', 5),
          v('F_PART', A, '2026-03', 1),
          v('F_COUNT', A, '2026-01', 50),
          v('F_POP', A, '2025', 1000),
          v('F_DAILY', A, '2026-03-09', 5),
          v('F_PEAK', A, '2025-12', 7),
        ],
      },
      { token: server.writerToken },
    );
  });
  afterAll(async () => {
    await server?.close();
  });

  it('shows each indicator at its own latest period that has ended by the day', async () => {
    const shown = byCode(await latest(A, '2026-03-10', ['F_PART', 'F_POP']));
    // March is still running on the 10th (its 1 is not shown); February is the latest month; 2025 the latest year.
    expect(shown.F_PART).toMatchObject({ period: '2026-02', value: 12, status: 'ACHIEVED' });
    expect(shown.F_POP).toMatchObject({ period: '2025', value: 1000, status: 'NO_TARGET' });
    // Any period stands for its last day: as of March (the 31st), March has ended.
    expect(byCode(await latest(A, '2026-03', ['F_PART'])).F_PART).toMatchObject({ period: '2026-03', value: 1 });
  });

  it('falls back one period when the latest has no value yet, and no further', async () => {
    const shown = byCode(await latest(A, '2026-03-10', ['F_COUNT', 'F_DAILY', 'F_PEAK']));
    expect(shown.F_COUNT).toMatchObject({ period: '2026-01', value: 50 });
    expect(shown.F_DAILY).toMatchObject({ period: '2026-03-09', value: 5 });
    // December is two months back: February is shown, without data.
    expect(shown.F_PEAK).toMatchObject({ period: '2026-02', value: null, status: 'NO_DATA' });
  });

  it('rolls the province up at each indicator’s latest period', async () => {
    const shown = byCode(await latest('68', '2026-03-10', ['F_PART']));
    expect(shown.F_PART).toMatchObject({ period: '2026-02', value: 12 + 9 + 5 });
  });

  it('counts the children’s statuses over a period', async () => {
    const data = await queryData<{ unit: { children: Array<{ code: string; statusCounts: Counts }> } }>(
      server.url,
      `{ unit(code: "68") { children { code statusCounts(period: "2026-02") { ${COUNTS} } } } }`,
    );
    const counts = Object.fromEntries(data.unit.children.map((c) => [c.code, c.statusCounts]));
    // F_PART: 12 ≥ 10 achieved; 9 within the band of 2 below 10, a warning; 5 not achieved. F_SHARE (target 20%)
    // has no F_COUNT in February: no data, as every other monthly indicator without a value.
    expect(counts[A]).toMatchObject({ achieved: 1, warning: 0, notAchieved: 0 });
    expect(counts[B]).toMatchObject({ achieved: 0, warning: 1, notAchieved: 0 });
    expect(counts[C]).toMatchObject({ achieved: 0, warning: 0, notAchieved: 1 });
    for (const c of Object.values(counts)) {
      expect(c.achieved + c.warning + c.notAchieved + c.noData + c.noTarget).toBe(c.total);
    }
  });

  it('counts as of a day exactly the latest values, leaving out those not collected at the unit’s level', async () => {
    const data = await queryData<{ unit: { statusCounts: Counts; latestValues: Shown[] } }>(
      server.url,
      `{ unit(code: "${A}") { statusCounts(asOf: "2026-03-10") { ${COUNTS} }
         latestValues(asOf: "2026-03-10") { indicator { code } period value status flags } } }`,
    );
    const { statusCounts, latestValues } = data.unit;
    const counted = latestValues.filter((v) => !v.flags.includes('not-collected-at-level'));
    // F_DISTRICT is collected by the province after the reform: a commune does not miss it.
    expect(latestValues.length - counted.length).toBeGreaterThanOrEqual(1);
    expect(byCode(latestValues).F_DISTRICT?.flags).toContain('not-collected-at-level');
    expect(statusCounts.total).toBe(counted.length);
    expect(statusCounts.achieved).toBe(counted.filter((v) => v.status === 'ACHIEVED').length);
    expect(statusCounts.achieved).toBe(1);
    expect(statusCounts.noData).toBe(counted.filter((v) => v.status === 'NO_DATA').length);
  });

  it('gives a tile its previous value, its change and its recent periods', async () => {
    const data = await queryData<{
      unit: {
        value: {
          value: number;
          previous: { period: string; value: number };
          change: number;
          recent: Array<{ period: string; value: number | null }>;
        };
      };
    }>(
      server.url,
      `{ unit(code: "${A}") { value(indicator: F_PART, period: "2026-03") {
         value previous { period value } change recent(count: 3) { period value } } } }`,
    );
    const { value } = data.unit;
    expect(value.previous).toEqual({ period: '2026-02', value: 12 });
    expect(value.change).toBeCloseTo((1 - 12) / 12, 12);
    expect(value.recent).toEqual([
      { period: '2026-01', value: null },
      { period: '2026-02', value: 12 },
      { period: '2026-03', value: 1 },
    ]);
    const tooMany = await postGraphQL(
      server.url,
      `{ unit(code: "${A}") { value(indicator: F_PART, period: "2026-03") { recent(count: 37) { value } } } }`,
    );
    expect(onlyError(tooMany)).toMatchObject({
      message: 'count must be 1 to 36; got 37',
      extensions: { code: 'BAD_USER_INPUT', argument: 'count' },
    });
  });

  it('refuses period and asOf together, naming the argument', async () => {
    const result = await postGraphQL(
      server.url,
      `{ unit(code: "${A}") { statusCounts(period: "2026-02", asOf: "2026-03-10") { total } } }`,
    );
    const error = onlyError(result);
    expect(error.message).toBe('give either period or asOf, not both');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
  });
});
