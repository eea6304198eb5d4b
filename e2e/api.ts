// The API as the browser tests ask it, to compare what a page shows with what the API answers: a GraphQL POST that
// fails the test on any error.
import { expect, inject } from 'vitest';

export async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(inject('apiUrl'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}
