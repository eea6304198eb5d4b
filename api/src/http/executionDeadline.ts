// The execution deadline: an operation running past it stops computing values, every value asked for after it fails
// with one clear error, and the response carries that error once rather than once per value.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

const CODE = 'OPERATION_TIMEOUT';

/** One operation's deadline, checked before each value is computed (values are where an operation spends its time). */
export class Deadline {
  readonly #at: number;

  constructor(readonly limitMs: number) {
    this.#at = performance.now() + limitMs;
  }

  /** Throws once the deadline has passed: a value already being computed finishes, the rest are not started. */
  check(): void {
    if (performance.now() < this.#at) return;
    throw new GraphQLError(
      `the operation ran longer than ${this.limitMs} ms and was stopped: ask for fewer units or values`,
      { extensions: { code: CODE, limit: this.limitMs } },
    );
  }
}

/** Puts the deadline's error first and only once in a response, whichever fields ran into it. */
export function executionDeadlinePlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const errors = result.errors ?? [];
          const first = errors.find((e) => e.extensions?.code === CODE);
          if (!first) return;
          result.errors = [first, ...errors.filter((e) => e.extensions?.code !== CODE)];
        },
      };
    },
  };
}
