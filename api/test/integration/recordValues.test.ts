// Mutation.recordValues over real HTTP, on SQLite and on PostgreSQL: a good batch is recorded and its values, roll-ups
// and ratios are read back at once; re-sending it changes nothing; a changed value keeps the old one in history. Every
// kind of bad input is refused whole, with its message per item, and leaves every table exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observationHistory } from '../../src/store/observations';
import { writerTokenFor } from '../accounts';
import { describeEachDatabase } from '../db/harness';
import { type GraphQLResult, onlyError, postGraphQL, queryData } from '../graphqlClient';
import { type ServerOnDatabase, startServerOn, storeSnapshot, units } from './support';

interface Item {
  indicator: string;
  unit: string;
  period: string;
  value: number;
}

interface Counts {
  inserted: number;
  updated: number;
  unchanged: number;
}

interface ShownValue {
  value: number | null;
  status: string;
}

const RECORD = `mutation Record($values: [ValueInput!]!) {
  recordValues(values: $values) { inserted updated unchanged }
}`;

const item = (indicator: string, unit: string, period: string, value: number): Item => ({
  indicator,
  unit,
  period,
  value,
});

// Two wards of Đà Lạt after the reform (August 2025) and three communes of Huyện Lạc Dương before it (May 2025),
// with a district-level indicator that the reform moved to the province.
const GOOD_BATCH: Item[] = [
  item('F_COUNT', '24778', '2025-08', 200),
  item('F_COUNT', '24781', '2025-08', 300),
  item('F_PART', '24778', '2025-08', 50),
  item('F_PART', '24781', '2025-08', 25),
  item('F_DISTRICT', '68', '2025-08', 12.5),
  item('F_COUNT', '24846', '2025-05', 10),
  item('F_COUNT', '24847', '2025-05', 20),
  item('F_COUNT', '24848', '2025-05', 30),
  item('F_PART', '24846', '2025-05', 1),
  item('F_PART', '24847', '2025-05', 2),
  item('F_PART', '24848', '2025-05', 3),
  item('F_DISTRICT', '675', '2025-05', 7),
];

/** Values of (unit, indicator, period), each unit read in the edition of its period, in one request. */
async function readValues(url: string, asks: Array<[unit: string, indicator: string, period: string]>) {
  const fields = asks.map(
    ([unit, indicator, period], i) =>
      `v${i}: unit(code: "${unit}", period: "${period}") { value(indicator: ${indicator}, period: "${period}") { value status } }`,
  );
  const data = await queryData<Record<string, { value: ShownValue }>>(url, `{ ${fields.join('\n')} }`);
  return asks.map((_, i) => data[`v${i}`]?.value);
}

async function record(url: string, values: unknown[]): Promise<GraphQLResult<{ recordValues: Counts }>> {
  return postGraphQL<{ recordValues: Counts }>(url, RECORD, { values }, { token: writerTokenFor(url) });
}

describeEachDatabase('recording values through the API', (getDb) => {
  let server: ServerOnDatabase;

  beforeAll(async () => {
    server = await startServerOn(getDb());
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('a good batch', () => {
    it('is recorded: every value is new', async () => {
      const result = await record(server.url, GOOD_BATCH);
      expect(result.errors, result.text).toBeUndefined();
      expect(result.data?.recordValues).toEqual({ inserted: GOOD_BATCH.length, updated: 0, unchanged: 0 });
    });

    it('reads back at once for each ward, with its status against the catalog target', async () => {
      const [count, part, share] = await readValues(server.url, [
        ['24778', 'F_COUNT', '2025-08'],
        ['24778', 'F_PART', '2025-08'],
        ['24778', 'F_SHARE', '2025-08'],
      ]);
      expect(count).toEqual({ value: 200, status: 'NO_TARGET' });
      expect(part).toEqual({ value: 50, status: 'ACHIEVED' }); // target 10
      expect(share).toEqual({ value: 25, status: 'ACHIEVED' }); // 50 / 200: target 20
    });

    it('rolls up to the new province: a sum, and a ratio of sums (15 %, not the mean 16.7 % of the ratios)', async () => {
      const [count, part, share, district] = await readValues(server.url, [
        ['68', 'F_COUNT', '2025-08'],
        ['68', 'F_PART', '2025-08'],
        ['68', 'F_SHARE', '2025-08'],
        ['68', 'F_DISTRICT', '2025-08'],
      ]);
      expect(count).toEqual({ value: 500, status: 'NO_TARGET' });
      expect(part?.value).toBe(75);
      expect(share?.value).toBeCloseTo(15, 9);
      expect(share?.status).toBe('WARNING'); // target 20, warning band 5
      expect(district?.value).toBe(12.5);
    });

    it('reads the same values through the typed sector field generated from the catalog', async () => {
      const result = await postGraphQL<{ unit: { fixture: Record<string, { value: number | null } | null> } }>(
        server.url,
        '{ unit(code: "68") { fixture(period: "2025-08") { fCount { value } fPart { value } fShare { value status } } } }',
      );
      expect(result.errors, result.text).toBeUndefined();
      expect(result.data?.unit.fixture.fCount?.value).toBe(500);
      expect(result.data?.unit.fixture.fPart?.value).toBe(75);
      expect(result.data?.unit.fixture.fShare).toMatchObject({ status: 'WARNING' });
    });

    it('refuses a yearly indicator asked for a month, in its own field, and still answers the others', async () => {
      const result = await postGraphQL<{ unit: { fixture: Record<string, { value: number | null } | null> } }>(
        server.url,
        '{ unit(code: "68") { fixture(period: "2025-08") { fCount { value } fPer1000 { value } } } }',
      );
      expect(result.data?.unit.fixture).toEqual({ fCount: { value: 500 }, fPer1000: null });
      expect(result.errors?.map((e) => [e.message, e.path])).toEqual([
        [
          'F_PER_1000 is collected by year; period 2025-08 is a month, which is finer: ask for a year or a longer period',
          ['unit', 'fixture', 'fPer1000'],
        ],
      ]);
    });

    it('rolls up to the old district of Lạc Dương and to the old province, before the reform', async () => {
      const [count, share, district, province] = await readValues(server.url, [
        ['675', 'F_COUNT', '2025-05'],
        ['675', 'F_SHARE', '2025-05'],
        ['675', 'F_DISTRICT', '2025-05'],
        ['68', 'F_COUNT', '2025-05'],
      ]);
      expect(count?.value).toBe(60);
      expect(share?.value).toBeCloseTo(10, 9); // 6 / 60
      expect(share?.status).toBe('NOT_ACHIEVED');
      expect(district?.value).toBe(7);
      expect(province?.value).toBe(60);
    });

    it('sent again changes nothing: every value unchanged, no table grows', async () => {
      const before = await storeSnapshot(getDb());
      const result = await record(server.url, GOOD_BATCH);
      expect(result.data?.recordValues).toEqual({ inserted: 0, updated: 0, unchanged: GOOD_BATCH.length });
      expect(await storeSnapshot(getDb())).toEqual(before);
    });

    it('with one value changed updates it and keeps the previous value in history, with who and when', async () => {
      const changed = GOOD_BATCH.map((i) =>
        i.indicator === 'F_COUNT' && i.unit === '24778' ? { ...i, value: 240 } : i,
      );
      const from = Date.now();
      const result = await record(server.url, changed);
      const to = Date.now();
      expect(result.data?.recordValues).toEqual({ inserted: 0, updated: 1, unchanged: GOOD_BATCH.length - 1 });

      const history = await observationHistory({
        em: getDb().em(),
        indicator: 'F_COUNT',
        unit: '24778',
        period: '2025-08',
      });
      expect(history.map((h) => [h.oldValue, h.newValue, h.source, h.changedBy])).toEqual([
        [200, 240, 'manual', server.writer],
        [null, 200, 'manual', server.writer],
      ]);
      const when = history[0]?.changedAt.getTime() ?? 0;
      expect(when).toBeGreaterThanOrEqual(from);
      expect(when).toBeLessThanOrEqual(to);
      expect(history[1]?.changedAt.getTime()).toBeLessThanOrEqual(from);

      const [ward, province, share] = await readValues(server.url, [
        ['24778', 'F_COUNT', '2025-08'],
        ['68', 'F_COUNT', '2025-08'],
        ['68', 'F_SHARE', '2025-08'],
      ]);
      expect(ward?.value).toBe(240);
      expect(province?.value).toBe(540);
      expect(share?.value).toBeCloseTo((75 / 540) * 100, 9);
    });
  });

  describe('a bad batch is refused whole and writes nothing', () => {
    /** Sends `values`, expects the one error with these items, and every table unchanged. */
    async function expectRefused(values: unknown[], items: Array<{ index: number; field: string; message: string }>) {
      const before = await storeSnapshot(getDb());
      const result = await record(server.url, values);
      const error = onlyError(result);
      const lines = items.map((e) => `values[${e.index}].${e.field}: ${e.message}`);
      expect(error.message).toBe(
        `${items.length} of ${values.length} values rejected; nothing was recorded:\n${lines.join('\n')}`,
      );
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'values', items });
      expect(result.data).toBeNull();
      expect(await storeSnapshot(getDb())).toEqual(before);
    }

    it.each<[string, Item, string, string]>([
      [
        'a derived indicator',
        item('F_SHARE', '24778', '2025-09', 20),
        'indicator',
        'F_SHARE is derived (F_PART / F_COUNT * 100); only input indicators are recorded',
      ],
      [
        'a quarter for a monthly indicator',
        item('F_COUNT', '24778', '2025-Q3', 1),
        'period',
        'F_COUNT is collected by month; "2025-Q3" is a quarter',
      ],
      [
        'a day for a monthly indicator',
        item('F_COUNT', '24778', '2025-09-15', 1),
        'period',
        'F_COUNT is collected by month; "2025-09-15" is a day',
      ],
      [
        'an old ward (Phường 8, Đà Lạt) after the reform',
        item('F_COUNT', '24772', '2025-09', 1),
        'unit',
        'unit "24772" does not exist in edition 2025 (period 2025-09)',
      ],
      [
        'an abolished district after the reform',
        item('F_DISTRICT', '675', '2025-09', 1),
        'unit',
        'unit "675" does not exist in edition 2025 (period 2025-09)',
      ],
      [
        'the province for a commune-level indicator',
        item('F_COUNT', '68', '2025-09', 1),
        'unit',
        'F_COUNT is collected at commune level in edition 2025; Tỉnh Lâm Đồng (68) is a province',
      ],
      [
        'a commune for a district-level indicator before the reform',
        item('F_DISTRICT', '24846', '2025-05', 1),
        'unit',
        'F_DISTRICT is collected at district level in edition pre-2025; Thị trấn Lạc Dương (24846) is a commune',
      ],
      [
        'a commune for a district-level indicator that the reform moved to the province',
        item('F_DISTRICT', '24778', '2025-09', 1),
        'unit',
        'F_DISTRICT is collected at province level in edition 2025; Phường Lâm Viên - Đà Lạt (24778) is a commune',
      ],
      [
        'a negative count',
        item('F_COUNT', '24778', '2025-09', -1),
        'value',
        'value -1 is outside the bounds [0, 1000000] of F_COUNT (lượt)',
      ],
      [
        'a count above its upper bound',
        item('F_COUNT', '24778', '2025-09', 1_000_000.5),
        'value',
        'value 1000000.5 is outside the bounds [0, 1000000] of F_COUNT (lượt)',
      ],
    ])('%s', async (_case, bad, field, message) => {
      await expectRefused([bad], [{ index: 0, field, message }]);
    });

    it('the same indicator, unit and period twice in one batch', async () => {
      await expectRefused(
        [
          item('F_COUNT', '24781', '2025-09', 1),
          item('F_PART', '24781', '2025-09', 1),
          item('F_COUNT', '24781', '2025-09', 2),
        ],
        [{ index: 2, field: 'period', message: 'the same indicator, unit and period as item 1' }],
      );
    });

    it('one bad item among good ones: the good ones are not recorded either', async () => {
      const values = [
        item('F_COUNT', '24781', '2025-09', 100),
        item('F_PART', '24781', '2025-09', 10),
        item('F_PART', '24778', '2025-09', -5),
        item('F_COUNT', '24778', '2025-09', 80),
      ];
      await expectRefused(values, [
        { index: 2, field: 'value', message: 'value -5 is outside the bounds [0, 1000000] of F_PART (lượt)' },
      ]);
      const [count, province] = await readValues(server.url, [
        ['24781', 'F_COUNT', '2025-09'],
        ['68', 'F_COUNT', '2025-09'],
      ]);
      expect(count).toEqual({ value: null, status: 'NO_DATA' });
      expect(province).toEqual({ value: null, status: 'NO_DATA' });
    });

    it('several bad items: one error each, in batch order', async () => {
      await expectRefused(
        [
          item('F_COUNT', '68', '2025-09', 1),
          item('F_COUNT', '24781', '2025-09', 1),
          item('F_SHARE', '24781', '2025-09', 1),
          item('F_COUNT', '24772', '2025-09', 1),
        ],
        [
          {
            index: 0,
            field: 'unit',
            message: 'F_COUNT is collected at commune level in edition 2025; Tỉnh Lâm Đồng (68) is a province',
          },
          {
            index: 2,
            field: 'indicator',
            message: 'F_SHARE is derived (F_PART / F_COUNT * 100); only input indicators are recorded',
          },
          { index: 3, field: 'unit', message: 'unit "24772" does not exist in edition 2025 (period 2025-09)' },
        ],
      );
    });

    // An unknown indicator and a malformed period never reach validateObservations over GraphQL: the IndicatorCode
    // enum and the Period scalar refuse the variable first (HTTP 400), so there is no extensions.items.
    it('an unknown indicator in the variables is refused by the IndicatorCode enum', async () => {
      const before = await storeSnapshot(getDb());
      const result = await record(server.url, [
        item('F_COUNT', '24781', '2025-09', 1),
        item('NOPE', '24778', '2025-09', 1),
      ]);
      expect(result.status).toBe(400);
      const error = onlyError(result);
      expect(error.message).toBe(
        'Variable "$values" got invalid value "NOPE" at "values[1].indicator"; Value "NOPE" does not exist in "IndicatorCode" enum.',
      );
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT' });
      expect(await storeSnapshot(getDb())).toEqual(before);
    });

    it.each([
      ['2025-13', 'invalid period "2025-13": month must be 01-12 (column 6)'],
      ['July 2025', 'invalid period "July 2025": unexpected whitespace (column 5)'],
    ])('a malformed period %s is refused by the Period scalar', async (period, reason) => {
      const before = await storeSnapshot(getDb());
      const result = await record(server.url, [item('F_COUNT', '24778', period, 1)]);
      expect(result.status).toBe(400);
      const error = onlyError(result);
      const prefix = `Variable "$values" got invalid value "${period}" at "values[0].period"; `;
      expect(error.message.startsWith(prefix), error.message).toBe(true);
      expect(error.message.slice(prefix.length)).toBe(reason);
      expect(await storeSnapshot(getDb())).toEqual(before);
    });

    it('behind the API, the shared rules name an unknown indicator and a malformed period per item', async () => {
      const before = await storeSnapshot(getDb());
      const result = await server.data.recordValues(
        [
          item('F_COUNT', '24781', '2025-09', 1),
          item('NOPE', '24778', '2025-09', 1),
          item('F_PART', '24778', '2025-8', 1),
        ],
        { source: 'manual', actor: 'officer@test' },
      );
      expect(result).toEqual({
        ok: false,
        errors: [
          { index: 1, field: 'indicator', message: 'unknown indicator "NOPE"' },
          {
            index: 2,
            field: 'period',
            message: 'invalid period "2025-8": expected YYYY, YYYY-Qn, YYYY-MM, YYYY-Www or YYYY-MM-DD',
          },
        ],
      });
      expect(await storeSnapshot(getDb())).toEqual(before);
    });

    it('a batch over 5,000 values is refused before anything is checked', async () => {
      const before = await storeSnapshot(getDb());
      const values = Array.from({ length: 5_001 }, () => item('F_COUNT', '24778', '2025-09', 1));
      const result = await record(server.url, values);
      const error = onlyError(result);
      expect(error.message).toBe('a batch is at most 5000 values; got 5001');
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'values' });
      expect(await storeSnapshot(getDb())).toEqual(before);
    });
  });

  describe('the batch size limit', () => {
    it('accepts exactly 5,000 values in one batch', async () => {
      const communes = units.byId('2025')?.atLevel('commune') ?? [];
      const indicators = ['F_COUNT', 'F_PART', 'F_STOCK', 'F_FIRST', 'F_PRICE', 'F_PEAK', 'F_LOW'];
      const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
      const values = months
        .flatMap((period) => indicators.flatMap((ind) => communes.map((c) => item(ind, c.code, period, 1))))
        .slice(0, 5_000);
      expect(values).toHaveLength(5_000);
      const result = await record(server.url, values);
      expect(result.errors, result.text.slice(0, 500)).toBeUndefined();
      expect(result.data?.recordValues).toEqual({ inserted: 5_000, updated: 0, unchanged: 0 });
    });
  });
});
