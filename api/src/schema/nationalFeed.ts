// FeedStatus, FeedFreshness, Query.nationalFeed and Indicator.feed: how fresh the values of the national 766 feed are
// (last success, last error with its time, lag), for anyone signed in. Read from feed_states, once per request.
import type { Indicator } from '@ioc/schema/catalog';
import { createContextCache, type ObjectRef } from '@pothos/core';
import { requireActor } from '../auth/permissions';
import type { Context } from '../context';
import { feedConfig } from '../feed/feedConfig';
import { readFeedState } from '../feed/feedState';
import { type FeedStatus, type Freshness, freshnessOf } from '../feed/freshness';
import type { Builder, SchemaTypes } from './builder';

type Ref<T> = ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, T>;

export const NATIONAL_FEED = 'national-766';

const STATUS_DESCRIPTIONS: Record<FeedStatus, string> = {
  OK: 'The last poll succeeded, within the last three intervals.',
  STALE: 'No successful poll for three intervals or more: the values may be out of date.',
  FAILING: 'The last poll failed (see lastError); the values shown are those of the last success, if any.',
  NEVER: 'No poll has succeeded or failed yet: the indicators have no fed values.',
};

/** One read of the feed's state per request, however many indicators ask. */
const freshnessOfRequest = createContextCache((ctx: Context): Promise<Freshness> => {
  const { staleAfterMs } = feedConfig();
  return readFeedState({ em: ctx.data.db.em(), feed: NATIONAL_FEED }).then((state) =>
    freshnessOf(state, { feed: NATIONAL_FEED, now: new Date(), staleAfterMs }),
  );
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function addNationalFeed(builder: Builder, refs: { Indicator: Ref<Indicator> }) {
  const FeedStatusRef = builder.enumType('FeedStatus', {
    description: 'How fresh the values of a feed are.',
    values: Object.fromEntries(
      Object.entries(STATUS_DESCRIPTIONS).map(([k, description]) => [k, { description }]),
    ) as Record<FeedStatus, { description: string }>,
  });

  const FeedFreshnessRef = builder.objectRef<Freshness>('FeedFreshness').implement({
    description:
      'The freshness of an external feed: when it last succeeded and failed, and how old its newest values are. Kept in the database, so every API process says the same.',
    fields: (t) => ({
      feed: t.exposeString('feed', { description: 'The feed, as its mapping names it: national-766.' }),
      status: t.field({ type: FeedStatusRef, description: 'OK, STALE, FAILING or NEVER.', resolve: (f) => f.status }),
      lastSuccessAt: t.string({
        nullable: true,
        description: 'When a poll last succeeded (ISO 8601, UTC); null if never.',
        resolve: (f) => iso(f.lastSuccessAt),
      }),
      lastErrorAt: t.string({
        nullable: true,
        description: 'When the last error happened (ISO 8601, UTC); null if none ever did.',
        resolve: (f) => iso(f.lastErrorAt),
      }),
      lastError: t.string({
        nullable: true,
        description:
          'The last error: a failed attempt (timeout, HTTP status, malformed JSON, an answer the mapping cannot read) or records refused while the rest landed (unknown unit codes).',
        resolve: (f) => f.lastError,
      }),
      failures: t.exposeInt('failures', { description: 'Failed polls since the last successful one.' }),
      lastGeneratedAt: t.string({
        nullable: true,
        description: 'When the national center generated the newest values applied (ISO 8601, UTC).',
        resolve: (f) => iso(f.lastGeneratedAt),
      }),
      lagSeconds: t.int({
        nullable: true,
        description: 'Age of the newest values applied, in seconds; null before any.',
        resolve: (f) => f.lagSeconds,
      }),
      staleAfterSeconds: t.exposeInt('staleAfterSeconds', {
        description: 'Past this age of the last successful poll the status is STALE.',
      }),
    }),
  });

  builder.queryFields((t) => ({
    nationalFeed: t.field({
      type: FeedFreshnessRef,
      description:
        'The freshness of the national 766 feed (the five component indices of Decision 766/QĐ-TTg). Anyone signed in.',
      resolve: (_root, _args, ctx) => {
        requireActor(ctx);
        return freshnessOfRequest(ctx);
      },
    }),
  }));

  builder.objectField(refs.Indicator, 'feed', (t) =>
    t.field({
      type: FeedFreshnessRef,
      nullable: true,
      description:
        'For an indicator with source NATIONAL_FEED: the freshness of its feed; else null. Anyone signed in.',
      resolve: (indicator, _args, ctx) => {
        if (indicator.source !== 'national-feed') return null;
        requireActor(ctx);
        return freshnessOfRequest(ctx);
      },
    }),
  );
}
