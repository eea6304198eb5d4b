// Signing in: a username and password for a new session. An unknown username and a wrong password get the same
// answer, after the same work (a decoy hash is checked), so the answer does not tell which names exist.
import type { EntityManager } from '../db/database';
import { createSession, type Session } from '../store/sessions';
import { findUserForLogin, type User } from '../store/users';
import { decoyHash, verifyPassword } from './password';

export type LoginResult =
  | { ok: true; token: string; session: Session; user: User }
  | { ok: false; reason: 'wrong-credentials' | 'disabled' };

export async function login({
  em,
  username,
  password,
}: {
  em: EntityManager;
  username: string;
  password: string;
}): Promise<LoginResult> {
  const found = await findUserForLogin({ em, username });
  const matches = await verifyPassword(password, found?.passwordHash ?? (await decoyHash()));
  if (!found || !matches) return { ok: false, reason: 'wrong-credentials' };
  if (found.user.disabled) return { ok: false, reason: 'disabled' };
  const { token, session } = await createSession({ em, user: found.user });
  return { ok: true, token, session, user: found.user };
}
