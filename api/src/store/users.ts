// Accounts: create, change and read users. Every write checks its input first (nothing is written on a refusal) and
// records an audit row in the same transaction; the audit rows hold the account's fields, never the password or hash.

import { writeAudit } from '../audit/writeAudit';
import { AccountInputError } from '../auth/accountInputError';
import { ROLES, type Role } from '../auth/actor';
import { hashPassword, passwordProblem } from '../auth/password';
import type { EntityManager } from '../db/database';
import { UserEntity, type UserRow } from '../db/entities/User';
import type { UnitDirectory } from '../units/unitDirectory';
import { inTransaction, StoreError } from './sql';

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unit: string | null;
  agency: string | null;
  disabled: boolean;
  createdAt: Date;
}

/** Who makes an account write, for the audit log: a signed-in user, or the command line / seed (id null). */
export interface AccountWriter {
  id: number | null;
  username: string;
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  role: Role;
  unit?: string | null;
  agency?: string | null;
  password: string;
}

export interface UpdateUserInput {
  displayName?: string | null;
  role?: Role | null;
  unit?: string | null;
  agency?: string | null;
  disabled?: boolean | null;
  password?: string | null;
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    unit: row.unit ?? null,
    agency: row.agency ?? null,
    disabled: row.disabled,
    createdAt: row.createdAt,
  };
}

/** What the audit log keeps of an account: never the password or its hash. */
function audited(u: Pick<User, 'username' | 'displayName' | 'role' | 'unit' | 'agency' | 'disabled'>) {
  return {
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    unit: u.unit,
    agency: u.agency,
    disabled: u.disabled,
  };
}

/** The role's unit and agency rules: an officer acts for a unit that exists; nobody else has one. */
function checkPlacement(
  units: UnitDirectory,
  account: { role: Role; unit: string | null; agency: string | null },
): { unit: string | null; agency: string | null } {
  if (!ROLES.includes(account.role)) {
    throw new AccountInputError(`unknown role ${account.role}: expected one of ${ROLES.join(', ')}`, 'role');
  }
  const agency = account.agency?.trim() || null;
  if (agency !== null && agency.length > 120) {
    throw new AccountInputError('an agency name is at most 120 characters', 'agency');
  }
  if (account.role !== 'OFFICER') {
    if (account.unit) {
      throw new AccountInputError(
        `only officers act for a unit; a ${account.role} sees every unit, so leave unit empty`,
        'unit',
      );
    }
    if (agency) throw new AccountInputError(`only officers answer for an agency; leave agency empty`, 'agency');
    return { unit: null, agency: null };
  }
  const unit = account.unit?.trim() ?? '';
  if (!unit) throw new AccountInputError('an officer needs a unit: the GSO code of the unit they act for', 'unit');
  if (!units.editions.some((edition) => edition.get(unit))) {
    throw new AccountInputError(`no administrative unit has the code "${unit}" in any edition`, 'unit');
  }
  return { unit, agency };
}

function checkDisplayName(displayName: string): string {
  const name = displayName.trim();
  if (name.length === 0 || name.length > 120) {
    throw new AccountInputError('a display name is 1 to 120 characters', 'displayName');
  }
  return name;
}

function checkPassword(password: string, argument: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new AccountInputError(problem, argument);
}

function duplicate(username: string): AccountInputError {
  return new AccountInputError(`the username "${username}" is taken: choose another`, 'username');
}

export async function createUser({
  em,
  units,
  input,
  by,
}: {
  em: EntityManager;
  units: UnitDirectory;
  input: CreateUserInput;
  by: AccountWriter;
}): Promise<User> {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME.test(username)) {
    throw new AccountInputError(
      'a username is 2 to 64 characters: lowercase letters, digits, dots, dashes and underscores, starting with a letter or digit',
      'username',
    );
  }
  const displayName = checkDisplayName(input.displayName);
  const placement = checkPlacement(units, {
    role: input.role,
    unit: input.unit ?? null,
    agency: input.agency ?? null,
  });
  checkPassword(input.password, 'password');
  const passwordHash = await hashPassword(input.password);
  try {
    return await inTransaction(em, async (trx, tem) => {
      if (await tem.count(UserEntity, { username })) throw duplicate(username);
      const row = tem.create(UserEntity, {
        username,
        displayName,
        role: input.role,
        ...placement,
        passwordHash,
        disabled: false,
        createdAt: new Date(),
      });
      await tem.flush();
      const user = toUser(row);
      await writeAudit(trx, [
        {
          actorId: by.id,
          actor: by.username,
          action: 'createUser',
          entity: 'users',
          entityKey: String(user.id),
          after: audited(user),
        },
      ]);
      return user;
    });
  } catch (error) {
    // Two creations of one name at once: the unique index decides.
    if (error instanceof StoreError && (error.code === '23505' || error.code?.startsWith('SQLITE_CONSTRAINT'))) {
      throw duplicate(username);
    }
    throw error;
  }
}

export async function updateUser({
  em,
  units,
  id,
  input,
  by,
}: {
  em: EntityManager;
  units: UnitDirectory;
  id: number;
  input: UpdateUserInput;
  by: AccountWriter;
}): Promise<User> {
  if (input.password != null) checkPassword(input.password, 'password');
  const passwordHash = input.password != null ? await hashPassword(input.password) : undefined;
  return inTransaction(em, async (trx, tem) => {
    const row = await tem.findOne(UserEntity, { id });
    if (!row) throw new AccountInputError(`no user has the id ${id}`, 'id');
    const before = toUser(row);
    const role = input.role ?? before.role;
    // A new role without officer placement drops the old one; unit and agency given as null clear them.
    const placement = checkPlacement(units, {
      role,
      unit: input.unit !== undefined ? input.unit : role === 'OFFICER' ? before.unit : null,
      agency: input.agency !== undefined ? input.agency : role === 'OFFICER' ? before.agency : null,
    });
    row.role = role;
    row.unit = placement.unit;
    row.agency = placement.agency;
    if (input.displayName != null) row.displayName = checkDisplayName(input.displayName);
    if (input.disabled != null) row.disabled = input.disabled;
    if (passwordHash) row.passwordHash = passwordHash;
    await tem.flush();
    const after = toUser(row);
    await writeAudit(trx, [
      {
        actorId: by.id,
        actor: by.username,
        action: 'updateUser',
        entity: 'users',
        entityKey: String(id),
        before: audited(before),
        // Only that the password changed, never the password.
        after: passwordHash ? { ...audited(after), passwordChanged: true } : audited(after),
      },
    ]);
    return after;
  });
}

export async function findUserById({ em, id }: { em: EntityManager; id: number }): Promise<User | null> {
  const row = await em.findOne(UserEntity, { id }, { disableIdentityMap: true });
  return row ? toUser(row) : null;
}

/** The user and their password hash, for signing in. */
export async function findUserForLogin({
  em,
  username,
}: {
  em: EntityManager;
  username: string;
}): Promise<{ user: User; passwordHash: string } | null> {
  const row = await em.findOne(UserEntity, { username: username.trim().toLowerCase() }, { disableIdentityMap: true });
  return row ? { user: toUser(row), passwordHash: row.passwordHash } : null;
}

/** A page of users in id order after `afterId`, with whether more follow. */
export async function listUsers({
  em,
  afterId,
  limit,
}: {
  em: EntityManager;
  afterId: number | null;
  limit: number;
}): Promise<{ users: User[]; more: boolean }> {
  const rows = await em.find(UserEntity, afterId === null ? {} : { id: { $gt: afterId } }, {
    orderBy: { id: 'asc' },
    limit: limit + 1,
    disableIdentityMap: true,
  });
  return { users: rows.slice(0, limit).map(toUser), more: rows.length > limit };
}

export async function countUsers({ em }: { em: EntityManager }): Promise<number> {
  return em.count(UserEntity, {});
}
