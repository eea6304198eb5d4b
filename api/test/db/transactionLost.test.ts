// A transaction whose connection is lost fails with that loss (so the API answers DATABASE_UNAVAILABLE, "send it
// again"), not with whatever the work or the rollback met after it — knex then says only "Transaction query already
// complete", which the PostgreSQL-restart fault test once saw as an internal error.
import { expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/db/unavailable';
import { inTransaction } from '../../src/store/sql';
import { describeEachDatabase } from './harness';

describeEachDatabase('a transaction whose connection is lost', (getDb, getUrl) => {
  it('fails with the lost connection, not with what came after it', async () => {
    const em = getDb().em();
    const laterFailure = new Error('a later failure of the work');
    if (!getUrl().startsWith('postgresql:')) {
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
});
