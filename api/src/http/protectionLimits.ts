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
  /** Failed sign-ins of one username from one client address per login window (LOGIN_RATE_LIMIT_PER_USER). */
  loginAttemptsPerUser: number;
  /** Failed sign-ins from one client address, any username, per login window (LOGIN_RATE_LIMIT_PER_IP). */
  loginAttemptsPerIp: number;
  /** The login window, in seconds (LOGIN_RATE_LIMIT_WINDOW_S). */
  loginWindowSeconds: number;
  /** Mutations of one signed-in user per mutation window (MUTATION_RATE_LIMIT_PER_USER). */
  mutationsPerUser: number;
  /** Mutations from one client address, signed in or not, per mutation window (MUTATION_RATE_LIMIT_PER_IP). */
  mutationsPerIp: number;
  /** The mutation window, in seconds (MUTATION_RATE_LIMIT_WINDOW_S). */
  mutationWindowSeconds: number;
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
  // Ten wrong passwords per quarter hour stop guessing and still forgive a reader who mistyped a few times; an office
  // behind one address may share the 50.
  loginAttemptsPerUser: 10,
  loginAttemptsPerIp: 50,
  loginWindowSeconds: 15 * 60,
  // Far above a person filling forms (or an import script's batches of 5,000 values), far below a flood. The web
  // server's own calls come from its address unless a trusted proxy names the reader's (TRUST_PROXY).
  mutationsPerUser: 120,
  mutationsPerIp: 600,
  mutationWindowSeconds: 60,
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
  loginAttemptsPerUser: 'LOGIN_RATE_LIMIT_PER_USER',
  loginAttemptsPerIp: 'LOGIN_RATE_LIMIT_PER_IP',
  loginWindowSeconds: 'LOGIN_RATE_LIMIT_WINDOW_S',
  mutationsPerUser: 'MUTATION_RATE_LIMIT_PER_USER',
  mutationsPerIp: 'MUTATION_RATE_LIMIT_PER_IP',
  mutationWindowSeconds: 'MUTATION_RATE_LIMIT_WINDOW_S',
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
