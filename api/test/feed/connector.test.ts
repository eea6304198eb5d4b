// The national feed's connector against the real simulator, for each fault of issue 7: values land exactly once
// (observations, value revisions, audit rows counted), errors are recorded, and freshness is right.
import { afterEach, expect, it } from 'vitest';
import { takeLease } from '../../src/feed/feedState';
import { freshnessOf } from '../../src/feed/freshness';
import { UNKNOWN_UNITS } from '../../src/simulator/nationalFeed';
import { describeEachDatabase } from '../db/harness';
import {
  expectedValues,
  type FeedWorld,
  feedWorld,
  INTERVAL_MS,
  landed,
  START,
  stateOf,
  storedValues,
  TIMEOUT_MS,
} from './support';

/** 124 communes of the new Lâm Đồng, 5 indices each. */
const PER_PAYLOAD = 124 * 5;

describeEachDatabase('national feed connector', (getDb) => {
  let world: FeedWorld | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });
  const open = async (options?: { maxPages?: number }) => {
    world = await feedWorld(getDb(), options);
    return world;
  };
  const expectValuesOf = async (sim: FeedWorld['sim'], sequence: number) => {
    const stored = await storedValues(getDb());
    const expected = expectedValues(sim, sequence);
    expect(expected.size).toBe(PER_PAYLOAD);
    for (const [key, value] of expected) expect(stored.get(key), key).toBe(value);
  };

  it('normal: the first payload lands once, a repeated poll writes nothing, the next payload updates', async () => {
    const { sim, connector } = await open();
    const first = await connector.poll();
    expect(first).toMatchObject({ status: 'applied', applied: 1, skipped: 0, written: PER_PAYLOAD, problem: null });
    expect(await landed(getDb())).toEqual({
      observations: PER_PAYLOAD,
      revisions: PER_PAYLOAD,
      audits: 1,
      provinceRows: 0,
    });
    await expectValuesOf(sim, sim.feed.latestSequence);
    const state = await stateOf(getDb());
    expect(state).toMatchObject({
      lastSequence: sim.feed.latestSequence,
      failures: 0,
      lastError: null,
      appliedPayloads: 1,
    });
    expect(state.lastSuccessAt?.getTime()).toBe(START);
    expect(
      freshnessOf(state, { feed: 'national-766', now: new Date(START), staleAfterMs: 3 * INTERVAL_MS }).status,
    ).toBe('OK');

    expect(await connector.poll()).toMatchObject({ status: 'applied', applied: 0, written: 0 });
    expect(await landed(getDb())).toEqual({
      observations: PER_PAYLOAD,
      revisions: PER_PAYLOAD,
      audits: 1,
      provinceRows: 0,
    });

    sim.feed.advance(INTERVAL_MS);
    const next = await connector.poll();
    expect(next).toMatchObject({ status: 'applied', applied: 1 });
    const after = await landed(getDb());
    expect(after.observations).toBe(PER_PAYLOAD);
    expect(after.audits).toBe(2);
    expect(after.revisions - PER_PAYLOAD).toBe((next as { written: number }).written);
    await expectValuesOf(sim, sim.feed.latestSequence);
    // Three intervals without a successful poll: stale.
    const later = new Date(START + INTERVAL_MS + 3 * INTERVAL_MS + 1);
    expect(
      freshnessOf(await stateOf(getDb()), { feed: 'national-766', now: later, staleAfterMs: 3 * INTERVAL_MS }),
    ).toMatchObject({
      status: 'STALE',
      lagSeconds: (3 * INTERVAL_MS) / 1000,
    });
  });

  it('slow: a request past the timeout is retried; when every attempt times out nothing lands and the error is kept', async () => {
    const { sim, connector } = await open();
    sim.feed.setFault('slow', 1, 1_000);
    expect(await connector.poll()).toMatchObject({ status: 'applied', applied: 1 });
    let state = await stateOf(getDb());
    expect(state.lastError).toBe(`no answer within ${TIMEOUT_MS} ms; attempt 1 of 3, retrying`);
    expect(state.failures).toBe(0);
    expect((await landed(getDb())).audits).toBe(1);

    sim.feed.advance(INTERVAL_MS);
    sim.feed.setFault('slow', null, 1_000);
    const failed = await connector.poll();
    expect(failed).toEqual({ status: 'failed', error: `no answer within ${TIMEOUT_MS} ms; gave up after 3 attempts` });
    state = await stateOf(getDb());
    expect(state).toMatchObject({
      failures: 1,
      lastError: `no answer within ${TIMEOUT_MS} ms; gave up after 3 attempts`,
    });
    expect(state.lastSequence).toBe(sim.feed.latestSequence - INTERVAL_MS / 1000);
    expect(
      freshnessOf(state, { feed: 'national-766', now: new Date(sim.feed.now()), staleAfterMs: 3 * INTERVAL_MS }).status,
    ).toBe('FAILING');
    expect((await landed(getDb())).audits).toBe(1);

    sim.feed.setFault('normal');
    expect(await connector.poll()).toMatchObject({ status: 'applied', applied: 1 });
    state = await stateOf(getDb());
    expect(state).toMatchObject({ failures: 0, lastSequence: sim.feed.latestSequence });
    expect(state.lastErrorAt?.getTime()).toBeLessThanOrEqual(state.lastSuccessAt?.getTime() ?? 0);
    expect((await landed(getDb())).audits).toBe(2);
    await expectValuesOf(sim, sim.feed.latestSequence);
  });

  it.each([
    ['http-500', 'HTTP 500 Internal Server Error; gave up after 3 attempts'],
    ['malformed', /^malformed JSON \(.+\) in a body of \d+ characters; gave up after 3 attempts$/],
  ] as const)(
    '%s: nothing lands, the error and failure are recorded, the next good poll lands once',
    async (fault, error) => {
      const { sim, connector } = await open();
      sim.feed.setFault(fault);
      const failed = await connector.poll();
      expect(failed.status).toBe('failed');
      expect((failed as { error: string }).error).toMatch(error);
      expect(await landed(getDb())).toEqual({ observations: 0, revisions: 0, audits: 0, provinceRows: 0 });
      const state = await stateOf(getDb());
      expect(state).toMatchObject({ failures: 1, lastSuccessAt: null, lastSequence: null });
      expect(state.lastError).toMatch(error);
      expect(freshnessOf(state, { feed: 'national-766', now: new Date(START), staleAfterMs: INTERVAL_MS }).status).toBe(
        'FAILING',
      );

      sim.feed.setFault('normal');
      expect(await connector.poll()).toMatchObject({ status: 'applied', applied: 1, written: PER_PAYLOAD });
      expect(await landed(getDb())).toEqual({
        observations: PER_PAYLOAD,
        revisions: PER_PAYLOAD,
        audits: 1,
        provinceRows: 0,
      });
      expect(await stateOf(getDb())).toMatchObject({ failures: 0, lastSequence: sim.feed.latestSequence });
    },
  );

  it('duplicate: payloads sent again are skipped; each value is revised at most once', async () => {
    const { sim, connector } = await open();
    await connector.poll();
    sim.feed.advance(3 * INTERVAL_MS);
    sim.feed.setFault('duplicate', 1);
    const result = await connector.poll();
    // The page: the payload at the cursor again, three new ones, the newest once more.
    expect(result).toMatchObject({ status: 'applied', applied: 3, skipped: 2 });
    const after = await landed(getDb());
    expect(after.audits).toBe(2);
    expect(after.revisions).toBe(PER_PAYLOAD + (result as { written: number }).written);
    expect((result as { written: number }).written).toBeLessThanOrEqual(PER_PAYLOAD);
    await expectValuesOf(sim, sim.feed.latestSequence);
    expect(await stateOf(getDb())).toMatchObject({ appliedPayloads: 4, skippedPayloads: 2 });
    expect(await connector.poll()).toMatchObject({ applied: 0, written: 0 });
    expect(await landed(getDb())).toEqual(after);
  });

  it('out-of-order: payloads arriving after a newer one never overwrite its values', async () => {
    const { sim, connector } = await open();
    await connector.poll();
    sim.feed.advance(3 * INTERVAL_MS);
    sim.feed.setFault('out-of-order', 1);
    expect(await connector.poll()).toMatchObject({ status: 'applied', applied: 1, skipped: 0 });
    const afterNewest = await landed(getDb());
    await expectValuesOf(sim, sim.feed.latestSequence);
    // The two payloads before the newest come now, newest first: both are skipped.
    expect(await connector.poll()).toMatchObject({ status: 'applied', applied: 0, skipped: 2, written: 0 });
    expect(await landed(getDb())).toEqual(afterNewest);
    await expectValuesOf(sim, sim.feed.latestSequence);
    expect(await stateOf(getDb())).toMatchObject({ lastSequence: sim.feed.latestSequence, skippedPayloads: 2 });
  });

  it('unknown unit codes: the known units land, the unknown codes are named in the recorded error', async () => {
    const { sim, connector } = await open();
    sim.feed.setFault('unknown-units', 1);
    const result = await connector.poll();
    expect(result).toMatchObject({ status: 'applied', applied: 1, written: PER_PAYLOAD });
    const problem = `2 unknown unit code(s), their records not recorded: ${UNKNOWN_UNITS[0]} (goiTin[0].duLieu[125]), ${UNKNOWN_UNITS[1]} (goiTin[0].duLieu[126])`;
    expect((result as { problem: string }).problem).toBe(problem);
    expect(await landed(getDb())).toEqual({
      observations: PER_PAYLOAD,
      revisions: PER_PAYLOAD,
      audits: 1,
      provinceRows: 0,
    });
    const state = await stateOf(getDb());
    expect(state).toMatchObject({ lastError: problem, failures: 0, lastSequence: sim.feed.latestSequence });
    expect(freshnessOf(state, { feed: 'national-766', now: new Date(START), staleAfterMs: INTERVAL_MS }).status).toBe(
      'OK',
    );
  });

  it('down for an hour of simulated time: the failures are recorded, then it catches up once, without duplicates', async () => {
    const { sim, connector } = await open({ maxPages: 50 });
    await connector.poll();
    const before = (await stateOf(getDb())).lastSequence;
    sim.feed.setFault('down');
    for (let minute = 0; minute < 60; minute += 15) {
      sim.feed.advance(15 * 60_000);
      const failed = await connector.poll();
      expect((failed as { error: string }).error).toMatch(/^cannot reach the endpoint: .+; gave up after 3 attempts$/);
    }
    expect(await stateOf(getDb())).toMatchObject({ failures: 4, lastSequence: before });
    expect(await landed(getDb())).toMatchObject({ audits: 1 });

    sim.feed.setFault('normal');
    const caughtUp = await connector.poll();
    // Sixty payloads of the hour, applied in one write: only the newest value of each key lands.
    expect(caughtUp).toMatchObject({ status: 'applied', applied: 60, skipped: 0 });
    const after = await landed(getDb());
    expect(after.audits).toBe(2);
    expect(after.revisions).toBe(PER_PAYLOAD + (caughtUp as { written: number }).written);
    await expectValuesOf(sim, sim.feed.latestSequence);
    expect(await stateOf(getDb())).toMatchObject({
      failures: 0,
      lastSequence: sim.feed.latestSequence,
      appliedPayloads: 61,
    });
    expect(await connector.poll()).toMatchObject({ applied: 0, written: 0 });
  });

  it('several processes: while another holds the lease, a connector does not poll', async () => {
    const { sim, connector } = await open();
    await connector.poll();
    const lease = (owner: string) => {
      const now = new Date(sim.feed.now());
      return takeLease({
        em: getDb().em(),
        feed: 'national-766',
        owner,
        now,
        until: new Date(now.getTime() + 2 * INTERVAL_MS),
      });
    };
    // The connector keeps its lease between polls; another process gets it only once it has run out.
    expect(await lease('other-process')).toBe(false);
    sim.feed.advance(connector.leaseMs + 1_000);
    expect(await lease('other-process')).toBe(true);
    expect(await connector.poll()).toEqual({ status: 'busy' });
    expect((await landed(getDb())).audits).toBe(1);
    sim.feed.advance(2 * INTERVAL_MS + 1_000);
    const resumed = await connector.poll();
    expect(resumed).toMatchObject({ status: 'applied' });
    expect((resumed as { applied: number }).applied).toBeGreaterThan(1);
    expect(await stateOf(getDb())).toMatchObject({ lastSequence: sim.feed.latestSequence });
  });
});
