// API tokens: a developer's bearer secrets, acting as their owner. Created with an expiry (90 days unless asked,
// at most 365), listed and revoked by their owner (or an admin). Creating and revoking are audited without the token.

import { writeAudit } from '../audit/writeAudit';
import { AccountInputError } from '../auth/accountInputError';
import { newSecret } from '../auth/tokens';
import type { EntityManager } from '../db/database';
import { ApiTokenEntity, type ApiTokenRow } from '../db/entities/ApiToken';
import { UserEntity } from '../db/entities/User';
import { inTransaction } from './sql';
import type { AccountWriter } from './users';
import { toUser, type User } from './users';

export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 365;

export interface ApiToken {
  id: number;
  userId: number;
  name: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

function toApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    userId: row.userId,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt ?? null,
    revokedAt: row.revokedAt ?? null,
    lastUsedAt: row.lastUsedAt ?? null,
  };
}

/** What the audit log keeps of a token: never the token or its hash. */
function audited(t: ApiToken) {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    expiresAt: t.expiresAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}

export async function createApiToken({
  em,
  user,
  name,
  expiresInDays,
  now = new Date(),
}: {
  em: EntityManager;
  /** The owner, who is also the writer: tokens are made for oneself. */
  user: Pick<User, 'id' | 'username'>;
  name: string;
  expiresInDays?: number | null;
  now?: Date;
}): Promise<{ token: string; apiToken: ApiToken }> {
  const label = name.trim();
  if (label.length === 0 || label.length > 80) {
    throw new AccountInputError('a token name is 1 to 80 characters (say what the token is for)', 'name');
  }
  const days = expiresInDays ?? DEFAULT_TOKEN_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS) {
    throw new AccountInputError(
      `expiresInDays must be a whole number of days from 1 to ${MAX_TOKEN_DAYS}; got ${days}`,
      'expiresInDays',
    );
  }
  const secret = newSecret('token');
  return inTransaction(em, async (trx, tem) => {
    const row = tem.create(ApiTokenEntity, {
      userId: user.id,
      name: label,
      tokenHash: secret.hash,
      prefix: secret.prefix,
      createdAt: now,
      expiresAt: new Date(now.getTime() + days * 86_400_000),
      revokedAt: null,
      lastUsedAt: null,
    });
    await tem.flush();
    const apiToken = toApiToken(row);
    await writeAudit(trx, [
      {
        actorId: user.id,
        actor: user.username,
        action: 'createApiToken',
        entity: 'api_tokens',
        entityKey: String(apiToken.id),
        after: audited(apiToken),
        at: now,
      },
    ]);
    return { token: secret.token, apiToken };
  });
}

/** A user's tokens, newest first, revoked and expired ones included (so the owner sees what ended). */
export async function listApiTokens({ em, userId }: { em: EntityManager; userId: number }): Promise<ApiToken[]> {
  const rows = await em.find(ApiTokenEntity, { userId }, { orderBy: { id: 'desc' }, disableIdentityMap: true });
  return rows.map(toApiToken);
}

export async function findApiTokenById({ em, id }: { em: EntityManager; id: number }): Promise<ApiToken | null> {
  const row = await em.findOne(ApiTokenEntity, { id }, { disableIdentityMap: true });
  return row ? toApiToken(row) : null;
}

/** Revokes a token; revoking a revoked token returns it unchanged and writes no audit row. */
export async function revokeApiToken({
  em,
  id,
  by,
  now = new Date(),
}: {
  em: EntityManager;
  id: number;
  by: AccountWriter;
  now?: Date;
}): Promise<ApiToken> {
  return inTransaction(em, async (trx, tem) => {
    const row = await tem.findOne(ApiTokenEntity, { id });
    if (!row) throw new AccountInputError(`no API token has the id ${id}`, 'id');
    if (row.revokedAt) return toApiToken(row);
    const before = toApiToken(row);
    row.revokedAt = now;
    await tem.flush();
    const after = toApiToken(row);
    await writeAudit(trx, [
      {
        actorId: by.id,
        actor: by.username,
        action: 'revokeApiToken',
        entity: 'api_tokens',
        entityKey: String(id),
        before: audited(before),
        after: audited(after),
        at: now,
      },
    ]);
    return after;
  });
}

/** The token of a hash with its owner, if it is neither expired nor revoked. */
export async function findValidApiToken({
  em,
  tokenHash,
  now = new Date(),
}: {
  em: EntityManager;
  tokenHash: string;
  now?: Date;
}): Promise<{ apiToken: ApiToken; user: User } | null> {
  const row = await em.findOne(ApiTokenEntity, { tokenHash }, { disableIdentityMap: true });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  const user = await em.findOne(UserEntity, { id: row.userId }, { disableIdentityMap: true });
  if (!user) return null;
  return { apiToken: toApiToken(row), user: toUser(user) };
}

/** Notes a token's use, at most once a minute per token (not an audited write: it is bookkeeping). */
export async function touchApiToken({
  em,
  id,
  now = new Date(),
}: {
  em: EntityManager;
  id: number;
  now?: Date;
}): Promise<void> {
  const minuteAgo = new Date(now.getTime() - 60_000);
  await em.nativeUpdate(
    ApiTokenEntity,
    { id, $or: [{ lastUsedAt: null }, { lastUsedAt: { $lt: minuteAgo } }] },
    { lastUsedAt: now },
  );
}
