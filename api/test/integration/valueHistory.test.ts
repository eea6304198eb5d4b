// AdminUnit.valueHistory over real HTTP, on SQLite and on PostgreSQL: values recorded through Mutation.recordValues
// come back newest first, a page at a time forwards and backwards; a cursor keeps its place while newer values are
// recorded; and a request for something that is not recorded gets an error that says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../db/harness';
import { onlyError, postGraphQL, queryData } from '../graphqlClient';
import { type ServerOnDatabase, startServerOn } from './support';

interface Revision {
  value: number;
  previousValue: number | null;
  recordedAt: string;
  source: string;
  actor: string;
}

interface History {
  edges: Array<{ cursor: string; node: Revision }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const RECORD = `mutation Record($values: [ValueInput!]!) {
  recordValues(values: $values) { inserted updated unchanged }
}`;

const HISTORY = `query History($unit: String!, $unitPeriod: Period, $indicator: IndicatorCode!, $period: Period!,
    $first: Int, $after: String, $last: Int, $before: String) {
  unit(code: $unit, period: $unitPeriod) {
    valueHistory(indicator: $indicator, period: $period, first: $first, after: $after, last: $last, before: $before) {
      edges { cursor node { value previousValue recordedAt source actor } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`;

/** Phường Lâm Viên - Đà Lạt (2025 edition), F_COUNT in August 2025: the observation whose history is paged. */
const WARD = '24778';
const KEY = { indicator: 'F_COUNT', unit: WARD, period: '2025-08' };
/** The values recorded for KEY, oldest first, one request each. */
const VALUES = [100, 110, 120, 130, 140];

interface PageArgs {
  first?: number;
  after?: string | null;
  last?: number;
  before?: string | null;
}

describeEachDatabase('the history of a value through the API', (getDb) => {
  let server: ServerOnDatabase;
  /** When the first and the last of VALUES were sent. */
  let from = 0;
  let to = 0;

  async function record(indicator: string, unit: string, period: string, value: number) {
    return queryData<{ recordValues: { inserted: number; updated: number; unchanged: number } }>(
      server.url,
      RECORD,
      { values: [{ indicator, unit, period, value }] },
      { token: server.writerToken },
    );
  }

  async function history(args: PageArgs = {}, key = KEY, unitPeriod?: string): Promise<History> {
    const data = await queryData<{ unit: { valueHistory: History } }>(server.url, HISTORY, {
      ...key,
      unitPeriod,
      ...args,
    });
    return data.unit.valueHistory;
  }

  const values = (h: History) => h.edges.map((e) => e.node.value);
  const flags = (h: History) => [h.pageInfo.hasPreviousPage, h.pageInfo.hasNextPage];

  beforeAll(async () => {
    server = await startServerOn(getDb());
    from = Date.now();
    for (const value of VALUES) {
      await record(KEY.indicator, KEY.unit, KEY.period, value);
      // Neighbours of the same indicator, unit or period: their revisions must not show up in KEY's history.
      await record(KEY.indicator, '24781', KEY.period, value + 1);
      await record(KEY.indicator, WARD, '2025-09', value + 2);
      await record('F_PART', WARD, KEY.period, value + 3);
    }
    to = Date.now();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lists every value recorded, newest first, the current value first, with what it replaced, how, who and when', async () => {
    const all = await history();
    expect(all.edges.map((e) => ({ ...e.node, recordedAt: undefined }))).toEqual(
      [...VALUES].reverse().map((value, i, list) => ({
        value,
        previousValue: list[i + 1] ?? null,
        recordedAt: undefined,
        source: 'MANUAL',
        actor: server.writer,
      })),
    );
    const times = all.edges.map((e) => e.node.recordedAt);
    for (const t of times) {
      expect(t).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(Date.parse(t)).toBeGreaterThanOrEqual(from);
      expect(Date.parse(t)).toBeLessThanOrEqual(to);
    }
    expect([...times].sort().reverse()).toEqual(times);
    expect(flags(all)).toEqual([false, false]);
    expect(all.pageInfo.startCursor).toBe(all.edges[0]?.cursor);
    expect(all.pageInfo.endCursor).toBe(all.edges[4]?.cursor);
    expect(new Set(all.edges.map((e) => e.cursor)).size).toBe(5);

    // The first revision is the value the API reads.
    const read = await queryData<{ unit: { value: { value: number } } }>(
      server.url,
      `{ unit(code: "${WARD}") { value(indicator: F_COUNT, period: "2025-08") { value } } }`,
    );
    expect(read.unit.value.value).toBe(140);
  });

  it('pages forwards with first and after, to the oldest value', async () => {
    const one = await history({ first: 2 });
    expect([values(one), flags(one)]).toEqual([
      [140, 130],
      [false, true],
    ]);
    const two = await history({ first: 2, after: one.pageInfo.endCursor });
    expect([values(two), flags(two)]).toEqual([
      [120, 110],
      [true, true],
    ]);
    const three = await history({ first: 2, after: two.pageInfo.endCursor });
    expect([values(three), flags(three)]).toEqual([[100], [true, false]]);
    const past = await history({ first: 2, after: three.pageInfo.endCursor });
    expect([values(past), flags(past), past.pageInfo.startCursor, past.pageInfo.endCursor]).toEqual([
      [],
      [true, false],
      null,
      null,
    ]);
  });

  it('pages backwards with last and before, to the current value', async () => {
    const one = await history({ last: 2 });
    expect([values(one), flags(one)]).toEqual([
      [110, 100],
      [true, false],
    ]);
    const two = await history({ last: 2, before: one.pageInfo.startCursor });
    expect([values(two), flags(two)]).toEqual([
      [130, 120],
      [true, true],
    ]);
    const three = await history({ last: 2, before: two.pageInfo.startCursor });
    expect([values(three), flags(three)]).toEqual([[140], [false, true]]);
  });

  it('gives the same cursor to a revision whichever way it was reached', async () => {
    const all = await history();
    const forwards = await history({ first: 1, after: all.edges[1]?.cursor });
    const backwards = await history({ last: 1, before: all.edges[1]?.cursor });
    expect(forwards.edges).toEqual([all.edges[2]]);
    expect(backwards.edges).toEqual([all.edges[0]]);
    const between = await history({ after: all.edges[0]?.cursor, before: all.edges[4]?.cursor });
    expect(values(between)).toEqual([130, 120, 110]);
  });

  it('keeps every cursor in place while newer values are recorded', async () => {
    const all = await history();
    const after130 = { first: 2, after: all.edges[1]?.cursor };
    const before120 = { last: 2, before: all.edges[2]?.cursor };
    const older = await history(after130);
    const newer = await history(before120);
    expect(values(older)).toEqual([120, 110]);
    expect(values(newer)).toEqual([140, 130]);

    expect((await record(KEY.indicator, KEY.unit, KEY.period, 150)).recordValues).toMatchObject({ updated: 1 });
    // Recording the same value again is no revision.
    expect((await record(KEY.indicator, KEY.unit, KEY.period, 150)).recordValues).toMatchObject({ unchanged: 1 });

    expect(await history(after130)).toEqual(older);
    // The same revisions with the same cursors; only now a newer one precedes them.
    const newerNow = await history(before120);
    expect(newerNow.edges).toEqual(newer.edges);
    expect([flags(newer), flags(newerNow)]).toEqual([
      [false, true],
      [true, true],
    ]);
    const now = await history({ first: 2 });
    expect(values(now)).toEqual([150, 140]);
    expect(now.edges[1]).toEqual(all.edges[0]);
    expect(now.edges[0]?.node).toMatchObject({ value: 150, previousValue: 140 });
  });

  it('reads the history of units of the edition before the reform, and of an indicator the reform moved', async () => {
    await record('F_COUNT', '24846', '2025-05', 10);
    await record('F_COUNT', '24846', '2025-05', 12);
    const lacDuong = await history({}, { indicator: 'F_COUNT', unit: '24846', period: '2025-05' }, '2025-05');
    expect(values(lacDuong)).toEqual([12, 10]);

    await record('F_DISTRICT', '68', '2025-08', 12.5);
    const province = await history({}, { indicator: 'F_DISTRICT', unit: '68', period: '2025-08' });
    expect(values(province)).toEqual([12.5]);
  });

  it('gives an empty history for an observation never recorded', async () => {
    const none = await history({}, { indicator: 'F_STOCK', unit: WARD, period: '2025-08' });
    expect([values(none), flags(none), none.pageInfo.endCursor]).toEqual([[], [false, false], null]);
  });

  describe('refuses what has no stored history, saying why', () => {
    it.each<[string, Record<string, unknown>, string, string]>([
      [
        'a derived indicator',
        { indicator: 'F_SHARE' },
        'indicator',
        'F_SHARE is derived (F_PART / F_COUNT * 100): it is computed, not recorded, so it has no revisions; ask for the history of an input indicator',
      ],
      [
        'a quarter of a monthly indicator',
        { period: '2025-Q3' },
        'period',
        'F_COUNT is recorded by month; period 2025-Q3 is a quarter: revisions are kept only for the periods an indicator is recorded in',
      ],
      [
        'the province for a commune-level indicator',
        { unit: '68' },
        'unit',
        'F_COUNT is recorded at commune level in edition 2025; Tỉnh Lâm Đồng (68) is a province: revisions are kept only for units of that level',
      ],
      [
        'a ward of 2025 asked for a month before the reform',
        { period: '2025-05' },
        'period',
        'period 2025-05 is reported in edition pre-2025; Phường Lâm Viên - Đà Lạt (24778) is read in edition 2025: ask for the unit in the period\'s edition, unit(code: "24778", period: "2025-05")',
      ],
      [
        'a page above the limit',
        { first: 101 },
        'first',
        'first must be between 0 and 100, got 101: read longer histories a page at a time with after and before',
      ],
      [
        'a negative page',
        { last: -1 },
        'last',
        'last must be between 0 and 100, got -1: read longer histories a page at a time with after and before',
      ],
      [
        'first and last together',
        { first: 2, last: 2 },
        'last',
        'give first (page forwards) or last (page backwards), not both',
      ],
      [
        'a cursor it did not give',
        { after: 'MTIz' },
        'after',
        'after: "MTIz" is not a cursor of valueHistory; pass a cursor it returned',
      ],
      [
        'a cursor that is not base64',
        { before: '#1' },
        'before',
        'before: "#1" is not a cursor of valueHistory; pass a cursor it returned',
      ],
    ])('%s', async (_, args, argument, message) => {
      const result = await postGraphQL(server.url, HISTORY, { ...KEY, ...args });
      const error = onlyError(result);
      expect(error.message).toBe(message);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
      expect(error.path).toEqual(['unit', 'valueHistory']);
    });
  });
});
