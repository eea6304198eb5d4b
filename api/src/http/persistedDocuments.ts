// Persisted documents only: given the manifest codegen writes (web/src/gql/persisted-documents.json, sha256 hash ->
// document), the API runs the documents of that manifest and nothing else, through Apollo's persisted-query protocol.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ApolloServerPlugin, GraphQLRequest, PersistedQueryOptions } from '@apollo/server';
import { PrefixingKeyValueCache } from '@apollo/utils.keyvaluecache';
import { GraphQLError } from 'graphql';

export const PERSISTED_QUERY_NOT_ALLOWED = 'PERSISTED_QUERY_NOT_ALLOWED';

/** The documents of a manifest, each by the hex sha256 of its text. */
export type PersistedDocuments = ReadonlyMap<string, string>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Reads and checks a manifest; anything wrong with it stops the server at start, naming the file and the problem. */
export function loadPersistedDocuments(path: string): PersistedDocuments {
  // A relative path is read from the API's working directory (api/ under `npm start`): say where that is.
  const file = resolve(path);
  const problem = (reason: string) =>
    new Error(`GRAPHQL_PERSISTED_DOCUMENTS=${path}${file === path ? '' : ` (${file})`}: ${reason}`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw problem(
      code === 'ENOENT'
        ? 'cannot read the persisted-documents manifest: no such file (`npm run codegen` writes it)'
        : `cannot read the persisted-documents manifest: ${message}`,
    );
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    throw problem(`the persisted-documents manifest is not valid JSON: ${(error as Error).message}`);
  }
  if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) {
    throw problem('the persisted-documents manifest must be a JSON object of sha256 hash -> document');
  }
  const documents = new Map<string, string>();
  for (const [hash, document] of Object.entries(manifest)) {
    const has = `the persisted-documents manifest has "${hash}"`;
    if (typeof document !== 'string') throw problem(`${has} -> ${JSON.stringify(document)}: not a document`);
    // A hash that is not its document's would let a client's text and the manifest's disagree.
    if (sha256(document) !== hash) throw problem(`${has}, which is not the hex sha256 of its document`);
    documents.set(hash, document);
  }
  if (documents.size === 0) throw problem('the persisted-documents manifest holds no documents');
  return documents;
}

function notAllowed(reason: string): GraphQLError {
  return new GraphQLError(`this server only accepts the persisted documents of its manifest: ${reason}`, {
    extensions: { code: PERSISTED_QUERY_NOT_ALLOWED, http: { status: 400 } },
  });
}

/** The refusal of a subscription (over graphql-ws) whose text is not one of the manifest's documents. */
export function subscriptionNotPersisted(): GraphQLError {
  return notAllowed('a subscription must send the exact text of one of them');
}

/** Why a request is refused, or undefined when it names a document of the manifest. */
function refusal(documents: PersistedDocuments, request: GraphQLRequest): GraphQLError | undefined {
  const { query, extensions } = request;
  const hash: unknown = extensions?.persistedQuery?.sha256Hash;
  if (hash === undefined) {
    if (query !== undefined && documents.has(sha256(query))) return undefined;
    return notAllowed('send the sha256 hash of one in extensions.persistedQuery instead of a query of your own');
  }
  const document = typeof hash === 'string' ? documents.get(hash) : undefined;
  if (document === undefined) return notAllowed('the hash in extensions.persistedQuery names none of them');
  if (query !== undefined && query !== document) {
    return notAllowed('the query sent is not the text of the document its hash names; send the hash alone');
  }
  return undefined;
}

/**
 * Stands in for the text of a refused request. Apollo answers an error thrown from requestDidStart with a bare 500,
 * and gives one thrown from didResolveOperation its status and message: so a refused request goes that far with this
 * document, which never runs, and the client's own text is never parsed nor kept in Apollo's document cache.
 */
const STAND_IN = '{ __typename }';

/**
 * Apollo Server options that run only the manifest's documents: its persisted-query store is the manifest (read-only,
 * so nothing a client sends is ever added), and a plugin refuses any request that does not name a document of it: by
 * hash (alone, or with the manifest's exact text), or by the manifest's exact text alone.
 */
export function persistedDocumentsOnly<TContext extends object>(
  documents: PersistedDocuments,
): { persistedQueries: PersistedQueryOptions; plugin: ApolloServerPlugin<TContext> } {
  // The keys are the manifest's hashes: Apollo's own "apq:" prefix would hide them.
  const cache = PrefixingKeyValueCache.cacheDangerouslyDoesNotNeedPrefixesForIsolation<string>({
    get: async (hash) => documents.get(hash),
    set: async () => {},
    delete: async () => false,
  });
  return {
    persistedQueries: { cache },
    plugin: {
      async requestDidStart({ request }) {
        const error = refusal(documents, request);
        if (!error) return;
        request.query = STAND_IN;
        request.operationName = undefined;
        request.extensions = {};
        return {
          async didResolveOperation() {
            throw error;
          },
        };
      },
    },
  };
}
