// A live subscriber's stream: listens to the changes LiveData applies and yields the values they affect for the
// watched unit (see affectedValues.ts), computed at once so each event is a consistent reading.
import type { IndicatorValue } from '../engine/indicatorValue';
import { indicatorValue } from '../engine/indicatorValue';
import { affectedValues, type Watch } from './affectedValues';
import type { LiveData } from './liveData';

/** A subscriber that reads slower than values change loses the oldest events past this many. */
const MAX_QUEUED = 1_000;

/**
 * An async iterator rather than an async generator: a generator waiting for its next event cannot be ended until
 * that event comes, so an unsubscribing client would leave its listener behind.
 */
export function watchValues(data: LiveData, watch: Watch): AsyncIterableIterator<IndicatorValue> {
  const queue: IndicatorValue[] = [];
  let waiting: ((result: IteratorResult<IndicatorValue>) => void) | null = null;
  let done = false;

  const stop = data.onChanges((changes) => {
    const affected = affectedValues({ catalog: data.catalog, units: data.units, changes, watch });
    for (const { indicator, unit, period } of affected) {
      const value = indicatorValue({ engine: data.engine, targets: data.targets, indicator, unit, period });
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value, done: false });
      } else {
        queue.push(value);
        if (queue.length > MAX_QUEUED) queue.shift();
      }
    }
  });

  const finish = (): IteratorResult<IndicatorValue> => {
    done = true;
    stop();
    queue.length = 0;
    const resolve = waiting;
    waiting = null;
    resolve?.({ value: undefined, done: true });
    return { value: undefined, done: true };
  };

  return {
    next: () => {
      const value = queue.shift();
      if (value) return Promise.resolve({ value, done: false });
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
}
