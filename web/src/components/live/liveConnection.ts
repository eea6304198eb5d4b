// The browser side of a live page: one graphql-ws subscription to `valuesChanged`, kept open for as long as the page
// is. It reconnects by itself, forever, with a growing pause (at most 30 s), and before each new attempt asks the web
// server whether the API answers at all (/live/status), so that an API that is down costs no failed WebSocket, which
// the browser would report in its console. It logs nothing itself.
import { type Client, createClient } from 'graphql-ws';

export type LiveState = 'connecting' | 'live' | 'offline';

export interface LiveOptions {
  url: string;
  query: string;
  variables: Record<string, unknown>;
  /** A change arrived (called once per event). */
  onChange: () => void;
  /** The connection came back after a loss: what changed meanwhile was missed. */
  onReconnect: () => void;
  onState: (state: LiveState) => void;
}

const MAX_WAIT_MS = 30_000;
/** A ping every 20 s; no pong within 5 s means the socket is dead even if the browser has not noticed yet. */
const PING_MS = 20_000;
const PONG_TIMEOUT_MS = 5_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** 1 s, 2 s, 4 s … up to 30 s, with jitter so that many screens do not reconnect in step after a restart. */
const backoff = (retries: number) => Math.min(MAX_WAIT_MS, 1000 * 2 ** retries) * (0.5 + Math.random() / 2);

/** Whether the API answers the web server; true when the question itself fails (the socket will tell). */
async function apiAnswers(): Promise<boolean> {
  try {
    const response = await fetch('/live/status', { cache: 'no-store' });
    return ((await response.json()) as { up?: boolean }).up !== false;
  } catch {
    return true;
  }
}

/** Waits until the API answers, checking at a growing pause. */
async function untilApiAnswers(retries: number, closed: () => boolean): Promise<void> {
  for (let attempt = retries; !closed() && !(await apiAnswers()); attempt++) await sleep(backoff(attempt));
}

/** Opens the subscription; returns the function that closes it for good. */
export function openLive(options: LiveOptions): () => void {
  let disposed = false;
  let lost = false;
  let client: Client | undefined;
  let stop: (() => void) | undefined;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  let restartTimer: ReturnType<typeof setTimeout> | undefined;

  const start = async (retries: number) => {
    // The first attempt follows the page's own rendering, which just read the API: no need to ask.
    if (retries > 0) await untilApiAnswers(retries, () => disposed);
    if (disposed) return;
    client = createClient({
      url: options.url,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: async (n) => {
        await sleep(backoff(n));
        await untilApiAnswers(n + 1, () => disposed);
      },
      keepAlive: PING_MS,
      on: {
        connected: () => {
          options.onState('live');
          if (lost) options.onReconnect();
          lost = false;
        },
        closed: () => {
          clearTimeout(pongTimer);
          if (disposed) return;
          lost = true;
          options.onState('offline');
        },
        ping: (received) => {
          if (received) return;
          // Closes with a code graphql-ws retries on: the socket is replaced.
          pongTimer = setTimeout(() => client?.terminate(), PONG_TIMEOUT_MS);
        },
        pong: (received) => {
          if (received) clearTimeout(pongTimer);
        },
        // Errors are shown as the offline state, never logged.
        error: () => undefined,
      },
    });
    stop = client.subscribe(
      { query: options.query, variables: options.variables },
      {
        next: () => options.onChange(),
        error: (error) => {
          options.onState('offline');
          lost = true;
          // A GraphQL error (an unknown unit, say) will not pass by retrying; anything else gets a fresh client.
          if (Array.isArray(error) || disposed) return;
          void client?.dispose();
          restartTimer = setTimeout(() => void start(retries + 1), backoff(retries + 1));
        },
        complete: () => undefined,
      },
    );
  };

  void start(0);
  return () => {
    disposed = true;
    clearTimeout(pongTimer);
    clearTimeout(restartTimer);
    stop?.();
    void client?.dispose();
  };
}
