// One page of a feed over HTTP: a GET with a timeout, retried with exponential backoff (p-retry) on what a retry can
// cure (no answer, a timeout, a 5xx, a body that is not JSON); a 4xx is our request's fault and is not retried.
import pRetry, { AbortError } from 'p-retry';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** Wait before the first retry; each later one doubles it (with jitter), up to maxTimeoutMs. */
  minTimeoutMs: number;
  maxTimeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, minTimeoutMs: 1_000, maxTimeoutMs: 15_000 };

/** Why an attempt failed, in words for the freshness panel (no stack, no body dump). */
export class FeedFetchError extends Error {
  override name = 'FeedFetchError';
}

async function attempt(url: string, timeoutMs: number): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
  } catch (e) {
    const error = e as Error & { cause?: { code?: string; message?: string } };
    if (error.name === 'TimeoutError') throw new FeedFetchError(`no answer within ${timeoutMs} ms`);
    throw new FeedFetchError(
      `cannot reach the endpoint: ${error.cause?.code ?? error.cause?.message ?? error.message}`,
    );
  }
  let text: string;
  try {
    text = await res.text();
  } catch (e) {
    const error = e as Error;
    if (error.name === 'TimeoutError') throw new FeedFetchError(`no complete answer within ${timeoutMs} ms`);
    throw new FeedFetchError(`the answer broke off: ${error.message}`);
  }
  if (res.status >= 400) {
    const error = new FeedFetchError(`HTTP ${res.status} ${res.statusText}`.trim());
    if (res.status < 500 && res.status !== 429) throw new AbortError(error);
    throw error;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new FeedFetchError(`malformed JSON (${(e as Error).message}) in a body of ${text.length} characters`);
  }
}

/**
 * GETs `url` and parses its JSON, retrying per `retry`; `onFailedAttempt` hears of every failed attempt (the
 * connector records it as the last error). Throws a FeedFetchError when every attempt failed.
 */
export async function fetchPage({
  url,
  timeoutMs,
  retry = DEFAULT_RETRY,
  onFailedAttempt,
  signal,
}: {
  url: string;
  timeoutMs: number;
  retry?: RetryPolicy;
  onFailedAttempt?: (error: Error, attemptNumber: number, retriesLeft: number) => void | Promise<void>;
  signal?: AbortSignal;
}): Promise<unknown> {
  return pRetry(() => attempt(url, timeoutMs), {
    retries: retry.retries,
    minTimeout: retry.minTimeoutMs,
    maxTimeout: retry.maxTimeoutMs,
    factor: 2,
    randomize: true,
    signal,
    onFailedAttempt: (error) => onFailedAttempt?.(error, error.attemptNumber, error.retriesLeft),
  });
}
