// An Apollo plugin that stops an operation running past its deadline: every field resolved after it fails with
// one clear error, and the response carries that error once rather than once per field.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

const CODE = 'OPERATION_TIMEOUT';

export function executionDeadlinePlugin<TContext extends object>(timeoutMs: number): ApolloServerPlugin<TContext> {
  const timeoutError = () =>
    new GraphQLError(`the operation ran longer than ${timeoutMs} ms and was stopped: ask for fewer units or values`, {
      extensions: { code: CODE, limit: timeoutMs },
    });
  return {
    async requestDidStart() {
      const deadline = performance.now() + timeoutMs;
      return {
        async executionDidStart() {
          return {
            willResolveField() {
              // Checked between resolvers: a resolver already running is not interrupted, the rest are not started.
              if (performance.now() >= deadline) throw timeoutError();
            },
          };
        },
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
