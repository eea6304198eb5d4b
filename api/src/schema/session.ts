// Session, Mutation.login and Mutation.logout: signing in with a password for a session token (the web keeps it in
// the `ioc_session` cookie), and ending the session or token a request was made with.
import type { ObjectRef } from '@pothos/core';
import { forgetCredential } from '../auth/authenticate';
import { login } from '../auth/login';
import { requireActor, unauthenticated } from '../auth/permissions';
import { revokeApiToken } from '../store/apiTokens';
import { revokeSession, SESSION_HOURS } from '../store/sessions';
import type { Builder, SchemaTypes } from './builder';
import type { UserView } from './user';

type Ref<T> = ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, T>;

interface SessionView {
  token: string;
  expiresAt: Date;
  user: UserView;
}

export function addSession(builder: Builder, refs: { User: Ref<UserView> }) {
  const SessionRef = builder.objectRef<SessionView>('Session').implement({
    description: `A signed-in session, valid ${SESSION_HOURS} hours. Its token is shown only here, once.`,
    fields: (t) => ({
      token: t.exposeString('token', {
        description:
          'The session token (ioc_s_…): send it as the ioc_session cookie or as "Authorization: Bearer <token>". Only its hash is stored.',
      }),
      expiresAt: t.string({
        description: 'When the session ends: an ISO 8601 date-time in UTC.',
        resolve: (s) => s.expiresAt.toISOString(),
      }),
      user: t.field({ type: refs.User, description: 'Who signed in.', resolve: (s) => s.user }),
    }),
  });

  builder.mutationFields((t) => ({
    login: t.field({
      type: SessionRef,
      description:
        'Signs in: a new session for a username and password. A wrong password and an unknown username get the same error.',
      args: {
        username: t.arg.string({ required: true, description: 'The account’s username.' }),
        password: t.arg.string({ required: true, description: 'The account’s password.' }),
      },
      resolve: async (_root, args, ctx) => {
        // Refused before the password is checked while this name or address has used up its attempts.
        const succeeded = await ctx.rateLimits?.loginAttempt(args.username, ctx.clientIp ?? 'unknown');
        const result = await login({ em: ctx.data.db.em(), ...args });
        if (!result.ok) {
          throw unauthenticated(
            result.reason === 'disabled'
              ? 'this account is disabled: ask an administrator'
              : 'wrong username or password',
          );
        }
        await succeeded?.(); // only failed attempts count
        return { token: result.token, expiresAt: result.session.expiresAt, user: result.user };
      },
    }),
    logout: t.boolean({
      description: 'Signs out: ends the session (or revokes the API token) this request was made with.',
      resolve: async (_root, _args, ctx) => {
        const actor = requireActor(ctx);
        const em = ctx.data.db.em();
        const by = { id: actor.userId, username: actor.username };
        const { kind, id } = actor.credential;
        if (kind === 'session') await revokeSession({ em, id, by });
        else await revokeApiToken({ em, id, by });
        forgetCredential(kind, id);
        return true;
      },
    }),
  }));
}
