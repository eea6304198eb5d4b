// The connector of one external feed: polls its endpoint every interval, reads each page through the mapping,
// applies it exactly once and records freshness. The cursor and a polling lease live in the database (feed_states),
// so a restart resumes where it stopped, an outage is caught up page by page, and of several API processes over one
// database only one polls at a time.
import { randomUUID } from 'node:crypto';
import type { FeedMapping } from '@ioc/schema/feedMapping';
import type { LiveData } from '../live/liveData';
import { type ApplyResult, applyPayloads } from './applyPayloads';
import { ensureFeedState, readFeedState, recordFailure, recordSuccess, releaseLease, takeLease } from './feedState';
import { DEFAULT_RETRY, fetchPage, type RetryPolicy } from './fetchPage';
import { readPayloads } from './readPayloads';

export interface ConnectorOptions {
  data: LiveData;
  mapping: FeedMapping;
  /** The endpoint; the mapping's cursor and limit parameters are added to it. */
  url: string;
  intervalMs: number;
  /** Per request. */
  timeoutMs: number;
  retry?: RetryPolicy;
  /** Pages read in one poll at most: a long outage is caught up over a few polls rather than in one long one. */
  maxPages?: number;
  now?: () => Date;
}

export type PollResult =
  | { status: 'applied'; pages: number; applied: number; skipped: number; written: number; problem: string | null }
  | { status: 'failed'; error: string }
  | { status: 'busy' };

export class FeedConnector {
  readonly feed: string;
  /** Names this process in the lease. */
  readonly owner = `${process.pid}-${randomUUID().slice(0, 8)}`;
  readonly #o: Required<Omit<ConnectorOptions, 'retry'>> & { retry: RetryPolicy };
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<unknown> = Promise.resolve();
  #abort = new AbortController();
  #stopped = false;

  constructor(options: ConnectorOptions) {
    this.feed = options.mapping.feed;
    this.#o = { retry: DEFAULT_RETRY, maxPages: 50, now: () => new Date(), ...options };
  }

  /** How long a poll may hold the lease: every attempt timing out, with the backoff between them, plus a margin. */
  get leaseMs(): number {
    const { retry, timeoutMs, intervalMs } = this.#o;
    return (retry.retries + 1) * timeoutMs + retry.retries * retry.maxTimeoutMs + intervalMs;
  }

  #pageUrl(cursor: number | null): string {
    const url = new URL(this.#o.url);
    const { request } = this.#o.mapping;
    if (cursor !== null) url.searchParams.set(request.cursorParam, String(cursor));
    url.searchParams.set(request.limitParam, String(request.limit));
    return url.toString();
  }

  /** One poll: every page after the cursor (up to maxPages), each applied as it arrives. */
  async poll(): Promise<PollResult> {
    const { data, mapping, timeoutMs, retry } = this.#o;
    const em = () => data.db.em();
    const feed = this.feed;
    await ensureFeedState({ em: em(), feed });
    const lease = () => {
      const now = this.#o.now();
      return takeLease({ em: em(), feed, owner: this.owner, now, until: new Date(now.getTime() + this.leaseMs) });
    };
    if (!(await lease())) return { status: 'busy' };
    const fail = async (error: string): Promise<PollResult> => {
      await recordFailure({ em: em(), feed, at: this.#o.now(), error, countsAsFailure: true });
      // The change log now holds the failure: this process drops its reused results at once, the others soon.
      await data.refresh();
      return { status: 'failed', error };
    };
    const total = { pages: 0, applied: 0, skipped: 0, written: 0, problems: [] as string[] };
    let cursor = (await readFeedState({ em: em(), feed }))?.lastSequence ?? null;
    while (total.pages < this.#o.maxPages && !this.#stopped) {
      let body: unknown;
      try {
        body = await fetchPage({
          url: this.#pageUrl(cursor),
          timeoutMs,
          retry,
          signal: this.#abort.signal,
          onFailedAttempt: async (error, n, left) => {
            if (left === 0) return;
            const text = `${error.message}; attempt ${n} of ${retry.retries + 1}, retrying`;
            await recordFailure({ em: em(), feed, at: this.#o.now(), error: text, countsAsFailure: false });
          },
        });
      } catch (e) {
        if (this.#stopped) return { status: 'busy' };
        return fail(`${(e as Error).message}; gave up after ${retry.retries + 1} attempts`);
      }
      const read = readPayloads(mapping, body);
      if (!read.ok) return fail(`the answer does not match the mapping ${mapping.feed}: ${read.error}`);
      // A poll that outlived its lease stops here: another process may be applying newer payloads by now.
      if (!(await lease())) return { status: 'busy' };
      let applied: ApplyResult;
      try {
        applied = await applyPayloads({ data, payloads: read.payloads, cursor });
      } catch (e) {
        return fail(`the values could not be recorded: ${(e as Error).message}`);
      }
      await recordSuccess({ em: em(), feed, at: this.#o.now(), ...applied });
      await data.refresh();
      total.pages++;
      total.applied += applied.applied;
      total.skipped += applied.skipped;
      total.written += applied.inserted + applied.updated;
      if (applied.problem) total.problems.push(applied.problem);
      if (applied.sequence !== null && (cursor === null || applied.sequence > cursor)) cursor = applied.sequence;
      // Stop when the endpoint has no more, or when a page brought nothing new (it would only repeat itself).
      if (!read.hasMore || applied.applied === 0) break;
    }
    const { problems, ...counts } = total;
    return { status: 'applied', ...counts, problem: problems.length > 0 ? problems.join('; ') : null };
  }

  /** Polls now and then every interval (counted from the end of a poll), until stop(). */
  start(): void {
    const loop = () => {
      if (this.#stopped) return;
      this.#running = this.poll()
        .then((r) => {
          if (r.status === 'failed') console.error(`feed ${this.feed}: ${r.error}`);
        })
        .catch((e: Error) => console.error(`feed ${this.feed}: poll failed: ${e.message}`))
        .finally(() => {
          if (!this.#stopped) this.#timer = setTimeout(loop, this.#o.intervalMs);
        });
    };
    loop();
  }

  /** Stops polling (aborting a request in flight), waits for the poll to end and lets another process take over. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#abort.abort();
    await this.#running.catch(() => undefined);
    await releaseLease({ em: this.#o.data.db.em(), feed: this.feed, owner: this.owner }).catch(() => undefined);
  }
}
