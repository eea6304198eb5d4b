// The national feed's freshness over GraphQL, as the web's tiles read it: Query.nationalFeed and Indicator.feed say
// NEVER, FAILING (with the reason and time) and OK as the connector meets the simulator's faults; signed in only.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ApiServer, startApiServer } from '../../src/server';
import { forgetServer, signInServer } from '../accounts';
import { describeEachDatabase } from '../db/harness';
import { postGraphQL } from '../graphqlClient';
import { type FeedWorld, feedWorld } from './support';

const FRESHNESS = 'status lastSuccessAt lastErrorAt lastError failures lastGeneratedAt lagSeconds staleAfterSeconds';

describeEachDatabase('national feed freshness in GraphQL', (getDb) => {
  let world: FeedWorld;
  let server: ApiServer;
  beforeAll(async () => {
    world = await feedWorld(getDb(), { now: Date.now });
    server = await startApiServer({ data: world.data, port: 0, host: '127.0.0.1' });
    await signInServer(server.url, getDb());
  });
  afterAll(async () => {
    forgetServer(server.url);
    await server.close();
    await world.close();
  });

  type Answer = {
    nationalFeed: Record<string, unknown>;
    fed: { feed: Record<string, unknown> | null };
    entered: { feed: unknown };
  };
  const ask = async () => {
    const result = await postGraphQL<Answer>(
      server.url,
      `{ nationalFeed { ${FRESHNESS} } fed: indicator(code: PSV_766_ONLINE) { feed { ${FRESHNESS} } } entered: indicator(code: PSV_DOSSIERS_RECEIVED) { feed { status } } }`,
    );
    expect(result.errors).toBeUndefined();
    const data = result.data as Answer;
    expect(data.fed.feed).toEqual(data.nationalFeed);
    expect(data.entered.feed).toBeNull();
    return data.nationalFeed;
  };

  it('says NEVER before the first poll, and refuses anonymous clients', async () => {
    expect(await ask()).toMatchObject({
      status: 'NEVER',
      lastSuccessAt: null,
      lastError: null,
      lagSeconds: null,
      failures: 0,
    });
    const anonymous = await postGraphQL(server.url, '{ nationalFeed { status } }', undefined, { token: null });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('says FAILING with the reason and its time after a failed poll, then OK with the lag after a good one', async () => {
    world.sim.feed.setFault('http-500');
    const before = Date.now();
    await world.connector.poll();
    const failing = await ask();
    expect(failing).toMatchObject({
      status: 'FAILING',
      failures: 1,
      lastSuccessAt: null,
      lastError: 'HTTP 500 Internal Server Error; gave up after 3 attempts',
    });
    expect(Date.parse(failing.lastErrorAt as string)).toBeGreaterThanOrEqual(before);

    world.sim.feed.setFault('normal');
    await world.connector.poll();
    const ok = await ask();
    const payload = world.sim.feed.payload(Math.floor((world.sim.feed.latestSequence * 1000) / 60_000));
    expect(ok).toMatchObject({
      status: 'OK',
      failures: 0,
      lastGeneratedAt: payload.thoiDiemTao,
      staleAfterSeconds: 180,
    });
    expect(ok.lastError).toBe('HTTP 500 Internal Server Error; gave up after 3 attempts');
    expect(Date.parse(ok.lastSuccessAt as string)).toBeGreaterThan(Date.parse(ok.lastErrorAt as string));
    // The payload of the current minute was generated at its start: at most a minute old.
    expect(ok.lagSeconds).toBeGreaterThanOrEqual(0);
    expect(ok.lagSeconds).toBeLessThanOrEqual(61);
  });
});
