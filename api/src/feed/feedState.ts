// The connector's state in the database (table feed_states): its cursor, freshness and polling lease. Every change
// is one conditional statement, so several API processes over one database agree on who polls and where it stands.
import type { Knex } from '@mikro-orm/knex';
import type { EntityManager } from '../db/database';
import { FeedStateEntity, type FeedStateRow } from '../db/entities/FeedState';
import { changeColumns } from '../store/observationWrites';
import { insertRows, inTransaction } from '../store/sql';

export interface FeedState {
  feed: string;
  lastSequence: number | null;
  lastGeneratedAt: Date | null;
  lastAttemptAt: Date | null;
  lastSuccessAt: Date | null;
  lastErrorAt: Date | null;
  lastError: string | null;
  failures: number;
  appliedPayloads: number;
  skippedPayloads: number;
}

/**
 * A `feed` row in the change log, in the transaction of the state change it announces: every API process then drops
 * the query results it reuses, whose freshness would be out of date. Written when freshness moves (a failure, a
 * recovery, refused records), not for every quiet poll: a new value announces itself as an observation change.
 */
async function announce(em: EntityManager, feed: string, at: Date): Promise<void> {
  const sql = em.getTransactionContext<Knex.Transaction>() ?? em.getKnex();
  await insertRows(sql, 'changes', changeColumns, [[feed, '', null, null, 'feed', at]]);
}

/** Longest error text kept: a malformed body can be long, and the first lines say what went wrong. */
const MAX_ERROR_LENGTH = 2_000;

function toState(row: FeedStateRow): FeedState {
  return {
    feed: row.feed,
    lastSequence: row.lastSequence ?? null,
    lastGeneratedAt: row.lastGeneratedAt ?? null,
    lastAttemptAt: row.lastAttemptAt ?? null,
    lastSuccessAt: row.lastSuccessAt ?? null,
    lastErrorAt: row.lastErrorAt ?? null,
    lastError: row.lastError ?? null,
    failures: row.failures,
    appliedPayloads: row.appliedPayloads,
    skippedPayloads: row.skippedPayloads,
  };
}

/** The feed's state, or null before its connector first ran. */
export async function readFeedState({ em, feed }: { em: EntityManager; feed: string }): Promise<FeedState | null> {
  const row = await em.findOne(FeedStateEntity, { feed }, { disableIdentityMap: true });
  return row ? toState(row) : null;
}

/** Creates the feed's row if it is missing (two processes may race here: the second insert does nothing). */
export async function ensureFeedState({ em, feed }: { em: EntityManager; feed: string }): Promise<void> {
  await em
    .getKnex()('feed_states')
    .insert({ feed, failures: 0, applied_payloads: 0, skipped_payloads: 0 })
    .onConflict('feed')
    .ignore();
}

/**
 * Takes (or extends) the polling lease for `owner` until `until`, unless another process holds one that has not run
 * out. True when `owner` may poll now.
 */
export async function takeLease({
  em,
  feed,
  owner,
  now,
  until,
}: {
  em: EntityManager;
  feed: string;
  owner: string;
  now: Date;
  until: Date;
}): Promise<boolean> {
  const taken = await em.nativeUpdate(
    FeedStateEntity,
    { feed, $or: [{ leaseOwner: null }, { leaseOwner: owner }, { leaseUntil: { $lt: now } }] },
    { leaseOwner: owner, leaseUntil: until, lastAttemptAt: now },
  );
  return taken > 0;
}

/** Lets another process poll at once (on shutdown). */
export async function releaseLease({ em, feed, owner }: { em: EntityManager; feed: string; owner: string }) {
  await em.nativeUpdate(FeedStateEntity, { feed, leaseOwner: owner }, { leaseOwner: null, leaseUntil: null });
}

/**
 * Moves the cursor forward after payloads were applied, and records the success. The cursor only grows: the update
 * is conditional on it, so a slower process that applied an older page can never move it back.
 */
export async function recordSuccess({
  em,
  feed,
  at,
  sequence,
  generatedAt,
  applied,
  skipped,
  problem,
}: {
  em: EntityManager;
  feed: string;
  at: Date;
  /** The newest payload applied by this poll; null when it brought nothing new. */
  sequence: number | null;
  generatedAt: Date | null;
  applied: number;
  skipped: number;
  /** Records refused while the rest landed (unknown units, say): kept as the last error, at the same time. */
  problem?: string | null;
}): Promise<void> {
  await inTransaction(em, async (_trx, tem) => {
    const state = await readFeedState({ em: tem, feed });
    if (!state) throw new Error(`feed ${feed} has no state row`);
    if (sequence !== null) {
      await tem.nativeUpdate(
        FeedStateEntity,
        { feed, $or: [{ lastSequence: null }, { lastSequence: { $lt: sequence } }] },
        { lastSequence: sequence, lastGeneratedAt: generatedAt },
      );
    }
    await tem.nativeUpdate(
      FeedStateEntity,
      { feed },
      {
        lastSuccessAt: at,
        failures: 0,
        appliedPayloads: state.appliedPayloads + applied,
        skippedPayloads: state.skippedPayloads + skipped,
        ...(problem ? { lastError: problem.slice(0, MAX_ERROR_LENGTH), lastErrorAt: at } : {}),
      },
    );
    if (state.failures > 0 || state.lastSuccessAt === null || problem) await announce(tem, feed, at);
  });
}

/** Records a failed poll attempt: nothing was applied, the cursor stays. */
export async function recordFailure({
  em,
  feed,
  at,
  error,
  countsAsFailure,
}: {
  em: EntityManager;
  feed: string;
  at: Date;
  error: string;
  /** False for an attempt that a retry may still save: the error is shown, the failure count waits. */
  countsAsFailure: boolean;
}): Promise<void> {
  await inTransaction(em, async (_trx, tem) => {
    const state = await readFeedState({ em: tem, feed });
    await tem.nativeUpdate(
      FeedStateEntity,
      { feed },
      {
        lastError: error.slice(0, MAX_ERROR_LENGTH),
        lastErrorAt: at,
        ...(countsAsFailure ? { failures: (state?.failures ?? 0) + 1 } : {}),
      },
    );
    await announce(tem, feed, at);
  });
}
