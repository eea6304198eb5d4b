// Prices each operation once its variables are known and refuses, with HTTP 400 (or an error message on a WebSocket),
// one that costs more than the limit or carries an oversized list argument, before any resolver runs.
import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, type GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { ListSize } from './listSizes';
import { operationCost } from './queryCost';

export interface OperationLimits {
  maxCost: number;
  maxListItems: number;
  listSize: ListSize;
}

/** The error that refuses an operation over the limits, or undefined when it may run. */
export function operationLimitError(
  limits: OperationLimits,
  operation: {
    schema: GraphQLSchema;
    document: DocumentNode;
    operationName?: string;
    variables?: Record<string, unknown>;
  },
  cost: (compute: () => number) => number = (compute) => compute(),
): GraphQLError | undefined {
  let price: number;
  try {
    price = cost(() => operationCost({ ...operation, listSize: limits.listSize, maxListItems: limits.maxListItems }));
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code) return error;
    // Bad variables: execution reports them with their own message and status.
    return undefined;
  }
  if (price <= limits.maxCost) return undefined;
  return new GraphQLError(
    `query cost ${price} exceeds the limit of ${limits.maxCost}: select fewer fields below lists, ` +
      'or pass fewer units and indicators',
    { extensions: { code: 'QUERY_TOO_COSTLY', cost: price, limit: limits.maxCost, http: { status: 400 } } },
  );
}

export function operationLimitsPlugin<TContext extends object>(limits: OperationLimits): ApolloServerPlugin<TContext> {
  // The same document with the same variables always costs the same: a dashboard polled by many clients is priced
  // once. Large variables (long lists) are priced every time rather than kept as keys.
  const costs = new LRUCache<string, number>({ max: 1_000 });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request, queryHash }) {
          const variables = request.variables ? JSON.stringify(request.variables) : '';
          const key = variables.length <= 2_000 ? `${queryHash}|${operationName ?? ''}|${variables}` : undefined;
          const error = operationLimitError(
            limits,
            { schema, document, operationName: operationName ?? undefined, variables: request.variables },
            (compute) => {
              const known = key === undefined ? undefined : costs.get(key);
              if (known !== undefined) return known;
              const cost = compute();
              if (key !== undefined) costs.set(key, cost);
              return cost;
            },
          );
          if (error) throw error;
        },
      };
    },
  };
}
