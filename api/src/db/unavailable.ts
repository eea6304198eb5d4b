// Whether an error means the database is not answering (stopped, restarting, unreachable, out of connections), as
// opposed to a fault of the request or of our code: such a request can simply be tried again in a few seconds.

/** Node's socket errors, and PostgreSQL's SQLSTATE class 08 (connection exception) and 57P (operator intervention). */
const CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '53300', // too_many_connections
]);

/** What node-postgres and knex's pool say when a connection dies or cannot be had, without a code. */
const MESSAGES =
  /Connection terminated|Connection ended unexpectedly|Client has encountered a connection error|Knex: Timeout acquiring a connection|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = error;
  // The driver's error hides under the ORM's and GraphQL's wrappers.
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const { code, message, name } = e as { code?: unknown; message?: unknown; name?: unknown };
    if (name === 'ConnectionException') return true;
    if (typeof code === 'string' && (CODES.has(code) || code.startsWith('08'))) return true;
    if (typeof message === 'string' && MESSAGES.test(message)) return true;
    const next = e as { originalError?: unknown; cause?: unknown; previous?: unknown };
    e = next.originalError ?? next.cause ?? next.previous;
  }
  return false;
}
