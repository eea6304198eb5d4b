// A tiny GraphQL-over-HTTP client for the integration tests: real POSTs with fetch, no mocks. Requests to a test
// server carry its default bearer token (a signed-in analyst, set by the test server helpers) unless told otherwise.
import { expect } from 'vitest';

/** The bearer token sent to each server URL when a request names none. */
const defaultTokens = new Map<string, string>();

/** Makes `token` the default for requests to `url` (null: send none by default). */
export function setDefaultToken(url: string, token: string | null): void {
  if (token === null) defaultTokens.delete(url);
  else defaultTokens.set(url, token);
}

export function defaultTokenFor(url: string): string | null {
  return defaultTokens.get(url) ?? null;
}

export interface RequestOptions {
  /** The bearer token to send: a token, null for none (anonymous), or left out for the server's default. */
  token?: string | null;
  /** More headers, e.g. a cookie. */
  headers?: Record<string, string>;
}

export interface GraphQLErrorBody {
  message: string;
  locations?: { line: number; column: number }[];
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface GraphQLResult<T> {
  status: number;
  /** The raw response body, for assertions on what a client could see. */
  text: string;
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  options: RequestOptions = {},
): Promise<GraphQLResult<T>> {
  const token = options.token === undefined ? defaultTokenFor(url) : options.token;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify(variables ? { query, variables } : { query }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { data?: T | null; errors?: GraphQLErrorBody[] };
  return { status: response.status, text, data: body.data, errors: body.errors };
}

/** The data of a query that must succeed: a 200 with no errors. */
export async function queryData<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  options?: RequestOptions,
): Promise<T> {
  const result = await postGraphQL<T>(url, query, variables, options);
  expect(result.errors, result.text).toBeUndefined();
  expect(result.status).toBe(200);
  if (result.data === undefined || result.data === null) throw new Error(`no data in ${result.text}`);
  return result.data;
}

function hasKey(value: unknown, key: string): boolean {
  if (Array.isArray(value)) return value.some((v) => hasKey(v, key));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => k === key || hasKey(v, key));
  }
  return false;
}

/** Stack traces never reach a client: no `stacktrace` key at any depth and no V8 stack frame text. */
export function expectNoStackTrace(result: GraphQLResult<unknown>): void {
  expect(hasKey(JSON.parse(result.text), 'stacktrace'), result.text).toBe(false);
  expect(result.text).not.toContain('    at ');
  expect(result.text).not.toMatch(/\.ts:\d+:\d+/);
}

/** The single error of a failed request, with no stack trace anywhere in the response. */
export function onlyError(result: GraphQLResult<unknown>): GraphQLErrorBody {
  expectNoStackTrace(result);
  expect(result.errors, result.text).toHaveLength(1);
  const error = result.errors?.[0];
  if (!error) throw new Error(`expected an error in ${result.text}`);
  return error;
}
