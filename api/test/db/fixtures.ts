// Helpers for the data-layer suites: counting rows, and a trigger that makes one insert fail inside a transaction.
import type { Database } from '../../src/db/database';

export async function countRows(db: Database, table: string): Promise<number> {
  const [row] = await db.em().execute(`select count(*) as n from ${table}`);
  return Number(row?.n);
}

export async function tableSnapshot(db: Database): Promise<Record<string, number>> {
  const tables = ['observations', 'observation_history', 'targets', 'changes'];
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await countRows(db, t)] as const)));
}

/** The indicator code whose insert into observations fails, once failOnIndicator() ran. */
export const failingIndicator = 'FAIL_ON_INSERT';

/** Installs a trigger that aborts any insert of an observation of `failingIndicator`: a database-side failure. */
export async function failOnIndicator(db: Database): Promise<void> {
  const em = db.em();
  if (db.kind === 'sqlite') {
    await em.execute(
      'create trigger if not exists fail_on_insert before insert on observations ' +
        `when new.indicator = '${failingIndicator}' begin select raise(abort, 'insert refused by test trigger'); end`,
    );
    return;
  }
  await em.execute(
    'create or replace function fail_on_insert() returns trigger language plpgsql as $$ begin ' +
      `if new.indicator = '${failingIndicator}' then raise exception 'insert refused by test trigger'; end if; ` +
      'return new; end $$',
  );
  await em.execute('drop trigger if exists fail_on_insert on observations');
  await em.execute(
    'create trigger fail_on_insert before insert on observations for each row execute function fail_on_insert()',
  );
}
