// What errors say in production: the client's own mistakes keep their message (it tells them what to fix); anything
// unexpected becomes "Internal server error" with no details, and no field suggestions leak the hidden schema.
import type { GraphQLFormattedError } from 'graphql';

/** Codes of errors about the request itself, written for the client; every other error is the server's own. */
const CLIENT_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_ALLOWED',
  'QUERY_TOO_COSTLY',
  'OPERATION_TIMEOUT',
  'RATE_LIMITED',
  'DATABASE_UNAVAILABLE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

export function maskProductionError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
    // With introspection off, "Did you mean ...?" would still reveal field and type names.
    return { ...formatted, message: formatted.message.replace(/ Did you mean .+\?$/, '') };
  }
  return {
    message: 'Internal server error',
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
