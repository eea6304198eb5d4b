// Everything that guards the GraphQL endpoint, as Apollo Server options: parser and validation limits from
// graphql-armor, the cost and list-size check, the execution deadline, error masking, introspection, and (with
// GRAPHQL_PERSISTED_DOCUMENTS) the persisted documents that alone may run.
import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { Catalog } from '@ioc/schema/catalog';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { UnitDirectory } from '../units/unitDirectory';
import { databaseUnavailablePlugin, formatDatabaseUnavailable } from './databaseUnavailable';
import { executionDeadlinePlugin } from './executionDeadline';
import { measureListSizes } from './listSizes';
import { maskProductionError } from './maskErrors';
import { type OperationLimits, operationLimitsPlugin } from './operationLimits';
import { loadPersistedDocuments, type PersistedDocuments, persistedDocumentsOnly } from './persistedDocuments';
import type { ProtectionLimits } from './protectionLimits';

/**
 * The armor rules throw by default, which Apollo answers as a 500; reported instead, a rejection is a validation
 * error: HTTP 400 with its message, like any other invalid query.
 */
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

type ProtectionOptions<TContext extends object> = Pick<
  ApolloServerOptions<TContext>,
  | 'parseOptions'
  | 'validationRules'
  | 'introspection'
  | 'formatError'
  | 'csrfPrevention'
  | 'allowBatchedHttpRequests'
  | 'persistedQueries'
> & { plugins: ApolloServerPlugin<TContext>[] };

/** The Apollo options, plus what the WebSocket side applies by itself (graphql-ws runs no Apollo plugin). */
export interface Protection<TContext extends object> {
  apollo: ProtectionOptions<TContext>;
  operationLimits: OperationLimits;
  /** The only documents that may run, when the server was started with a manifest. */
  persistedDocuments: PersistedDocuments | undefined;
}

export function protection<TContext extends object>(options: {
  limits: ProtectionLimits;
  production: boolean;
  introspection: boolean;
  catalog: Catalog;
  units: UnitDirectory;
}): Protection<TContext> {
  const { limits, production } = options;
  // Loaded now, so that a missing or malformed manifest stops the server before it listens.
  const persistedDocuments = limits.persistedDocuments ? loadPersistedDocuments(limits.persistedDocuments) : undefined;
  const persisted = persistedDocuments ? persistedDocumentsOnly<TContext>(persistedDocuments) : undefined;
  const operationLimits: OperationLimits = {
    maxCost: limits.maxCost,
    maxListItems: limits.maxListItems,
    listSize: measureListSizes(options.catalog, options.units),
  };
  const apollo: ProtectionOptions<TContext> = {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [
      maxDepthRule({ n: limits.maxDepth, ...reportAsValidationError }),
      maxAliasesRule({ n: limits.maxAliases, ...reportAsValidationError }),
      maxDirectivesRule({ n: limits.maxDirectives, ...reportAsValidationError }),
    ],
    introspection: options.introspection,
    // A lost database connection says so (DATABASE_UNAVAILABLE); in production nothing else unexpected says more.
    formatError: (formatted, error) => {
      const clear = formatDatabaseUnavailable(formatted, error);
      // The server's own faults are logged for the operator (one line, no stack), whatever the client is told.
      if (clear.extensions?.code === 'INTERNAL_SERVER_ERROR') console.error(`api: unexpected error: ${clear.message}`);
      return production ? maskProductionError(clear) : clear;
    },
    // Both are Apollo's defaults, stated so that no one turns them off by accident: a request must be JSON (or carry
    // a preflight header) to run, and one request is one operation.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Without a manifest, Apollo's default: automatic persisted queries, which any client may register.
    ...(persisted ? { persistedQueries: persisted.persistedQueries } : {}),
    plugins: [
      ...(persisted ? [persisted.plugin] : []),
      operationLimitsPlugin<TContext>(operationLimits),
      databaseUnavailablePlugin<TContext>(),
      executionDeadlinePlugin<TContext>(),
    ],
  };
  return { apollo, operationLimits, persistedDocuments };
}
