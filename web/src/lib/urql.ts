// The urql client used by server components: one per request (registerUrql), POST so that Apollo's CSRF
// protection accepts it, and no client cache between requests.
import { cacheExchange, createClient, fetchExchange } from '@urql/core';
import { registerUrql } from '@urql/next/rsc';

export const API_URL = process.env.API_URL ?? `http://127.0.0.1:${process.env.API_PORT ?? 4000}/graphql`;

const makeClient = () =>
  createClient({
    url: API_URL,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: { cache: 'no-store' },
  });

export const { getClient } = registerUrql(makeClient);
