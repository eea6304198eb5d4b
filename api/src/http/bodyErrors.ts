// Errors of the HTTP layer before GraphQL runs (a body that is not JSON, an unknown charset, a body over the size
// limit) are answered as a GraphQL error response with the client's 4xx status: never express's page with a stack.
// Anything else that escapes GraphQL is the server's fault: logged here, answered without details.
import type { ErrorRequestHandler } from 'express';
import { isDatabaseUnavailable } from '../db/unavailable';
import { databaseUnavailableError } from './databaseUnavailable';

export const answerBodyErrors: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  if (isDatabaseUnavailable(error)) {
    const clear = databaseUnavailableError();
    res
      .status(503)
      .set('retry-after', '5')
      .json({ errors: [{ message: clear.message, extensions: { code: clear.extensions.code } }] });
    return;
  }
  const { status, message } = (error ?? {}) as { status?: unknown; message?: unknown };
  const clientError = typeof status === 'number' && status >= 400 && status < 500;
  if (!clientError) console.error(`api: unexpected error answering a request: ${String(message ?? error)}`);
  res.status(clientError ? status : 500).json({
    errors: [
      clientError && typeof message === 'string'
        ? { message: `invalid request body: ${message}`, extensions: { code: 'BAD_REQUEST' } }
        : { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ],
  });
};
