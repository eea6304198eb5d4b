// The urql client used by server components: one per request (registerUrql), POST so that Apollo's CSRF
// protection accepts it, operations sent as persisted documents (see persistedDocuments.ts), and no client cache
// between requests. Each request carries the reader's session token (the `ioc_session` cookie) as a bearer token.
import { cacheExchange, createClient, fetchExchange } from '@urql/core';
import { registerUrql } from '@urql/next/rsc';
import { headers } from 'next/headers';
import { sessionToken } from './auth/sessionCookie';
import { fetchWithManifestText, persistedDocumentsExchange } from './persistedDocuments';

export const API_URL = process.env.API_URL ?? `http://127.0.0.1:${process.env.API_PORT ?? 4000}/graphql`;

/**
 * Adds the request's session token, and the reader's address (X-Forwarded-For, which the API's rate limits count by):
 * read when the query is sent, inside the request being rendered.
 */
const fetchAsReader: typeof fetch = async (input, init) => {
  const token = await sessionToken();
  const forwardedFor = (await headers()).get('x-forwarded-for');
  const sent = new Headers(init?.headers);
  if (token) sent.set('authorization', `Bearer ${token}`);
  if (forwardedFor) sent.set('x-forwarded-for', forwardedFor);
  return fetchWithManifestText(input, { ...init, headers: sent });
};

const makeClient = () =>
  createClient({
    url: API_URL,
    exchanges: [cacheExchange, persistedDocumentsExchange, fetchExchange],
    fetch: fetchAsReader,
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: { cache: 'no-store' },
  });

export const { getClient } = registerUrql(makeClient);
