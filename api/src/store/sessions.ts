// Browser sessions: created by signing in (12 hours), found by the SHA-256 of their token, ended by signing out.
// Signing in and out are audited like any other write, without the token.

import { writeAudit } from '../audit/writeAudit';
import { newSecret } from '../auth/tokens';
import type { EntityManager } from '../db/database';
import { SessionEntity } from '../db/entities/Session';
import { UserEntity } from '../db/entities/User';
import { inTransaction } from './sql';
import { toUser, type User } from './users';

export const SESSION_HOURS = 12;

export interface Session {
  id: number;
  userId: number;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

/** Starts a session for a user who proved who they are; the token is returned once and never stored. */
export async function createSession({
  em,
  user,
  now = new Date(),
}: {
  em: EntityManager;
  user: Pick<User, 'id' | 'username'>;
  now?: Date;
}): Promise<{ token: string; session: Session }> {
  const secret = newSecret('session');
  return inTransaction(em, async (trx, tem) => {
    const row = tem.create(SessionEntity, {
      tokenHash: secret.hash,
      userId: user.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
      revokedAt: null,
    });
    await tem.flush();
    const session: Session = {
      id: row.id,
      userId: row.userId,
      createdAt: row.createdAt,
      expiresAt: row.expiresAt,
      revokedAt: null,
    };
    await writeAudit(trx, [
      {
        actorId: user.id,
        actor: user.username,
        action: 'login',
        entity: 'sessions',
        entityKey: String(session.id),
        after: { id: session.id, userId: user.id, expiresAt: session.expiresAt.toISOString() },
        at: now,
      },
    ]);
    return { token: secret.token, session };
  });
}

/** The session of a token hash with its user, if it is neither expired nor revoked. */
export async function findValidSession({
  em,
  tokenHash,
  now = new Date(),
}: {
  em: EntityManager;
  tokenHash: string;
  now?: Date;
}): Promise<{ session: Session; user: User } | null> {
  const row = await em.findOne(SessionEntity, { tokenHash }, { disableIdentityMap: true });
  if (!row || row.revokedAt || row.expiresAt <= now) return null;
  const user = await em.findOne(UserEntity, { id: row.userId }, { disableIdentityMap: true });
  if (!user) return null;
  return {
    session: { id: row.id, userId: row.userId, createdAt: row.createdAt, expiresAt: row.expiresAt, revokedAt: null },
    user: toUser(user),
  };
}

/** Ends a session (signing out); ending an ended one changes nothing and writes no audit row. */
export async function revokeSession({
  em,
  id,
  by,
  now = new Date(),
}: {
  em: EntityManager;
  id: number;
  by: { id: number | null; username: string };
  now?: Date;
}): Promise<boolean> {
  return inTransaction(em, async (trx, tem) => {
    const ended = await tem.nativeUpdate(SessionEntity, { id, revokedAt: null }, { revokedAt: now });
    if (ended === 0) return false;
    await writeAudit(trx, [
      {
        actorId: by.id,
        actor: by.username,
        action: 'logout',
        entity: 'sessions',
        entityKey: String(id),
        before: { id, revokedAt: null },
        after: { id, revokedAt: now.toISOString() },
        at: now,
      },
    ]);
    return true;
  });
}
