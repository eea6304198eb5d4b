// How fresh a feed's values are, from its stored state: what the freshness panel beside the fed indicators says.
import type { FeedState } from './feedState';

export type FeedStatus = 'OK' | 'STALE' | 'FAILING' | 'NEVER';

export interface Freshness {
  feed: string;
  status: FeedStatus;
  lastSuccessAt: Date | null;
  lastErrorAt: Date | null;
  lastError: string | null;
  /** Failed polls since the last successful one. */
  failures: number;
  lastSequence: number | null;
  /** When the center generated the newest values applied. */
  lastGeneratedAt: Date | null;
  /** Age of the newest values applied, in seconds; null before any. */
  lagSeconds: number | null;
  staleAfterSeconds: number;
}

export function freshnessOf(
  state: FeedState | null,
  { feed, now, staleAfterMs }: { feed: string; now: Date; staleAfterMs: number },
): Freshness {
  const success = state?.lastSuccessAt ?? null;
  // A failing feed says so even before its first success; NEVER is a feed nobody has tried to read yet.
  const status: FeedStatus =
    state && state.failures > 0
      ? 'FAILING'
      : !success
        ? 'NEVER'
        : now.getTime() - success.getTime() > staleAfterMs
          ? 'STALE'
          : 'OK';
  const generated = state?.lastGeneratedAt ?? null;
  return {
    feed,
    status,
    lastSuccessAt: success,
    lastErrorAt: state?.lastErrorAt ?? null,
    lastError: state?.lastError ?? null,
    failures: state?.failures ?? 0,
    lastSequence: state?.lastSequence ?? null,
    lastGeneratedAt: generated,
    lagSeconds: generated ? Math.max(0, Math.round((now.getTime() - generated.getTime()) / 1000)) : null,
    staleAfterSeconds: Math.round(staleAfterMs / 1000),
  };
}
