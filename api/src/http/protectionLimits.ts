// The limits that protect the API from abusive requests, read from the environment with defaults that let the
// largest legitimate screen (a province dashboard: 283 values, then 124 communes with a few values each) through;
// and the switch that narrows the API to the web's own operations (a persisted-documents manifest).

export interface ProtectionLimits {
  /** Deepest selection nesting (GRAPHQL_MAX_DEPTH). */
  maxDepth: number;
  /** Aliases in one operation (GRAPHQL_MAX_ALIASES). */
  maxAliases: number;
  /** Directives in one operation (GRAPHQL_MAX_DIRECTIVES). */
  maxDirectives: number;
  /** Lexical tokens in one document, checked by the parser before anything else (GRAPHQL_MAX_TOKENS). */
  maxTokens: number;
  /** Estimated fields resolved, nested lists multiplied (GRAPHQL_MAX_COST). */
  maxCost: number;
  /** Items in any one list argument, literal or variable (GRAPHQL_MAX_LIST_ITEMS). */
  maxListItems: number;
  /** Time one operation may run before it is stopped with an error (GRAPHQL_EXECUTION_TIMEOUT_MS). */
  executionTimeoutMs: number;
  /** Time a client may take to send a whole request, the Node server's requestTimeout (REQUEST_TIMEOUT_MS). */
  requestTimeoutMs: number;
  /**
   * Path of a persisted-documents manifest (GRAPHQL_PERSISTED_DOCUMENTS): when set, the API runs the documents of
   * that manifest, by hash, and refuses every other operation. Unset by default: any valid operation runs.
   */
  persistedDocuments?: string;
}

type NumericLimit = Exclude<keyof ProtectionLimits, 'persistedDocuments'>;

export const defaultLimits: ProtectionLimits = {
  maxDepth: 10,
  // One alias per sector (24) on a unit and again on its children is a real screen; the cost limit bounds the rest.
  maxAliases: 100,
  maxDirectives: 50,
  // Above the largest list a client may send (maxListItems) so that such a list gets the clearer message.
  maxTokens: 20_000,
  // All 283 values of each of the 124 communes (an export-sized read) costs about 110,000; a bomb costs billions.
  maxCost: 250_000,
  // A backstop above the largest batch a field accepts (recordValues and setTargets: 5,000, with their own message).
  maxListItems: 6_000,
  executionTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
};

const envNames: Record<NumericLimit, string> = {
  maxDepth: 'GRAPHQL_MAX_DEPTH',
  maxAliases: 'GRAPHQL_MAX_ALIASES',
  maxDirectives: 'GRAPHQL_MAX_DIRECTIVES',
  maxTokens: 'GRAPHQL_MAX_TOKENS',
  maxCost: 'GRAPHQL_MAX_COST',
  maxListItems: 'GRAPHQL_MAX_LIST_ITEMS',
  executionTimeoutMs: 'GRAPHQL_EXECUTION_TIMEOUT_MS',
  requestTimeoutMs: 'REQUEST_TIMEOUT_MS',
};

/**
 * The limits from the environment; a set variable that is not a positive integer stops the server at start (and so
 * does a manifest that cannot be read, when the server loads it).
 */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): ProtectionLimits {
  const limits = { ...defaultLimits };
  if (env.GRAPHQL_PERSISTED_DOCUMENTS) limits.persistedDocuments = env.GRAPHQL_PERSISTED_DOCUMENTS;
  for (const key of Object.keys(envNames) as NumericLimit[]) {
    const name = envNames[key];
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new Error(`${name}=${raw}: expected a positive integer`);
    }
    limits[key] = value;
  }
  return limits;
}
