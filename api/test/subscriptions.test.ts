// Subscription.valuesChanged over graphql-ws on the API's own port, on SQLite and on PostgreSQL: a subscriber to the
// province hears the new sum and ratio after a commune's value is recorded over HTTP; a subscriber to an unrelated
// unit hears nothing; bad arguments get a clear error.
import { type Client, createClient } from 'graphql-ws';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signedInWebSocket } from './accounts';
import { describeEachDatabase } from './db/harness';
import { queryData } from './graphqlClient';
import { type ServerOnDatabase, startServerOn } from './integration/support';

interface Event {
  indicator: { code: string };
  unit: { code: string };
  period: string;
  value: number | null;
  status: string;
}

const WATCH = `subscription Watch($unit: String!, $indicators: [IndicatorCode!]) {
  valuesChanged(unit: $unit, indicators: $indicators) { indicator { code } unit { code } period value status }
}`;

const RECORD = `mutation Record($values: [ValueInput!]!) { recordValues(values: $values) { inserted updated } }`;

/** A live subscription that collects its events and its errors. */
function watch(client: Client, variables: Record<string, unknown>) {
  const events: Event[] = [];
  const errors: string[] = [];
  let completed = false;
  const stop = client.subscribe<{ valuesChanged: Event }>(
    { query: WATCH, variables },
    {
      next: (result) => {
        if (result.data) events.push(result.data.valuesChanged);
        for (const e of result.errors ?? []) errors.push(e.message);
      },
      error: (e) => {
        errors.push(...(Array.isArray(e) ? e.map((x: { message: string }) => x.message) : [String(e)]));
      },
      complete: () => {
        completed = true;
      },
    },
  );
  return { events, errors, stop, isComplete: () => completed };
}

async function until(condition: () => boolean, what: string, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const byKey = (events: Event[]) =>
  Object.fromEntries(events.map((e) => [`${e.indicator.code} ${e.unit.code} ${e.period}`, e.value]));

describeEachDatabase('live values over graphql-ws', (getDb) => {
  let server: ServerOnDatabase;
  let client: Client;

  beforeAll(async () => {
    server = await startServerOn(getDb());
    client = createClient({
      url: server.url.replace(/^http/, 'ws'),
      webSocketImpl: signedInWebSocket(server.url),
      lazy: true,
    });
  });
  afterAll(async () => {
    await client?.dispose();
    await server?.close();
  });

  it('a subscriber to the province gets its new sum and ratio after a commune records over HTTP', async () => {
    const province = watch(client, { unit: '68', indicators: ['F_COUNT', 'F_SHARE'] });
    const elsewhere = watch(client, { unit: '24805' }); // Lang Biang - Đà Lạt: not written below
    await until(() => server.data.listenerCount >= 2, 'both subscriptions to start');

    // Phường Lâm Viên - Đà Lạt (24778): 40 visits, 10 of them international, in August 2025.
    await queryData(
      server.url,
      RECORD,
      {
        values: [
          { indicator: 'F_COUNT', unit: '24778', period: '2025-08', value: 40 },
          { indicator: 'F_PART', unit: '24778', period: '2025-08', value: 10 },
        ],
      },
      { token: server.writerToken },
    );
    await until(() => province.events.length >= 6, 'six events (two indicators, month, quarter and year)');
    expect(province.errors).toEqual([]);
    expect(byKey(province.events)).toEqual({
      'F_COUNT 68 2025-08': 40,
      'F_SHARE 68 2025-08': 25,
      'F_COUNT 68 2025-Q3': 40,
      'F_SHARE 68 2025-Q3': 25,
      'F_COUNT 68 2025': 40,
      'F_SHARE 68 2025': 25,
    });
    expect(province.events.map((e) => e.period)).toEqual(['2025-08', '2025-08', '2025-Q3', '2025-Q3', '2025', '2025']);
    expect(province.events.find((e) => e.indicator.code === 'F_SHARE')?.status).toBe('ACHIEVED'); // target 20

    // A second commune (Xuân Hương - Đà Lạt, 24781): the province's sum and its ratio of sums, 20 / 100.
    province.events.length = 0;
    await queryData(
      server.url,
      RECORD,
      {
        values: [
          { indicator: 'F_COUNT', unit: '24781', period: '2025-08', value: 60 },
          { indicator: 'F_PART', unit: '24781', period: '2025-08', value: 10 },
        ],
      },
      { token: server.writerToken },
    );
    await until(() => province.events.length >= 6, 'six more events');
    expect(byKey(province.events)).toMatchObject({ 'F_COUNT 68 2025-08': 100, 'F_SHARE 68 2025-08': 20 });

    // The unrelated unit heard nothing within a short wait.
    await new Promise((r) => setTimeout(r, 300));
    expect(elsewhere.events).toEqual([]);
    expect(elsewhere.errors).toEqual([]);

    province.stop();
    elsewhere.stop();
    await until(() => server.data.listenerCount === 0, 'the subscriptions to end on the server');
  });

  it('an unchanged value sends nothing; a value for an indicator not watched sends nothing', async () => {
    const province = watch(client, { unit: '68', indicators: ['F_COUNT', 'F_SHARE'] });
    await until(() => server.data.listenerCount >= 1, 'the subscription to start');
    await queryData(
      server.url,
      RECORD,
      {
        values: [
          { indicator: 'F_COUNT', unit: '24778', period: '2025-08', value: 40 }, // unchanged
          { indicator: 'F_STOCK', unit: '24778', period: '2025-08', value: 3 }, // not watched, not an input
        ],
      },
      { token: server.writerToken },
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(province.events).toEqual([]);
    province.stop();
  });

  it('bad arguments get a clear error naming the argument', async () => {
    const unknownUnit = watch(client, { unit: '99999' });
    await until(() => unknownUnit.errors.length > 0, 'the error for an unknown unit');
    expect(unknownUnit.errors).toEqual(['unknown unit "99999": no administrative edition has this GSO code']);

    const empty = watch(client, { unit: '68', indicators: [] });
    await until(() => empty.errors.length > 0, 'the error for an empty list');
    expect(empty.errors).toEqual(['indicators is empty: list at least one indicator, or leave it out to watch all']);

    const badCode = watch(client, { unit: '68', indicators: ['NOPE'] });
    await until(() => badCode.errors.length > 0, 'the error for an unknown indicator code');
    expect(badCode.errors[0]).toMatch(/Value "NOPE" does not exist in "IndicatorCode" enum/);
    expect(server.data.listenerCount).toBe(0);
  });

  it('a subscription over the cost limit is refused before it starts, as over HTTP', async () => {
    // Every event would resolve the 124 communes' values, and below each value its unit's 124 children again.
    const bomb = `subscription { valuesChanged(unit: "68") {
      unit { children { values(period: "2025") { unit { children { code } } } } } } }`;
    const errors: string[] = [];
    client.subscribe(
      { query: bomb },
      {
        next: () => {},
        error: (e) => {
          errors.push(...(Array.isArray(e) ? e.map((x: { message: string }) => x.message) : [String(e)]));
        },
        complete: () => {},
      },
    );
    await until(() => errors.length > 0, 'the cost error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^query cost \d+ exceeds the limit of 250000: select fewer fields below lists/);
    expect(server.data.listenerCount).toBe(0);
  });
});
