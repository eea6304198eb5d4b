// A transaction whose connection is lost fails with that loss (so the API answers DATABASE_UNAVAILABLE, "send it
// again"), not with whatever the work or the rollback met after it — knex then says only "Transaction query already
// complete", which the PostgreSQL-restart fault test saw as an internal error (twice in CI, once for each case here).
import type { Knex } from '@mikro-orm/knex';
import { expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/db/unavailable';
import { inTransaction } from '../../src/store/sql';
import { describeEachDatabase } from './harness';

/** What the test uses of node-postgres's Client (the pool's connections on PostgreSQL). */
interface PgClient {
  query(sql: string): Promise<{ rows: { pid: number }[] }>;
  removeAllListeners(event: string): unknown;
  on(event: string, listener: () => void): unknown;
  __knex__disposed?: unknown;
}

describeEachDatabase('a transaction whose connection is lost', (getDb, getUrl) => {
  const onPostgres = () => getUrl().startsWith('postgresql:');

  it('fails with the lost connection, not with what came after it', async () => {
    const em = getDb().em();
    const laterFailure = new Error('a later failure of the work');
    if (!onPostgres()) {
      // SQLite has no connection to lose: a failure of the work stays what it is.
      await expect(inTransaction(em, async () => Promise.reject(laterFailure))).rejects.toBe(laterFailure);
      return;
    }
    const other = em.getKnex();
    const error = await inTransaction(em, async (trx) => {
      const { rows } = (await trx.raw('select pg_backend_pid() as pid')) as { rows: { pid: number }[] };
      await other.raw('select pg_terminate_backend(?)', [rows[0]?.pid ?? 0]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      // A step that swallows its own failure, then fails otherwise.
      await trx.raw('select 1').catch(() => undefined);
      throw laterFailure;
    }).catch((e: unknown) => e);
    expect(error).not.toBe(laterFailure);
    expect(isDatabaseUnavailable(error)).toBe(true);
    // The pool has let the dead connection go: the next transaction works.
    await expect(inTransaction(em, (trx) => trx.raw('select 1'))).resolves.toBeDefined();
  });

  it('fails with the lost connection when it was lost just before BEGIN, and never runs the work', async () => {
    if (!onPostgres()) return;
    const em = getDb().em();
    const knex = em.getKnex();
    const client = knex.client as Knex.Client;
    // A pooled connection the server ends without the pool hearing of it before the next BEGIN: the race of a
    // restart, where the server's goodbye arrives between the pool's check of a connection and the BEGIN sent on it.
    const connection = (await client.acquireConnection()) as PgClient;
    const { rows } = await connection.query('select pg_backend_pid() as pid');
    connection.removeAllListeners('error');
    connection.removeAllListeners('end');
    connection.on('error', () => undefined);
    await knex.raw('select pg_terminate_backend(?)', [rows[0]?.pid ?? 0]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await client.releaseConnection(connection);

    let ran = false;
    // The pool hands out the connection released last: this transaction's BEGIN goes to the dead one.
    const error = await inTransaction(em, async (trx) => {
      ran = true;
      return trx.raw('select 1');
    }).catch((e: unknown) => e);
    // What knex's own listener would have noted, had it heard: the pool now drops the connection.
    connection.__knex__disposed = 'ended by the test';
    expect(ran).toBe(false);
    expect(String(error)).toMatch(/BEGIN/);
    expect(String(error)).not.toMatch(/already complete/);
    expect(isDatabaseUnavailable(error)).toBe(true);
    await expect(inTransaction(em, (trx) => trx.raw('select 1'))).resolves.toBeDefined();
  });
});
