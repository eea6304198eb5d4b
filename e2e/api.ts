// The API as the browser tests ask it, to compare what a page shows with what the API answers: a GraphQL POST, signed
// in as a demo account (Mutation.login, once per account and test file, the token sent as a bearer token), that fails
// the test on any error.
import { expect, inject } from 'vitest';

/** The password of every demo account of the seed (demo only). */
export const DEMO_PASSWORD = 'demo-2026';
/** Reads every unit: the default reader of the tests. */
export const ANALYST = 'phantich';

type Body<T> = { data: T; errors?: { message: string; extensions?: { code?: string; argument?: string } }[] };

async function post<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<Body<T>> {
  const res = await fetch(inject('apiUrl'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Body<T>;
}

const tokens = new Map<string, Promise<string>>();

/** The session token of a demo account, signed in once. */
export function sessionToken(username: string = ANALYST): Promise<string> {
  let token = tokens.get(username);
  if (!token) {
    token = post<{ login: { token: string } }>(
      'mutation ($username: String!, $password: String!) { login(username: $username, password: $password) { token } }',
      { username, password: DEMO_PASSWORD },
    ).then((body) => {
      if (body.errors) throw new Error(`login ${username}: ${body.errors[0]?.message}`);
      return body.data.login.token;
    });
    tokens.set(username, token);
  }
  return token;
}

/** The Cookie header of a signed-in demo account, for plain requests to the web server. */
export async function sessionCookie(username: string = ANALYST): Promise<string> {
  return `ioc_session=${await sessionToken(username)}`;
}

/** Asks the API as `as` (the analyst by default); fails the test on any error. */
export async function api<T>(query: string, variables: Record<string, unknown> = {}, as: string = ANALYST): Promise<T> {
  const body = await post<T>(query, variables, await sessionToken(as));
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Asks the API as `as` and returns the errors too (for the tests of refusals). */
export async function apiAnswer<T>(query: string, variables: Record<string, unknown> = {}, as?: string) {
  return post<T>(query, variables, as ? await sessionToken(as) : undefined);
}
