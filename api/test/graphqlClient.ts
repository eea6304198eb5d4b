// A tiny GraphQL-over-HTTP client for the integration tests: real POSTs with fetch, no mocks.
import { expect } from 'vitest';

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
): Promise<GraphQLResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(variables ? { query, variables } : { query }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { data?: T | null; errors?: GraphQLErrorBody[] };
  return { status: response.status, text, data: body.data, errors: body.errors };
}

/** The data of a query that must succeed: a 200 with no errors. */
export async function queryData<T>(url: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await postGraphQL<T>(url, query, variables);
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
