// The urql client used by server components: one per request (registerUrql), POST so that Apollo's CSRF
// protection accepts it, operations sent as persisted documents (see persistedDocuments.ts), and no client cache
// between requests.
import { cacheExchange, createClient, fetchExchange } from '@urql/core';
import { registerUrql } from '@urql/next/rsc';
import { fetchWithManifestText, persistedDocumentsExchange } from './persistedDocuments';

export const API_URL = process.env.API_URL ?? `http://127.0.0.1:${process.env.API_PORT ?? 4000}/graphql`;

const makeClient = () =>
  createClient({
    url: API_URL,
    exchanges: [cacheExchange, persistedDocumentsExchange, fetchExchange],
    fetch: fetchWithManifestText,
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: { cache: 'no-store' },
  });

export const { getClient } = registerUrql(makeClient);
