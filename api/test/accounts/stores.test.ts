// The account stores on SQLite and on PostgreSQL: users (unique names), sessions and API tokens found only while
// valid, revocation, the once-a-minute note of a token's use, and an audit row per write.
import { expect, it } from 'vitest';
import { hashToken } from '../../src/auth/tokens';
import {
  createApiToken,
  findValidApiToken,
  listApiTokens,
  revokeApiToken,
  touchApiToken,
} from '../../src/store/apiTokens';
import { createSession, findValidSession, revokeSession } from '../../src/store/sessions';
import { createUser, findUserForLogin, updateUser } from '../../src/store/users';
import { UnitDirectory } from '../../src/units/unitDirectory';
import { describeEachDatabase } from '../db/harness';

const units = new UnitDirectory();
const by = { id: null, username: 'test' };

describeEachDatabase('account stores', (getDb) => {
  const em = () => getDb().em();
  const audits = async (action: string) =>
    Number((await em().execute('select count(*) as n from audit_log where action = ?', [action]))[0]?.n);

  it('creates a user once: the same name again is refused and writes nothing', async () => {
    const input = { username: 'store.user', displayName: 'Store', role: 'ANALYST' as const, password: 'password-1' };
    const user = await createUser({ em: em(), units, input, by });
    expect(user).toMatchObject({ username: 'store.user', role: 'ANALYST', unit: null, disabled: false });
    const before = await audits('createUser');
    await expect(createUser({ em: em(), units, input: { ...input, username: 'Store.User' }, by })).rejects.toThrow(
      'the username "store.user" is taken: choose another',
    );
    expect(await audits('createUser')).toBe(before);
    const found = await findUserForLogin({ em: em(), username: 'STORE.USER' });
    expect(found?.passwordHash).toMatch(/^scrypt\$/);
    const changed = await updateUser({ em: em(), units, id: user.id, input: { role: 'OFFICER', unit: '24781' }, by });
    expect(changed).toMatchObject({ role: 'OFFICER', unit: '24781' });
  });

  it('finds a session while it is valid, not once revoked or expired', async () => {
    const user = await createUser({
      em: em(),
      units,
      input: { username: 'store.session', displayName: 'S', role: 'LEADER', password: 'password-1' },
      by,
    });
    const { token, session } = await createSession({ em: em(), user });
    expect((await findValidSession({ em: em(), tokenHash: hashToken(token) }))?.user.username).toBe('store.session');
    expect(await revokeSession({ em: em(), id: session.id, by: user })).toBe(true);
    expect(await revokeSession({ em: em(), id: session.id, by: user })).toBe(false);
    expect(await findValidSession({ em: em(), tokenHash: hashToken(token) })).toBeNull();
    const old = await createSession({ em: em(), user, now: new Date(Date.now() - 13 * 3_600_000) });
    expect(await findValidSession({ em: em(), tokenHash: hashToken(old.token) })).toBeNull();
  });

  it('finds an API token while it is valid, notes its use at most once a minute, and revokes it', async () => {
    const user = await createUser({
      em: em(),
      units,
      input: { username: 'store.token', displayName: 'T', role: 'ANALYST', password: 'password-1' },
      by,
    });
    const { token, apiToken } = await createApiToken({ em: em(), user, name: 'store' });
    expect(apiToken.prefix).toBe(token.slice(0, 10));
    expect((await findValidApiToken({ em: em(), tokenHash: hashToken(token) }))?.apiToken.id).toBe(apiToken.id);
    const t0 = new Date();
    await touchApiToken({ em: em(), id: apiToken.id, now: t0 });
    await touchApiToken({ em: em(), id: apiToken.id, now: new Date(t0.getTime() + 30_000) });
    expect((await listApiTokens({ em: em(), userId: user.id }))[0]?.lastUsedAt?.getTime()).toBe(t0.getTime());
    await touchApiToken({ em: em(), id: apiToken.id, now: new Date(t0.getTime() + 61_000) });
    expect((await listApiTokens({ em: em(), userId: user.id }))[0]?.lastUsedAt?.getTime()).toBe(t0.getTime() + 61_000);
    const revoked = await revokeApiToken({ em: em(), id: apiToken.id, by: user });
    expect(revoked.revokedAt).not.toBeNull();
    expect(await findValidApiToken({ em: em(), tokenHash: hashToken(token) })).toBeNull();
    const expired = await createApiToken({
      em: em(),
      user,
      name: 'old',
      expiresInDays: 1,
      now: new Date(Date.now() - 2 * 86_400_000),
    });
    expect(await findValidApiToken({ em: em(), tokenHash: hashToken(expired.token) })).toBeNull();
  });
});
