// The national feed's settings from the environment: defaults, and a bad value refused with the variable's name.
import { describe, expect, it } from 'vitest';
import { feedConfig } from '../../src/feed/feedConfig';

describe('feedConfig', () => {
  it('has no connector without NATIONAL_FEED_URL, and polls every minute with a 10 s timeout by default', () => {
    expect(feedConfig({})).toEqual({ url: null, intervalMs: 60_000, timeoutMs: 10_000, staleAfterMs: 180_000 });
  });

  it('reads the URL, the interval and the timeout; stale after three intervals, at least 30 s', () => {
    expect(
      feedConfig({
        NATIONAL_FEED_URL: 'https://dichvucong.example/api/v1/chi-so-766',
        NATIONAL_FEED_INTERVAL_MS: '1500',
        NATIONAL_FEED_TIMEOUT_MS: '2000',
      }),
    ).toEqual({
      url: 'https://dichvucong.example/api/v1/chi-so-766',
      intervalMs: 1500,
      timeoutMs: 2000,
      staleAfterMs: 30_000,
    });
  });

  it.each([
    [{ NATIONAL_FEED_URL: 'dichvucong' }, 'NATIONAL_FEED_URL: "dichvucong" is not a URL'],
    [{ NATIONAL_FEED_URL: 'ftp://x/y' }, 'NATIONAL_FEED_URL: expected an http or https URL, got "ftp:"'],
    [
      { NATIONAL_FEED_INTERVAL_MS: '10s' },
      'NATIONAL_FEED_INTERVAL_MS: expected a whole number of milliseconds, at least 500; got "10s"',
    ],
    [
      { NATIONAL_FEED_TIMEOUT_MS: '5' },
      'NATIONAL_FEED_TIMEOUT_MS: expected a whole number of milliseconds, at least 100; got "5"',
    ],
  ])('refuses %o: %s', (env, message) => {
    expect(() => feedConfig(env)).toThrow(message);
  });
});
