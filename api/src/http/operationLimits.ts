// An Apollo plugin that prices each operation once its variables are known and refuses, with HTTP 400, one that
// costs more than the limit or carries an oversized list argument, before any resolver runs.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { ListSize } from './listSizes';
import { operationCost } from './queryCost';

export function operationLimitsPlugin<TContext extends object>(options: {
  maxCost: number;
  maxListItems: number;
  listSize: ListSize;
}): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          let cost: number;
          try {
            cost = operationCost({
              schema,
              document,
              operationName: operationName ?? undefined,
              variables: request.variables,
              listSize: options.listSize,
              maxListItems: options.maxListItems,
            });
          } catch (error) {
            if (error instanceof GraphQLError && error.extensions.code) throw error;
            // Bad variables: execution reports them with their own message and status.
            return;
          }
          if (cost > options.maxCost) {
            throw new GraphQLError(
              `query cost ${cost} exceeds the limit of ${options.maxCost}: select fewer fields below lists, ` +
                'or pass fewer units and indicators',
              { extensions: { code: 'QUERY_TOO_COSTLY', cost, limit: options.maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
