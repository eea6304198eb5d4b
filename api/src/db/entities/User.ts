// An account: who may sign in, with one role and, for officers, the unit (and optionally the agency) they act for.
// The password is kept only as a scrypt hash (auth/password.ts).
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import type { Role } from '../../auth/actor';

export const UserEntity = defineEntity({
  name: 'User',
  tableName: 'users',
  properties: {
    id: p.integer().primary().autoincrement(),
    username: p.string().length(64).unique('users_username_unique'),
    displayName: p.string().length(120),
    role: p.string().length(24).$type<Role>(),
    /** The officer's unit (GSO code): they act for it and every unit below it. Null for the other roles. */
    unit: p.string().length(8).nullable(),
    /** For a department's officer: the responsible agency (Sở) whose indicators they answer for. */
    agency: p.string().length(120).nullable(),
    /** scrypt$N$r$p$salt$hash, never the password. */
    passwordHash: p.string().length(200),
    disabled: p.boolean(),
    createdAt: p.datetime(),
  },
});

export type UserRow = InferEntity<typeof UserEntity>;
