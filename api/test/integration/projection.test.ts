// IndicatorValue.projection over HTTP: a ward's 2023 (10 a month) teaches that a year has a quarter of its total by
// the end of March; 15 a month in early 2024 projects 180 for 2024, and the target of 150 is likely reached.
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
  const values = [
    ...Array.from({ length: 12 }, (_, i) => month(2023, i + 1, 10)),
    ...[1, 2, 3].map((m) => month(2024, m, 15)),
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

  it('is null at a year’s last period, with nothing left to project', async () => {
    const data = await queryData<{ unit: { value: { projection: unknown } } }>(server.url, PROJECTION, {
      period: '2024-12',
    });
    expect(data.unit.value.projection).toBeNull();
  });
});
