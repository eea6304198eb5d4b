// The code of the first GraphQL error of a result (`extensions.code`: UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT …)
// and the argument it names, so that pages can say what went wrong in the reader's language.
import type { CombinedError } from '@urql/core';

export interface ApiProblem {
  code?: string;
  argument?: string;
  message: string;
}

export function apiProblem(error: CombinedError | undefined): ApiProblem | undefined {
  if (!error) return undefined;
  const first = error.graphQLErrors[0];
  if (!first) return { code: 'NETWORK', message: error.message };
  const extensions = first.extensions as { code?: unknown; argument?: unknown };
  return {
    code: typeof extensions.code === 'string' ? extensions.code : undefined,
    argument: typeof extensions.argument === 'string' ? extensions.argument : undefined,
    message: first.message,
  };
}
