// Starts the national 766 feed's connector in this API process when NATIONAL_FEED_URL is set; the mapping is the
// catalog's (schema/feeds/national-766.yaml), checked against the served catalog before the first poll.
import { loadFeedMapping, NATIONAL_766_MAPPING } from '@ioc/schema/feedMapping';
import { formatProblem } from '@ioc/schema/problem';
import type { LiveData } from '../live/liveData';
import { FeedConnector } from './connector';
import { type FeedConfig, FeedConfigError, feedConfig } from './feedConfig';

export function nationalFeedMapping(data: LiveData) {
  const loaded = loadFeedMapping(NATIONAL_766_MAPPING, data.catalog);
  if (!loaded.ok) {
    throw new FeedConfigError(
      `the national feed mapping is invalid:\n${loaded.problems.map(formatProblem).join('\n')}`,
    );
  }
  return loaded.mapping;
}

/** The running connector, or null when this process has no feed to poll. */
export function startNationalFeed(data: LiveData, config: FeedConfig = feedConfig()): FeedConnector | null {
  if (!config.url) return null;
  const connector = new FeedConnector({
    data,
    mapping: nationalFeedMapping(data),
    url: config.url,
    intervalMs: config.intervalMs,
    timeoutMs: config.timeoutMs,
  });
  connector.start();
  return connector;
}
