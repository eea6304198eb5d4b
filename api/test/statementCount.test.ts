// No N+1 (issue 4), on SQLite and PostgreSQL: the SQL statements a GraphQL request issues are bounded by the query's
// shape, never by how many units or indicators it returns. Values come from the in-memory engine; the only statement
// a read issues is the change-log check of LiveData.refresh, made once per request when the context is built. Value
// histories are read from the store: one batched statement per level of the query, whatever the number of units.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../src/db/database';
import { LiveData } from '../src/live/liveData';
import { enumName } from '../src/schema/enums';
import { loadServedCatalog } from '../src/servedCatalog';
import { type ApiServer, startApiServer } from '../src/server';
import { bulkLoadObservations } from '../src/store/bulkLoad';
import { signInServer } from './accounts';
import { describeEachDatabase } from './db/harness';
import { queryData } from './graphqlClient';
import { units } from './integration/support';

const PERIOD = '2025-08';
/** Lâm Đồng in the 2025 edition: 124 communes, wards and special zones. */
const PROVINCE = '68';
/** Phường Xuân Hương - Đà Lạt: no children, so the same query shape returns 1 unit instead of 125. */
const COMMUNE = '24778';

/** The shipped catalog, so that 30 real indicators can be asked for, and its 24 sectors. */
const catalog = loadServedCatalog();
/** 30 monthly input indicators collected by commune: each gets a seeded value in every commune. */
const CODES = catalog.indicators
  .filter((i) => i.frequency === 'month' && i.level === 'commune' && !i.formula && !i.deprecated)
  .slice(0, 30)
  .map((i) => i.code);
const SECTORS = catalog.sectors.map((s) => enumName(s.code));

/**
 * Statements a read issues, observed on both databases: the change-log check of data.refresh() made when the request's
 * context is built (one indexed select on `changes`, nothing else when nobody wrote). Raise it only for a new statement
 * per request, never per unit or value: the comparisons below catch those.
 */
const READ_STATEMENTS = 1;

/**
 * Every statement the ORM sends, with its text for failure messages. knex emits 'query' for each statement it runs on
 * either driver, those of transactions included (BEGIN, COMMIT); statements sent on a raw driver connection (the
 * SQLite bulk load's prepared statements, the migration lock) bypass it, and no request path uses those.
 */
const AUTHENTICATION = /^(select .* from|update) [`"](users|sessions|api_tokens)[`"]/;

class StatementLog {
  readonly #statements: string[] = [];

  constructor(db: Database) {
    db.orm.em.getKnex().on('query', (query: { sql: string }) => {
      // Signing the request in (at most a lookup a second per token, whatever the query) is not the query's cost.
      if (AUTHENTICATION.test(query.sql)) return;
      this.#statements.push(query.sql);
    });
  }

  /** The statements issued while `work` runs. Requests are sent one at a time and nothing else runs meanwhile. */
  async during(work: () => Promise<unknown>): Promise<string[]> {
    const start = this.#statements.length;
    await work();
    return this.#statements.slice(start);
  }
}

interface ShownValue {
  value: number | null;
  status: string;
}

/** A unit's code, its 30 values, and for the sector query aliased s0…s23 fields (their size is what matters). */
interface UnitValues {
  code: string;
  values: ShownValue[];
}

interface UnitResult {
  unit: UnitValues & { children: UnitValues[] };
}

/** A unit and its children, each with the given value fields: the shape stays the same whatever the unit. */
function unitQuery(code: string, values: string): string {
  return `{ unit(code: "${code}") { code ${values} children { code ${values} } } }`;
}

const RECORD = `mutation Record($values: [ValueInput!]!) {
  recordValues(values: $values) { inserted updated unchanged }
}`;

/** Revisions of one observation per unit: read from the store, not the engine, so a statement per batch of units. */
function historyOf(alias: string, page: string): string {
  return `${alias}: valueHistory(indicator: ${CODES[0]}, period: "${PERIOD}", ${page}) { edges { cursor node { value } } }`;
}

interface UnitHistories {
  code: string;
  newest: { edges: Array<{ cursor: string; node: { value: number } }> };
  oldest: { edges: Array<{ cursor: string; node: { value: number } }> };
}

const THIRTY = `values(period: "${PERIOD}", indicators: [${CODES.join(', ')}]) { value status }`;

/** One aliased values field per sector: s0: values(period: …, sector: POPULATION) { value status } … */
function bySector(sectors: readonly string[]): string {
  return sectors.map((s, i) => `s${i}: values(period: "${PERIOD}", sector: ${s}) { value status }`).join(' ');
}

describeEachDatabase('SQL statements per request', (getDb) => {
  let server: ApiServer;
  let log: StatementLog;
  let writerToken: string;

  /** Sends one query; returns its data and the statements the server issued for it. */
  async function run<T = UnitResult>(query: string): Promise<{ data: T; statements: string[] }> {
    let data: T | undefined;
    const statements = await log.during(async () => {
      data = await queryData<T>(server.url, query);
    });
    if (!data) throw new Error('no data');
    return { data, statements };
  }

  beforeAll(async () => {
    const db = getDb();
    const communes = units.current().children(PROVINCE);
    expect(communes).toHaveLength(124);
    await bulkLoadObservations({
      db,
      rows: communes.flatMap((c, u) =>
        CODES.map((indicator, k) => ({ indicator, unit: c.code, period: PERIOD, value: 10 + ((u * 7 + k) % 50) })),
      ),
      meta: { source: 'import', actor: 'statement-count-test' },
    });
    const data = await LiveData.open({ db, catalog, units });
    // Every request looks at the change log here (the server's default is at most every 200 ms), so that each
    // request's statements are the same and can be compared.
    server = await startApiServer({ data, port: 0, host: '127.0.0.1', refreshIntervalMs: 0 });
    writerToken = (await signInServer(server.url, db)).writerToken;
    log = new StatementLog(db);
  }, 30_000);
  afterAll(async () => {
    await server?.close();
  });

  it('sees the statements of a write, so the low count of a read is real', async () => {
    expect(CODES).toHaveLength(30);
    const values = [{ indicator: CODES[0], unit: COMMUNE, period: '2025-09', value: 1 }];
    const statements = await log.during(() => queryData(server.url, RECORD, { values }, { token: writerToken }));
    // Observed: 9 on both databases (change-log check; BEGIN, read current, upsert, history, change row, COMMIT;
    // refresh after the write: change log, then the changed observation read back).
    expect(statements.length, statements.join('\n')).toBeGreaterThan(1);
    expect(statements.some((s) => /^insert into "observations"/.test(s))).toBe(true);
  });

  it('the province with its 124 communes × 30 indicators issues no more statements than one commune', async () => {
    const province = await run(unitQuery(PROVINCE, THIRTY));
    const commune = await run(unitQuery(COMMUNE, THIRTY));

    // The values are real: every commune has a value for each of the 30 indicators, and so does the province.
    const { unit } = province.data;
    expect(unit.children).toHaveLength(124);
    for (const u of [unit, ...unit.children]) {
      expect(u.values).toHaveLength(30);
      expect(u.values.every((v) => v.value !== null)).toBe(true);
    }
    expect(commune.data.unit.children).toHaveLength(0);
    expect(commune.data.unit.values.every((v) => v.value !== null)).toBe(true);

    // The counter saw the change-log check (so it was listening), and nothing per unit or value.
    expect(province.statements.length, province.statements.join('\n')).toBeLessThanOrEqual(commune.statements.length);
    expect(province.statements.length, province.statements.join('\n')).toBeGreaterThanOrEqual(1);
    expect(province.statements.length, province.statements.join('\n')).toBeLessThanOrEqual(READ_STATEMENTS);
    expect(province.statements[0]).toMatch(/from [`"]changes[`"]/);
  });

  it('the value histories of the 124 communes cost the statements of one commune: one batch per level', async () => {
    const pages = `${historyOf('newest', 'first: 5')} ${historyOf('oldest', 'last: 1')}`;
    const province = await run<{ unit: { children: UnitHistories[] } }>(
      `{ unit(code: "${PROVINCE}") { children { code ${pages} } } }`,
    );
    const commune = await run<{ unit: UnitHistories }>(`{ unit(code: "${COMMUNE}") { code ${pages} } }`);

    // The revisions are real: each commune's one seeded value, in both pages.
    const communes = units.current().children(PROVINCE);
    expect(province.data.unit.children.map((c) => c.code)).toEqual(communes.map((c) => c.code));
    for (const [u, child] of province.data.unit.children.entries()) {
      const seeded = 10 + ((u * 7) % 50);
      expect(child.newest.edges.map((e) => e.node.value)).toEqual([seeded]);
      expect(child.oldest.edges).toEqual(child.newest.edges);
    }
    expect(commune.data.unit.newest.edges).toHaveLength(1);

    // Both pages of all 124 communes come in one statement on the history, as those of one commune do; besides it,
    // at most the change-log check of every read.
    for (const { statements } of [province, commune]) {
      const besides = statements.filter((s) => !/from [`"]changes[`"]/.test(s));
      expect(besides, statements.join('\n')).toHaveLength(1);
      expect(besides[0]).toMatch(/from observation_history/);
      expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(READ_STATEMENTS + 1);
    }
  });

  it('asking for all 24 sectors issues no more statements than asking for 2', async () => {
    expect(SECTORS).toHaveLength(24);
    const two = await run(unitQuery(PROVINCE, bySector(SECTORS.slice(0, 2))));
    const all = await run(unitQuery(PROVINCE, bySector(SECTORS)));
    expect(Object.keys(all.data.unit).filter((k) => k.startsWith('s'))).toHaveLength(24);
    expect(all.statements.length, all.statements.join('\n')).toBeLessThanOrEqual(two.statements.length);
    expect(all.statements.length, all.statements.join('\n')).toBeLessThanOrEqual(READ_STATEMENTS);
  });
});
