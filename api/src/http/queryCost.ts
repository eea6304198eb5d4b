// The cost of an operation before it runs: every field resolved counts one, and a list field multiplies what is
// below it by the items it returns, so `units { children { values } }` costs what it would really cost.

import { type DocumentNode, GraphQLError, type GraphQLSchema, getNullableType, isListType } from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import type { ListSize } from './listSizes';

/** Rejects a list argument longer than `maxItems`, nested inside input objects too; returns no estimate. */
export function listArgumentEstimator(maxItems: number): ComplexityEstimator {
  const check = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      if (value.length > maxItems) {
        throw new GraphQLError(
          `argument "${path}" has ${value.length} items: at most ${maxItems} are allowed in one request`,
          { extensions: { code: 'BAD_USER_INPUT', argument: path, limit: maxItems, http: { status: 400 } } },
        );
      }
      for (const [i, item] of value.entries()) check(item, `${path}[${i}]`);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) check(item, `${path}.${key}`);
    }
  };
  return ({ type, field, args }) => {
    for (const [name, value] of Object.entries(args)) check(value, `${type.name}.${field.name}(${name})`);
    return undefined;
  };
}

/** One per field, times the expected items for a list field (its own items and everything selected below them). */
export function listCostEstimator(listSize: ListSize): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    // A count over many values costs what computing them costs.
    if (type.name === 'AdminUnit' && field.name === 'statusCounts') {
      return 1 + listSize(type.name, field.name, args) + childComplexity;
    }
    // A list of scalars (childComplexity 0) is one value to send, not many fields to resolve.
    if (!isListType(getNullableType(field.type)) || childComplexity === 0) return 1 + childComplexity;
    return 1 + listSize(type.name, field.name, args) * childComplexity;
  };
}

export function operationCost(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string;
  variables?: Record<string, unknown>;
  listSize: ListSize;
  maxListItems: number;
}): number {
  return getComplexity({
    schema: options.schema,
    query: options.document,
    operationName: options.operationName,
    variables: options.variables,
    estimators: [listArgumentEstimator(options.maxListItems), listCostEstimator(options.listSize)],
  });
}
