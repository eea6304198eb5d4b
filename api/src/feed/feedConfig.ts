// The national feed's settings from the environment: NATIONAL_FEED_URL (unset: no connector in this process),
// NATIONAL_FEED_INTERVAL_MS (default 60 s) and NATIONAL_FEED_TIMEOUT_MS (default 10 s). A bad value stops start-up
// with the variable's name and the reason.
export interface FeedConfig {
  url: string | null;
  intervalMs: number;
  timeoutMs: number;
  /** Past this age of the last successful poll, the feed is shown as stale: three intervals missed. */
  staleAfterMs: number;
}

export class FeedConfigError extends Error {
  override name = 'FeedConfigError';
}

function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < min) {
    throw new FeedConfigError(`${name}: expected a whole number of milliseconds, at least ${min}; got "${text}"`);
  }
  return n;
}

export function feedConfig(env: NodeJS.ProcessEnv = process.env): FeedConfig {
  const text = env.NATIONAL_FEED_URL?.trim() || null;
  if (text !== null) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new FeedConfigError(`NATIONAL_FEED_URL: "${text}" is not a URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new FeedConfigError(`NATIONAL_FEED_URL: expected an http or https URL, got "${url.protocol}"`);
    }
  }
  const intervalMs = milliseconds(env, 'NATIONAL_FEED_INTERVAL_MS', 60_000, 500);
  const timeoutMs = milliseconds(env, 'NATIONAL_FEED_TIMEOUT_MS', 10_000, 100);
  return { url: text, intervalMs, timeoutMs, staleAfterMs: Math.max(3 * intervalMs, 30_000) };
}
