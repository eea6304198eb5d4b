// An API process killed (SIGKILL) while it writes a batch of 5,000 values: afterwards the batch is in the database
// whole or not at all, with its audit row exactly when it is there, and a new API process starts and serves it.
import { expect, it } from 'vitest';
import { UnitDirectory } from '../../src/units/unitDirectory';
import { createAccount, tokenOf } from '../accounts';
import { describeEachDatabase } from '../db/harness';
import { startApiProcess } from './apiProcess';

const INDICATOR = 'PRC_COFFEE_PRICE';
const COMMUNES = new UnitDirectory()
  .current()
  .children('68')
  .map((u) => u.code);
const BATCH = 5_000;
/** Where in a batch's time the process is killed: three points in `npm test`, five with `npm run test:faults`. */
const KILL_POINTS = (process.env.FAULT_KILL_POINTS ?? '0.3,0.6,0.9').split(',').map(Number);
const WRITE = `mutation ($values: [ValueInput!]!) { recordValues(values: $values) { inserted updated unchanged } }`;

/** One batch: every commune on consecutive days from the reform, all with the round's own value. */
function batch(value: number) {
  return Array.from({ length: BATCH }, (_, i) => ({
    indicator: INDICATOR,
    unit: COMMUNES[i % COMMUNES.length] as string,
    period: new Date(Date.UTC(2025, 6, 1) + Math.floor(i / COMMUNES.length) * 86_400_000).toISOString().slice(0, 10),
    value,
  }));
}

describeEachDatabase('an API process killed during a write', (getDb, getUrl) => {
  async function stored(): Promise<Map<number, number>> {
    const rows = (await getDb()
      .em()
      .getConnection()
      .execute(`select value, count(*) as n from observations where indicator = ? group by value`, [INDICATOR])) as {
      value: number | string;
      n: number | string;
    }[];
    return new Map(rows.map((r) => [Number(r.value), Number(r.n)]));
  }
  async function auditRows(): Promise<number> {
    const [row] = (await getDb()
      .em()
      .getConnection()
      .execute(`select count(*) as n from audit_log where action = 'recordValues'`)) as { n: number | string }[];
    return Number(row?.n);
  }

  it('leaves each batch whole or absent', { timeout: 240_000 }, async () => {
    const token = await tokenOf(getDb(), await createAccount(getDb(), 'OFFICER', { unit: '68' }));
    const env = { DATABASE_URL: getUrl() };
    const send = (url: string, value: number) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: WRITE, variables: { values: batch(value) } }),
      });

    // A batch that is let finish: how long one takes, to kill the next ones at points inside it.
    let api = await startApiProcess(env);
    const t0 = performance.now();
    const first = await send(api.url, 20_000);
    const took = performance.now() - t0;
    expect(first.status).toBe(200);
    expect(await stored()).toEqual(new Map([[20_000, BATCH]]));

    const outcomes: string[] = [];
    let whole = 1;
    for (const [round, fraction] of KILL_POINTS.entries()) {
      const value = 30_000 + round * 1_000;
      const answer = send(api.url, value).then(
        (r) => `answered ${r.status}`,
        () => 'no answer',
      );
      await new Promise((r) => setTimeout(r, took * fraction));
      await api.kill('SIGKILL');
      const said = await answer;
      const counts = await stored();
      const n = counts.get(value) ?? 0;
      // Whole (every value of the batch) or absent (the previous values all still there).
      expect([0, BATCH], `round ${round}: ${n} of ${BATCH} values written`).toContain(n);
      if (n === BATCH) whole++;
      expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(BATCH);
      expect(await auditRows()).toBe(whole);
      outcomes.push(`${Math.round(took * fraction)} ms: ${n === BATCH ? 'whole' : 'absent'} (${said})`);
      api = await startApiProcess(env);
    }

    // The new process serves what is stored.
    const read = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `{ unit(code: "${COMMUNES[0]}") { value(indicator: ${INDICATOR}, period: "2025-07-01") { value } } }`,
      }),
    });
    const body = (await read.json()) as { data: { unit: { value: { value: number } } } };
    const counts = await stored();
    expect(counts.get(body.data.unit.value.value)).toBe(BATCH);
    await api.kill('SIGKILL');
    console.log(
      `API killed during a ${BATCH}-value write (${getDb().kind}, one takes ${Math.round(took)} ms): ${outcomes.join('; ')}`,
    );
  });
});
