// The state of one external feed's connector, kept in the database so that a restart resumes where it stopped and
// several API processes share one poller: the cursor (last applied payload), freshness, and the polling lease.
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export const FeedStateEntity = defineEntity({
  name: 'FeedState',
  tableName: 'feed_states',
  properties: {
    id: p.integer().primary().autoincrement(),
    feed: p.string().length(40).unique('feed_states_feed_unique'),
    /** Sequence number of the newest payload applied; payloads at or below it are never applied again. */
    lastSequence: p.integer().nullable(),
    /** When the center generated that payload. */
    lastGeneratedAt: p.datetime().nullable(),
    lastAttemptAt: p.datetime().nullable(),
    lastSuccessAt: p.datetime().nullable(),
    lastErrorAt: p.datetime().nullable(),
    lastError: p.text().nullable(),
    /** Failed polls since the last successful one. */
    failures: p.integer(),
    appliedPayloads: p.integer(),
    /** Payloads seen again (duplicates) or after a newer one (out of order): skipped, never applied. */
    skippedPayloads: p.integer(),
    /** The process polling now, and until when: another process polls only once the lease has run out. */
    leaseOwner: p.string().length(64).nullable(),
    leaseUntil: p.datetime().nullable(),
  },
});

export type FeedStateRow = InferEntity<typeof FeedStateEntity>;
