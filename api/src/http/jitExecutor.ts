// Runs operations with graphql-jit instead of graphql-js: each distinct document is compiled once into a function and
// kept in a bounded cache, which makes a large dashboard response several times cheaper to produce. Apollo Server
// accepts a custom executor only through its gateway interface, so this is a gateway that serves one fixed schema;
// Apollo still parses, validates (with the protection rules) and runs every plugin before calling it.
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { GraphQLError, type GraphQLSchema, getVariableValues, printSchema } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

/** Distinct documents kept compiled; a client with its own documents (persisted or not) stays well inside it. */
const COMPILED_DOCUMENTS = 1_000;
/** Results kept for reuse, and the largest variables (as JSON) a kept result may be keyed by. */
const KEPT_RESULTS = 200;
const MAX_VARIABLES_KEY = 2_000;

type Result = Awaited<ReturnType<GatewayExecutor>>;

export interface JitGatewayOptions<TContext> {
  /**
   * What a result depends on besides the operation and its variables (the data's version, the day, later the
   * user's scope): a result is reused while this key is the same. Undefined: the operation always runs.
   */
  resultKey?: (context: TContext) => string | undefined;
}

export function jitGateway<TContext>(
  schema: GraphQLSchema,
  options: JitGatewayOptions<TContext> = {},
): GatewayInterface {
  const compiled = new LRUCache<string, CompiledQuery>({ max: COMPILED_DOCUMENTS });
  const results = new LRUCache<string, Result>({ max: KEPT_RESULTS });
  const executor: GatewayExecutor = async (request) => {
    const { document, operationName, queryHash, operation } = request;
    const context = request.context as TContext;
    const variables = request.request.variables ?? {};
    const documentKey = `${operationName ?? ''}|${queryHash}`;
    // Apollo leaves the operation unresolved when operationName names none of the document's (or is missing among
    // several); the gateway must answer that error itself, as graphql-js would.
    if (!operation) {
      const asked = request.request.operationName;
      const message = asked
        ? `Unknown operation named "${asked}".`
        : 'Must provide operation name if query contains multiple operations.';
      return { errors: [new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })] };
    }
    // Only queries are reused: a mutation always runs. Results with errors are not kept (a deadline, a bad argument).
    const varsJson = operation.operation === 'query' ? JSON.stringify(variables) : undefined;
    const dataKey =
      varsJson !== undefined && varsJson.length <= MAX_VARIABLES_KEY ? options.resultKey?.(context) : undefined;
    const resultKey = dataKey === undefined ? undefined : `${documentKey}|${varsJson}|${dataKey}`;
    const kept = resultKey === undefined ? undefined : results.get(resultKey);
    if (kept) return kept;

    // Variables are checked by graphql-js first: its messages carry each scalar's reason ("month must be 01-12"),
    // and Apollo answers them as it answers its own (HTTP 400, BAD_USER_INPUT).
    if (operation.variableDefinitions?.length) {
      const coerced = getVariableValues(schema, operation.variableDefinitions, variables);
      if (coerced.errors) return { errors: coerced.errors };
    }
    let query = compiled.get(documentKey);
    if (!query) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      // Not compilable (an operation name that matches nothing, for instance): graphql-jit answers the error itself.
      if (!isCompiledQuery(result)) return result;
      query = result;
      compiled.set(documentKey, query);
    }
    const result = withExtensions(await query.query(undefined, context, variables));
    if (resultKey !== undefined && !result.errors?.length) results.set(resultKey, result);
    return result;
  };
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}

/**
 * graphql-jit leaves `extensions` undefined on the error of a resolver that threw a plain Error (a lost database
 * connection, a bug): Apollo's error formatting reads `extensions.code` and would fail on it, answering a bare
 * "Internal server error" without ever calling formatError (which logs it, or says the database is unavailable).
 */
function withExtensions(result: Result): Result {
  if (!result.errors?.some((e) => !e.extensions)) return result;
  const errors = result.errors.map((e) => {
    if (e.extensions) return e;
    const copy = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined });
    // jit's error carries its locations already computed; graphql's constructor only computes them from nodes.
    if (e.locations) (copy as { locations?: unknown }).locations = e.locations;
    return copy;
  });
  return { ...result, errors };
}

/**
 * Apollo's `stringifyResult` (JSON.stringify plus a newline, as Apollo's own), remembering the JSON of each data tree
 * it wrote: a reused result (see resultKey) is serialised once, not once per response.
 */
export function stringifyReusedResults(): (value: {
  data?: unknown;
  errors?: unknown;
  extensions?: unknown;
}) => string {
  const written = new WeakMap<object, string>();
  return (value) => {
    const { data } = value;
    const onlyData = Object.keys(value).every(
      (k) => k === 'data' || (value as Record<string, unknown>)[k] === undefined,
    );
    if (!onlyData || data === null || typeof data !== 'object') return `${JSON.stringify(value)}\n`;
    let json = written.get(data);
    if (json === undefined) {
      json = JSON.stringify(data);
      written.set(data, json);
    }
    return `{"data":${json}}\n`;
  };
}
