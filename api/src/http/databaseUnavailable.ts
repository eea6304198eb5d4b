// While the database is down (a PostgreSQL restart, a lost connection) a request gets one clear answer instead of
// "Internal server error": DATABASE_UNAVAILABLE, HTTP 503 with Retry-After, and a message saying to try again.
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../db/unavailable';

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';
const RETRY_AFTER_S = 5;
const MESSAGE = `the database is not answering (it may be restarting): try again in ${RETRY_AFTER_S} seconds; a write that got this answer may not have been recorded, and sending it again is safe`;

/** The error of a request whose authentication or refresh could not reach the database. */
export function databaseUnavailableError(): GraphQLError {
  return new GraphQLError(MESSAGE, {
    extensions: {
      code: DATABASE_UNAVAILABLE,
      http: { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_S)]]) },
    },
  });
}

/** Apollo's formatError step: a resolver's database connection failure becomes the clear error. */
export function formatDatabaseUnavailable(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.code === DATABASE_UNAVAILABLE) return formatted;
  if (!isDatabaseUnavailable(unwrapResolverError(error))) return formatted;
  return {
    message: MESSAGE,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: DATABASE_UNAVAILABLE },
  };
}

/** HTTP 503 with Retry-After when any error of the response is DATABASE_UNAVAILABLE. */
export function databaseUnavailablePlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (!errors.some((e) => e.extensions?.code === DATABASE_UNAVAILABLE)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_S));
        },
      };
    },
  };
}
