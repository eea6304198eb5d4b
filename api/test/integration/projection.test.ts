// IndicatorValue.projection over HTTP: a ward's 2023 (10 a month) teaches that a year has a quarter of its total by
// the end of March; 15 a month in early 2024 projects 180 for 2024, and the target of 150 is likely reached. And the
// status AT_RISK: F_PART (10 a month, 120 a year) had half its 2023 by March; 11 a month in 2024 meets each month's
// target but projects 66 for the year.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryData } from '../graphqlClient';
import { startTestServer, type TestServer } from '../testServer';
import { catalog } from './support';

const RECORD = `mutation ($values: [ValueInput!]!) { recordValues(values: $values) { inserted } }`;
const TARGETS = `mutation ($targets: [TargetInput!]!) { setTargets(targets: $targets) { inserted } }`;
const PROJECTION = `query ($period: Period!) { unit(code: "24778", period: $period) {
  value(indicator: F_COUNT, period: $period) { value projection { value toDate seasonalShare years relativeError yearTarget chance } }
} }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(catalog);
  const month = (year: number, m: number, value: number) => ({
    indicator: 'F_COUNT',
    unit: '24778',
    period: `${year}-${String(m).padStart(2, '0')}`,
    value,
  });
  const part = (year: number, m: number, value: number) => ({ ...month(year, m, value), indicator: 'F_PART' });
  const values = [
    ...Array.from({ length: 12 }, (_, i) => month(2023, i + 1, 10)),
    ...[1, 2, 3].map((m) => month(2024, m, 15)),
    ...[30, 30, 30, 10, 10, 10, 10, 10, 10, 10, 10, 10].map((v, i) => part(2023, i + 1, v)),
    ...[1, 2, 3].map((m) => part(2024, m, 11)),
  ];
  await queryData(server.url, RECORD, { values }, { token: server.writerToken });
});
afterAll(() => server.close());

describe('a year-end projection through the API', () => {
  it('projects 45 / 0.25 = 180 with a 10% error, and the chance of reaching 150', async () => {
    const leader = await import('../accounts').then((a) => a.signIn(server.url, 'LEADER'));
    await queryData(
      server.url,
      TARGETS,
      { targets: [{ indicator: 'F_COUNT', unit: '24778', year: 2024, value: 150 }] },
      { token: leader },
    );
    const data = await queryData<{
      unit: { value: { value: number; projection: Record<string, unknown> | null } };
    }>(server.url, PROJECTION, { period: '2024-03' });
    expect(data.unit.value.value).toBe(15);
    const p = data.unit.value.projection;
    expect(p).toMatchObject({
      value: 180,
      toDate: 45,
      seasonalShare: 0.25,
      years: ['2023'],
      relativeError: 0.1,
      yearTarget: 150,
    });
    expect(p?.chance as number).toBeCloseTo(0.9522, 3);
  });

  it('projects a formula from its inputs’ projections: F_SHARE = 66 / 180 * 100, with the propagated error', async () => {
    const data = await queryData<{
      unit: { value: { value: number; projection: Record<string, unknown> | null } };
    }>(
      server.url,
      `query { unit(code: "24778", period: "2024-03") { value(indicator: F_SHARE, period: "2024-03") {
        value projection { method value toDate years standardError yearTarget chance path { period value projected } }
      } } }`,
    );
    // F_PART 33 / 0.5 = 66 (± 6.6), F_COUNT 45 / 0.25 = 180 (± 18). One error up: 72.6 / 180 * 100 = 40.33
    // (+3.67); 66 / 198 * 100 = 33.33 (-3.33): √(3.67² + 3.33²) = 4.955. March itself: 11 / 15 * 100 = 73.33.
    const p = data.unit.value.projection;
    expect(p).toMatchObject({ method: 'FORMULA', years: ['2023'], yearTarget: 20 });
    expect(p?.value as number).toBeCloseTo(36.667, 3);
    expect(p?.toDate as number).toBeCloseTo(73.333, 3);
    expect(p?.standardError as number).toBeCloseTo(4.955, 3);
    // (36.67 - 20) / 4.955 = 3.36 standard errors above the catalog's "at least 20": Φ(3.36), read from
    // simple-statistics' table, which ends at 0.999.
    expect(p?.chance as number).toBeCloseTo(0.999, 4);
    const path = p?.path as { value: number | null; projected: boolean }[];
    expect(path.map((q) => q.projected)).toEqual([false, false, false, ...Array(9).fill(true)]);
    expect(path.at(-1)?.value).toBeCloseTo(36.667, 3);
  });

  it('is null at a year’s last period, with nothing left to project', async () => {
    const data = await queryData<{ unit: { value: { projection: unknown } } }>(server.url, PROJECTION, {
      period: '2024-12',
    });
    expect(data.unit.value.projection).toBeNull();
  });
});

const AT_RISK = `query ($period: Period!) { unit(code: "24778", period: $period) {
  value(indicator: F_PART, period: $period) { value status projection { value yearTarget chance path { period value projected } } }
  statusCounts(period: $period) { achieved atRisk notAchieved total }
} }`;

describe('the status AT_RISK through the API', () => {
  type Answer = {
    unit: {
      value: {
        value: number;
        status: string;
        projection: {
          value: number;
          yearTarget: number;
          chance: number;
          path: { period: string; value: number; projected: boolean }[];
        };
      };
      statusCounts: { achieved: number; atRisk: number; notAchieved: number; total: number };
    };
  };

  it('marks March 2024 (11, on its target of 10) at risk: 33 / 0.5 = 66 for a year of 120, and counts it', async () => {
    const data = await queryData<Answer>(server.url, AT_RISK, { period: '2024-03' });
    const v = data.unit.value;
    expect(v).toMatchObject({ value: 11, status: 'AT_RISK' });
    expect(v.projection).toMatchObject({ value: 66, yearTarget: 120 });
    // 8 standard errors short: the table simple-statistics reads stops at 0.001.
    expect(v.projection.chance).toBeLessThanOrEqual(0.001);
    expect(v.projection.path.map((p) => [p.period, p.projected])).toEqual(
      Array.from({ length: 12 }, (_, i) => [`2024-${String(i + 1).padStart(2, '0')}`, i >= 3]),
    );
    expect(v.projection.path.slice(0, 3).map((p) => p.value)).toEqual([11, 22, 33]);
    // April 2023 had reached 100 of 180.
    expect(v.projection.path[3]?.value).toBeCloseTo((66 * 100) / 180, 9);
    expect(v.projection.path[11]?.value).toBe(66);
    expect(data.unit.statusCounts.atRisk).toBe(1);
  });

  it('judges December on itself once the year is reported, and March with it', async () => {
    const values = Array.from({ length: 9 }, (_, i) => ({
      indicator: 'F_PART',
      unit: '24778',
      period: `2024-${String(i + 4).padStart(2, '0')}`,
      value: 10,
    }));
    await queryData(server.url, RECORD, { values }, { token: server.writerToken });
    const data = await queryData<Answer>(server.url, AT_RISK, { period: '2024-03' });
    expect(data.unit.value.status).toBe('ACHIEVED');
    expect(data.unit.statusCounts.atRisk).toBe(0);
  });
});
