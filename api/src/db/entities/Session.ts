// A signed-in browser session. The cookie holds a random token; only its SHA-256 is stored, so the table cannot be
// replayed if it leaks.
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export const SessionEntity = defineEntity({
  name: 'Session',
  tableName: 'sessions',
  properties: {
    id: p.integer().primary().autoincrement(),
    tokenHash: p.string().length(64).unique('sessions_token_hash_unique'),
    userId: p.integer(),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
  },
});

export type SessionRow = InferEntity<typeof SessionEntity>;
