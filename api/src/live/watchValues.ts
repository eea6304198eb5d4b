// A live subscriber's stream: listens to the changes LiveData applies and yields the values they affect for the
// watched unit (see affectedValues.ts), computed at once so each event is a consistent reading.
import type { IndicatorValue } from '../engine/indicatorValue';
import { indicatorValue } from '../engine/indicatorValue';
import { affectedValues, type Watch } from './affectedValues';
import { eventStream } from './eventStream';
import type { LiveData } from './liveData';

export function watchValues(data: LiveData, watch: Watch): AsyncIterableIterator<IndicatorValue> {
  const stream = eventStream<IndicatorValue>(() => stop());
  const stop = data.onChanges((changes) => {
    const affected = affectedValues({ catalog: data.catalog, units: data.units, changes, watch });
    for (const { indicator, unit, period } of affected) {
      stream.push(indicatorValue({ engine: data.engine, targets: data.targets, indicator, unit, period }));
    }
  });
  return stream.iterator;
}
