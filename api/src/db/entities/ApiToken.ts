// A developer's bearer token: acts as its owner, revocable, optionally expiring. Only its SHA-256 is stored, with a
// short prefix so the owner can tell tokens apart.
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export const ApiTokenEntity = defineEntity({
  name: 'ApiToken',
  tableName: 'api_tokens',
  properties: {
    id: p.integer().primary().autoincrement(),
    userId: p.integer(),
    name: p.string().length(80),
    tokenHash: p.string().length(64).unique('api_tokens_token_hash_unique'),
    prefix: p.string().length(16),
    createdAt: p.datetime(),
    expiresAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
    lastUsedAt: p.datetime().nullable(),
  },
});

export type ApiTokenRow = InferEntity<typeof ApiTokenEntity>;
