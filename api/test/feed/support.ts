// Shared by the feed suites: the real simulator on port 0 with a clock the test moves, a connector polling it into a
// harness database, and counts of what landed (observations, value revisions, audit rows) to prove "exactly once".
import type { Database } from '../../src/db/database';
import { FeedConnector } from '../../src/feed/connector';
import { type FeedState, readFeedState } from '../../src/feed/feedState';
import { nationalFeedMapping } from '../../src/feed/startNationalFeed';
import { LiveData } from '../../src/live/liveData';
import { loadServedCatalog } from '../../src/servedCatalog';
import { PROVINCE } from '../../src/simulator/nationalFeed';
import type { COMPONENTS } from '../../src/simulator/scores766';
import { type Simulator, startSimulator } from '../../src/simulator/simulator';
import { UnitDirectory } from '../../src/units/unitDirectory';

export const catalog = loadServedCatalog();
export const units = new UnitDirectory();

/** 03:00 UTC, so that an hour of simulated outage stays within one day. */
export const START = Date.parse('2026-11-20T03:00:00Z');
export const INTERVAL_MS = 60_000;
export const TIMEOUT_MS = 300;

/** Mapping field of each fed indicator, as the shipped mapping says. */
export const FIELDS: Record<string, string> = {
  PSV_766_TRANSPARENCY: 'congKhaiMinhBach',
  PSV_766_TIMELINESS: 'tienDoGiaiQuyet',
  PSV_766_DIGITISATION: 'soHoaHoSo',
  PSV_766_ONLINE: 'dichVuTrucTuyen',
  PSV_766_SATISFACTION: 'mucDoHaiLong',
};

export interface FeedWorld {
  sim: Simulator;
  data: LiveData;
  connector: FeedConnector;
  close(): Promise<void>;
}

/** Empties what the feed writes, so each test starts from nothing on the suite's database. */
export async function clearFeedTables(db: Database): Promise<void> {
  const knex = db.em().getKnex();
  for (const table of ['feed_states', 'observations', 'observation_history', 'changes', 'audit_log']) {
    await knex(table).delete();
  }
}

export async function feedWorld(
  db: Database,
  { maxPages, now = () => START }: { maxPages?: number; now?: () => number } = {},
): Promise<FeedWorld> {
  await clearFeedTables(db);
  const sim = await startSimulator({ port: 0, intervalMs: INTERVAL_MS, now });
  const data = await LiveData.open({ db, catalog, units });
  const connector = new FeedConnector({
    data,
    mapping: nationalFeedMapping(data),
    url: sim.feedUrl,
    intervalMs: INTERVAL_MS,
    timeoutMs: TIMEOUT_MS,
    retry: { retries: 2, minTimeoutMs: 5, maxTimeoutMs: 20 },
    now: () => new Date(sim.feed.now()),
    ...(maxPages ? { maxPages } : {}),
  });
  return { sim, data, connector, close: () => connector.stop().then(() => sim.close()) };
}

export interface Landed {
  observations: number;
  revisions: number;
  audits: number;
  /** Observations stored for the province itself (must stay 0: its value is the communes' average). */
  provinceRows: number;
}

export async function landed(db: Database): Promise<Landed> {
  const knex = db.em().getKnex();
  const count = async (q: ReturnType<typeof knex>) => {
    const rows = (await q.count({ n: '*' })) as unknown as Array<{ n: number | string }>;
    return Number(rows[0]?.n);
  };
  return {
    observations: await count(knex('observations').where('indicator', 'like', 'PSV_766_%')),
    revisions: await count(knex('observation_history').where('changed_by', 'national-feed')),
    audits: await count(knex('audit_log').where('actor', 'national-feed')),
    provinceRows: await count(knex('observations').where('unit', PROVINCE)),
  };
}

/** The stored values, by "indicator|unit|period". */
export async function storedValues(db: Database): Promise<Map<string, number>> {
  const rows = await db.em().getKnex()('observations').select('indicator', 'unit', 'period', 'value');
  return new Map(rows.map((r) => [`${r.indicator}|${r.unit}|${r.period}`, Number(r.value)]));
}

/** What the simulator's payload of `sequence` says for every commune: the values the store must hold. */
export function expectedValues(sim: Simulator, sequence: number): Map<string, number> {
  const payload = sim.feed.payload(Math.floor((sequence * 1000) / INTERVAL_MS));
  const values = new Map<string, number>();
  for (const r of payload.duLieu) {
    if (r.maDonVi === PROVINCE) continue;
    for (const [code, field] of Object.entries(FIELDS))
      values.set(`${code}|${r.maDonVi}|${r.ngay}`, r[field as (typeof COMPONENTS)[number]['field']]);
  }
  return values;
}

export async function stateOf(db: Database): Promise<FeedState> {
  const state = await readFeedState({ em: db.em(), feed: 'national-766' });
  if (!state) throw new Error('the connector wrote no state');
  return state;
}
