// The web's operations travel as persisted documents: the sha256 hash codegen embedded in each document (a key of
// web/src/gql/persisted-documents.json) instead of its text, so that an API started with GRAPHQL_PERSISTED_DOCUMENTS,
// which runs that manifest's documents and nothing else, serves every page; an API without it serves them too.
import { persistedExchange } from '@urql/exchange-persisted';
import manifest from '../gql/persisted-documents.json';

const documents: Record<string, string | undefined> = manifest;

/**
 * Sends the hash alone, by POST like every request of this app. An API without the manifest answers
 * PersistedQueryNotFound for a hash it has not seen yet; the exchange then sends the text with it, once per API process.
 */
export const persistedDocumentsExchange = persistedExchange({
  preferGetForPersistedQueries: false,
  enableForMutation: true,
  // A document written without codegen has no hash (''): it goes as plain text.
  generateHash: async (_text, document) => (document as { __meta__?: { hash?: string } }).__meta__?.hash ?? '',
});

/**
 * The fetch behind the exchange. The text urql prints is not the manifest's (codegen normalizes it: fields sorted, one
 * line), and the API runs a text sent with a hash only when the text hashes to it: so the text goes out as the
 * manifest holds it.
 */
export const fetchWithManifestText: typeof fetch = (input, init) => {
  if (typeof init?.body === 'string' && init.body.includes('"persistedQuery"')) {
    const body = JSON.parse(init.body) as { query?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } };
    const text = documents[body.extensions?.persistedQuery?.sha256Hash ?? ''];
    if (body.query !== undefined && text !== undefined) {
      return fetch(input, { ...init, body: JSON.stringify({ ...body, query: text }) });
    }
  }
  return fetch(input, init);
};
