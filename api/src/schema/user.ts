// Role, User and the account queries and mutations: Query.me and Query.users, Mutation.createUser and updateUser.
// Only admins manage accounts; anyone signed in can read who they are.
import type { ObjectRef } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { withAccountInput } from '../auth/accountInputError';
import { ROLES, type Role } from '../auth/actor';
import { forgetUser } from '../auth/authenticate';
import { requireRole } from '../auth/permissions';
import { createUser, listUsers, type User, updateUser } from '../store/users';
import type { UnitInEdition } from '../units/unitDirectory';
import type { Builder, SchemaTypes } from './builder';

type Ref<T> = ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, T>;

/** What a User field reads: the account without its bookkeeping. */
export type UserView = Omit<User, 'createdAt'>;

const MAX_USERS_PAGE = 100;
const DEFAULT_USERS_PAGE = 50;

const ROLE_DESCRIPTIONS: Record<Role, string> = {
  LEADER: 'Lãnh đạo: sees every unit, sets targets, issues directives and accepts or returns explanations.',
  ANALYST: 'Chuyên viên phân tích: sees every unit and value; writes nothing.',
  OFFICER:
    'Cán bộ: enters data and writes explanations for their unit and the units below it (a department officer: for their agency’s indicators).',
  CATALOG_MAINTAINER: 'Người duy trì danh mục: checks proposed catalog files; sees every unit.',
  ADMIN: 'Quản trị: manages accounts and reads the audit log; sees every unit.',
};

export function badArgument(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/** A numeric id argument, or BAD_USER_INPUT naming the argument. */
export function idArgument(value: string | number, argument = 'id'): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw badArgument(`${argument} must be a positive whole number`, argument);
  return id;
}

const cursorOf = (id: number) => Buffer.from(`user:${id}`).toString('base64url');

function afterId(cursor: string | null | undefined): number | null {
  if (!cursor) return null;
  const match = /^user:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badArgument('after must be a cursor from this list (an endCursor or an edge cursor)', 'after');
  return Number(match[1]);
}

export function addUser(builder: Builder, refs: { AdminUnit: Ref<UnitInEdition> }) {
  const RoleEnum = builder.enumType('Role', {
    description: 'What an account may do: one role per account (see the README, "Roles").',
    values: Object.fromEntries(ROLES.map((r) => [r, { value: r, description: ROLE_DESCRIPTIONS[r] }])) as Record<
      Role,
      { value: Role; description: string }
    >,
  });

  const UserRef = builder.objectRef<UserView>('User').implement({
    description: 'An account: who may sign in, with one role and, for an officer, the unit they act for.',
    fields: (t) => ({
      id: t.id({ description: 'Stable identifier of the account.', resolve: (u) => String(u.id) }),
      username: t.exposeString('username', { description: 'The name used to sign in (lowercase).' }),
      displayName: t.exposeString('displayName', { description: 'The name shown to people, e.g. in histories.' }),
      role: t.field({ type: RoleEnum, description: 'What the account may do.', resolve: (u) => u.role }),
      unit: t.field({
        type: refs.AdminUnit,
        nullable: true,
        description:
          'The unit an officer acts for (with every unit below it), in the current edition when it still exists there; null for the other roles.',
        resolve: (u, _args, ctx) => {
          if (!u.unit) return null;
          const current = ctx.units.get(ctx.units.current(), u.unit);
          if (current) return current;
          for (const edition of [...ctx.units.editions].reverse()) {
            const found = ctx.units.get(edition, u.unit);
            if (found) return found;
          }
          return null;
        },
      }),
      agency: t.string({
        nullable: true,
        description: 'A department officer’s agency (Sở), whose indicators they answer for; null otherwise.',
        resolve: (u) => u.agency,
      }),
      disabled: t.exposeBoolean('disabled', { description: 'A disabled account cannot sign in or use its tokens.' }),
    }),
  });

  const CreateUserInput = builder.inputType('CreateUserInput', {
    description: 'A new account. Officers need a unit (a GSO code of any edition); the other roles have none.',
    fields: (t) => ({
      username: t.string({
        required: true,
        description: 'The name to sign in with: 2 to 64 lowercase letters, digits, dots, dashes or underscores.',
      }),
      displayName: t.string({ required: true, description: 'The name shown to people.' }),
      role: t.field({ type: RoleEnum, required: true, description: 'What the account may do.' }),
      unit: t.string({ description: 'For an officer: the GSO code of the unit they act for.' }),
      agency: t.string({ description: 'For a department officer: the agency (Sở) whose indicators they answer for.' }),
      password: t.string({ required: true, description: 'The first password: at least 8 characters.' }),
    }),
  });

  const UpdateUserInput = builder.inputType('UpdateUserInput', {
    description: 'Changes to an account; a field left out keeps its value, unit and agency given as null clear them.',
    fields: (t) => ({
      displayName: t.string({ description: 'The name shown to people.' }),
      role: t.field({ type: RoleEnum, description: 'What the account may do.' }),
      unit: t.string({ description: 'For an officer: the GSO code of the unit they act for.' }),
      agency: t.string({ description: 'For a department officer: the agency (Sở) whose indicators they answer for.' }),
      disabled: t.boolean({ description: 'True stops the account signing in and ends the use of its tokens.' }),
      password: t.string({ description: 'A new password: at least 8 characters.' }),
    }),
  });

  builder.queryFields((t) => ({
    me: t.field({
      type: UserRef,
      nullable: true,
      description: 'The signed-in user; null for an anonymous request.',
      resolve: (_root, _args, ctx) => {
        const a = ctx.actor;
        if (!a) return null;
        return {
          id: a.userId,
          username: a.username,
          displayName: a.displayName,
          role: a.role,
          unit: a.unit,
          agency: a.agency,
          disabled: false,
        };
      },
    }),
    users: t.connection(
      {
        type: UserRef,
        description: `Every account, oldest first, in pages of at most ${MAX_USERS_PAGE} (default ${DEFAULT_USERS_PAGE}). Admins only.`,
        resolve: async (_root, args, ctx) => {
          requireRole(ctx, ['ADMIN'], 'list users');
          if (args.last != null || args.before != null) {
            throw badArgument('users pages forwards only: use first and after', args.last != null ? 'last' : 'before');
          }
          const limit = args.first ?? DEFAULT_USERS_PAGE;
          if (limit < 0 || limit > MAX_USERS_PAGE) {
            throw badArgument(`first must be between 0 and ${MAX_USERS_PAGE}, got ${limit}`, 'first');
          }
          const after = afterId(args.after);
          const page = await listUsers({ em: ctx.data.db.em(), afterId: after, limit });
          const edges = page.users.map((node) => ({ cursor: cursorOf(node.id), node }));
          return {
            edges,
            pageInfo: {
              hasNextPage: page.more,
              hasPreviousPage: after !== null,
              startCursor: edges[0]?.cursor ?? null,
              endCursor: edges[edges.length - 1]?.cursor ?? null,
            },
          };
        },
      },
      { name: 'UserConnection', description: 'A page of accounts, oldest first.' },
      { name: 'UserEdge', description: 'An account and its cursor.' },
    ),
  }));

  builder.mutationFields((t) => ({
    createUser: t.field({
      type: UserRef,
      description:
        'Creates an account (admins only). A taken username, a short password or a bad unit changes nothing.',
      args: { input: t.arg({ type: CreateUserInput, required: true, description: 'The new account.' }) },
      resolve: (_root, { input }, ctx) => {
        const admin = requireRole(ctx, ['ADMIN'], 'create users');
        return withAccountInput(() =>
          createUser({
            em: ctx.data.db.em(),
            units: ctx.units,
            input,
            by: { id: admin.userId, username: admin.username },
          }),
        );
      },
    }),
    updateUser: t.field({
      type: UserRef,
      description: 'Changes an account (admins only): its name, role, unit, agency, password, or disables it.',
      args: {
        id: t.arg.id({ required: true, description: 'The account to change.' }),
        input: t.arg({ type: UpdateUserInput, required: true, description: 'What changes.' }),
      },
      resolve: async (_root, args, ctx) => {
        const admin = requireRole(ctx, ['ADMIN'], 'change users');
        const id = idArgument(args.id);
        const user = await withAccountInput(() =>
          updateUser({
            em: ctx.data.db.em(),
            units: ctx.units,
            id,
            input: args.input,
            by: { id: admin.userId, username: admin.username },
          }),
        );
        // Their remembered sessions and tokens carry the old role and unit (or a disabled account).
        forgetUser(id);
        return user;
      },
    }),
  }));

  return UserRef;
}
