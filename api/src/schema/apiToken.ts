// ApiToken and CreatedApiToken, Query.apiTokens, Mutation.createApiToken and revokeApiToken: a developer's bearer
// tokens, acting as their owner. Each user sees and revokes their own; an admin may revoke anyone's.
import { withAccountInput } from '../auth/accountInputError';
import { forgetCredential } from '../auth/authenticate';
import { requireActor } from '../auth/permissions';
import {
  type ApiToken,
  createApiToken,
  DEFAULT_TOKEN_DAYS,
  findApiTokenById,
  listApiTokens,
  MAX_TOKEN_DAYS,
  revokeApiToken,
} from '../store/apiTokens';
import type { Builder } from './builder';
import { badArgument, idArgument } from './user';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function addApiToken(builder: Builder) {
  const ApiTokenRef = builder.objectRef<ApiToken>('ApiToken').implement({
    description:
      'A bearer token for scripts and other programs, acting as its owner. The token itself is never shown again.',
    fields: (t) => ({
      id: t.id({ description: 'Stable identifier of the token.', resolve: (k) => String(k.id) }),
      name: t.exposeString('name', { description: 'What the owner said the token is for.' }),
      prefix: t.exposeString('prefix', { description: 'The first characters of the token, to tell tokens apart.' }),
      createdAt: t.string({
        description: 'When it was created (ISO 8601, UTC).',
        resolve: (k) => k.createdAt.toISOString(),
      }),
      expiresAt: t.string({
        nullable: true,
        description: 'When it stops working (ISO 8601, UTC).',
        resolve: (k) => iso(k.expiresAt),
      }),
      revokedAt: t.string({
        nullable: true,
        description: 'When it was revoked (ISO 8601, UTC); null while not revoked.',
        resolve: (k) => iso(k.revokedAt),
      }),
      lastUsedAt: t.string({
        nullable: true,
        description: 'About when it was last used (noted at most once a minute); null if never.',
        resolve: (k) => iso(k.lastUsedAt),
      }),
    }),
  });

  const CreatedApiTokenRef = builder.objectRef<{ token: string; apiToken: ApiToken }>('CreatedApiToken').implement({
    description: 'A new API token: the only time the token itself is shown.',
    fields: (t) => ({
      token: t.exposeString('token', {
        description:
          'The token (ioc_t_…): send it as "Authorization: Bearer <token>". Copy it now; only its hash is kept.',
      }),
      apiToken: t.field({ type: ApiTokenRef, description: 'The token’s record.', resolve: (c) => c.apiToken }),
    }),
  });

  builder.queryFields((t) => ({
    apiTokens: t.field({
      type: [ApiTokenRef],
      description: 'Your API tokens, newest first, including revoked and expired ones.',
      resolve: (_root, _args, ctx) => {
        const actor = requireActor(ctx);
        return listApiTokens({ em: ctx.data.db.em(), userId: actor.userId });
      },
    }),
  }));

  builder.mutationFields((t) => ({
    createApiToken: t.field({
      type: CreatedApiTokenRef,
      description: 'Creates an API token for yourself.',
      args: {
        name: t.arg.string({ required: true, description: 'What the token is for (1 to 80 characters).' }),
        expiresInDays: t.arg.int({
          description: `Days until it expires: 1 to ${MAX_TOKEN_DAYS}, ${DEFAULT_TOKEN_DAYS} when left out.`,
        }),
      },
      resolve: (_root, args, ctx) => {
        const actor = requireActor(ctx);
        return withAccountInput(() =>
          createApiToken({
            em: ctx.data.db.em(),
            user: { id: actor.userId, username: actor.username },
            name: args.name,
            expiresInDays: args.expiresInDays,
          }),
        );
      },
    }),
    revokeApiToken: t.field({
      type: ApiTokenRef,
      description: 'Revokes one of your API tokens (an admin: anyone’s); it stops working at once.',
      args: { id: t.arg.id({ required: true, description: 'The token to revoke.' }) },
      resolve: async (_root, args, ctx) => {
        const actor = requireActor(ctx);
        const id = idArgument(args.id);
        const em = ctx.data.db.em();
        const token = await findApiTokenById({ em, id });
        // Someone else's token is "not yours" rather than forbidden: its existence is not theirs to learn.
        if (!token || (token.userId !== actor.userId && actor.role !== 'ADMIN')) {
          throw badArgument(`you have no API token with the id ${id}`, 'id');
        }
        const revoked = await withAccountInput(() =>
          revokeApiToken({ em, id, by: { id: actor.userId, username: actor.username } }),
        );
        forgetCredential('token', id);
        return revoked;
      },
    }),
  }));
}
