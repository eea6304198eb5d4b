// A push stream read as an async iterator: a change listener pushes events, a subscription pulls them. An async
// iterator rather than an async generator: a generator waiting for its next event cannot be ended until that event
// comes, so an unsubscribing client would leave its listener behind; here `return()` ends it at once.

export interface EventStream<T> {
  /** Queues an event for the reader (or hands it over to a waiting one); ignored once the stream has ended. */
  push(value: T): void;
  /** Whether the reader has ended the stream. */
  readonly done: boolean;
  /** What the subscription returns. */
  readonly iterator: AsyncIterableIterator<T>;
}

/**
 * A stream whose end calls `onEnd` (to stop listening). A reader slower than the events loses the oldest past
 * `maxQueued`.
 */
export function eventStream<T>(onEnd: () => void, maxQueued = 1_000): EventStream<T> {
  const queue: T[] = [];
  let waiting: ((result: IteratorResult<T>) => void) | null = null;
  let done = false;

  const finish = (): IteratorResult<T> => {
    if (!done) {
      done = true;
      onEnd();
    }
    queue.length = 0;
    const resolve = waiting;
    waiting = null;
    resolve?.({ value: undefined, done: true });
    return { value: undefined, done: true };
  };

  const iterator: AsyncIterableIterator<T> = {
    next: () => {
      if (queue.length > 0) return Promise.resolve({ value: queue.shift() as T, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    return: () => Promise.resolve(finish()),
    throw: (error: unknown) => {
      finish();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };

  return {
    push(value) {
      if (done) return;
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value, done: false });
        return;
      }
      queue.push(value);
      if (queue.length > maxQueued) queue.shift();
    },
    get done() {
      return done;
    },
    iterator,
  };
}
