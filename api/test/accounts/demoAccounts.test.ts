// The demo accounts: one per role, created once (seeding again changes nothing), each able to sign in with the demo
// password, and audited as written by the seed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../src/auth/login';
import { type Database, openDatabase } from '../../src/db/database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, ensureDemoAccounts } from '../../src/seed/demoAccounts';
import { listUsers } from '../../src/store/users';
import { UnitDirectory } from '../../src/units/unitDirectory';

let db: Database;
const units = new UnitDirectory();

beforeAll(async () => {
  db = await openDatabase(':memory:');
});
afterAll(() => db.close());

describe('ensureDemoAccounts', () => {
  it('creates one account per role, then nothing the second time', async () => {
    expect(await ensureDemoAccounts({ em: db.em(), units })).toEqual(DEMO_ACCOUNTS.map((a) => a.username));
    expect(await ensureDemoAccounts({ em: db.em(), units })).toEqual([]);
    const { users } = await listUsers({ em: db.em(), afterId: null, limit: 100 });
    expect(users.map((u) => [u.username, u.role, u.unit, u.agency])).toEqual([
      ['lanhdao', 'LEADER', null, null],
      ['phantich', 'ANALYST', null, null],
      ['canbo.xuanhuong', 'OFFICER', '24781', null],
      ['canbo.soyte', 'OFFICER', '68', 'Sở Y tế'],
      ['danhmuc', 'CATALOG_MAINTAINER', null, null],
      ['quantri', 'ADMIN', null, null],
    ]);
    const audits = await db.em().execute('select actor, action from audit_log order by id');
    expect(audits).toEqual(DEMO_ACCOUNTS.map(() => ({ actor: 'seed', action: 'createUser' })));
  });

  it('lets each demo account sign in with the demo password', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const result = await login({ em: db.em(), username: account.username, password: DEMO_PASSWORD });
      expect(result.ok, account.username).toBe(true);
    }
  });
});
