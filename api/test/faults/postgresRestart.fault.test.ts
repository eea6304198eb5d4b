// PostgreSQL restarted in the middle of a mixed load (reads and recordValues from concurrent clients) against a real
// API process: while the database is down the API answers every request, with a clear error and no stack; after it
// is back the API recovers by itself within 5 s; and every write it acknowledged is in the database afterwards.
// FAULT_LOAD_SECONDS and FAULT_CLIENTS make it longer (`npm run test:faults` runs 60 s with 50 clients).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database';
import { UnitDirectory } from '../../src/units/unitDirectory';
import { createAccount, tokenOf } from '../accounts';
import { type ApiProcess, freePort, startApiProcess } from './apiProcess';
import { postgresBin, startThrowawayPostgres, type ThrowawayPostgres } from './throwawayPostgres';

const SECONDS = Number(process.env.FAULT_LOAD_SECONDS ?? 18);
const CLIENTS = Number(process.env.FAULT_CLIENTS ?? 10);
const DOWN_MS = 4_000;
// Written by the load: a daily commune indicator entered by hand, a (commune, day) of its own for every write.
const INDICATOR = 'PRC_COFFEE_PRICE';
const COMMUNES = new UnitDirectory()
  .current()
  .children('68')
  .map((u) => u.code);
const FIRST_DAY = Date.UTC(2025, 6, 1);

const READ = `query ($period: Period!) { unit(code: "68") { value(indicator: PRC_COFFEE_PRICE, period: $period) { value } } }`;
const WRITE = `mutation ($values: [ValueInput!]!) { recordValues(values: $values) { inserted updated unchanged } }`;

interface Answer {
  /** When the request was sent and when its answer came. */
  at: number;
  done: number;
  status: number;
  ok: boolean;
  message?: string;
  code?: string;
  body: string;
}

async function post(url: string, token: string, query: string, variables: unknown): Promise<Answer> {
  const at = Date.now();
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(20_000),
    });
    const body = await res.text();
    let parsed: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } = {};
    try {
      parsed = JSON.parse(body);
    } catch {}
    const error = parsed.errors?.[0];
    return {
      at,
      done: Date.now(),
      status: res.status,
      ok: res.ok && !error && parsed.data != null,
      message: error?.message,
      code: error?.extensions?.code,
      body,
    };
  } catch (e) {
    return { at, done: Date.now(), status: 0, ok: false, message: `no answer: ${(e as Error).message}`, body: '' };
  }
}

const haveServer = postgresBin() !== null;

describe.skipIf(!haveServer && !process.env.CI)('PostgreSQL restarted under load', () => {
  let pg: ThrowawayPostgres;
  let api: ApiProcess;
  let token: string;
  let databaseUrl: string;

  beforeAll(async () => {
    pg = startThrowawayPostgres(await freePort());
    pg.createDatabase('ioc');
    databaseUrl = pg.url('ioc');
    const db = await openDatabase(databaseUrl);
    token = await tokenOf(db, await createAccount(db, 'OFFICER', { unit: '68' }));
    await db.close();
    // The load is the point here, not the per-user write limit (tested on its own).
    api = await startApiProcess({
      DATABASE_URL: databaseUrl,
      MUTATION_RATE_LIMIT_PER_USER: '1000000',
      MUTATION_RATE_LIMIT_PER_IP: '1000000',
    });
  }, 120_000);

  afterAll(async () => {
    await api?.kill('SIGKILL');
    pg?.destroy();
  });

  it('answers clear errors while it is down, recovers within 5 s, and loses no acknowledged write', {
    timeout: (SECONDS + 90) * 1000,
  }, async () => {
    const acknowledged = new Map<string, number>();
    const answers: Answer[] = [];
    let serial = 0;
    const start = Date.now();
    const end = start + SECONDS * 1000;
    let downAt = 0;
    let upAt = 0;

    async function client(n: number): Promise<void> {
      while (Date.now() < end) {
        const i = serial++;
        if (i % 4 === 0) {
          // A write of a value no one else writes: (unit, month) unique per write.
          const unit = COMMUNES[i % COMMUNES.length] as string;
          const period = new Date(FIRST_DAY + Math.floor(i / COMMUNES.length) * 86_400_000).toISOString().slice(0, 10);
          const value = 100_000 + i;
          const answer = await post(api.url, token, WRITE, {
            values: [{ indicator: INDICATOR, unit, period, value }],
          });
          answers.push(answer);
          if (answer.ok) acknowledged.set(`${unit}|${period}`, value);
        } else {
          answers.push(await post(api.url, token, READ, { period: `2025-${String((n % 6) + 7).padStart(2, '0')}` }));
        }
      }
    }

    const load = Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));
    // A third of the way in: stop PostgreSQL, keep it down, start it again.
    await new Promise((r) => setTimeout(r, (SECONDS * 1000) / 3));
    downAt = Date.now();
    pg.stop();
    await new Promise((r) => setTimeout(r, DOWN_MS));
    pg.start();
    upAt = Date.now();
    await load;

    const before = answers.filter((a) => a.done < downAt);
    const during = answers.filter((a) => a.at > downAt && a.done < upAt);
    const after = answers.filter((a) => a.at > upAt + 5_000);
    expect(before.length).toBeGreaterThan(0);
    expect(before.filter((a) => !a.ok).map((a) => a.body)).toEqual([]);

    // While down (and for requests caught in the stop): every request gets an HTTP answer, and every failure is
    // DATABASE_UNAVAILABLE, HTTP 503 with Retry-After's message, never "Internal server error" or a driver's words.
    expect(during.length).toBeGreaterThan(0);
    const failures = answers.filter((a) => !a.ok);
    for (const a of failures) {
      expect(a.status, `${a.body}\n${api.log().slice(-3000)}`).toBe(503);
      expect(a.code, a.body).toBe('DATABASE_UNAVAILABLE');
      expect(a.message).toMatch(/^the database is not answering/);
      expect(a.body).not.toMatch(/\n\s+at |node_modules|ECONNREFUSED|Connection/);
    }
    expect(during.some((a) => !a.ok)).toBe(true);

    // Recovered by itself within 5 s of PostgreSQL being back: from then on, everything succeeds.
    const firstWriteBack = answers.find((a) => a.at >= upAt && a.ok && a.body.includes('recordValues'));
    expect(firstWriteBack, 'no write succeeded after PostgreSQL came back').toBeDefined();
    expect((firstWriteBack?.at ?? Infinity) - upAt).toBeLessThan(5_000);
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((a) => !a.ok).map((a) => a.body)).toEqual([]);

    // No acknowledged write lost: each is in the database, with the acknowledged value.
    const db = await openDatabase(databaseUrl);
    try {
      const rows = (await db
        .em()
        .getConnection()
        .execute(`select unit, period, value from observations where indicator = ?`, [INDICATOR])) as {
        unit: string;
        period: string;
        value: number;
      }[];
      const stored = new Map(rows.map((r) => [`${r.unit}|${r.period}`, Number(r.value)]));
      const lost = [...acknowledged].filter(([key, value]) => stored.get(key) !== value);
      expect(acknowledged.size).toBeGreaterThan(0);
      expect(lost).toEqual([]);
    } finally {
      await db.close();
    }
    console.log(
      `postgres restart: ${answers.length} requests in ${SECONDS} s from ${CLIENTS} clients, ${acknowledged.size} writes acknowledged, ${during.filter((a) => !a.ok).length}/${during.length} refused while down, first write back ${(firstWriteBack?.at ?? 0) - upAt} ms after the restart`,
    );
  });
});
