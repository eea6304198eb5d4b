// Incremental reconciliation: after every applied observation or target change (by this process or another one),
// the alerts of the values it can move are reconciled. Statuses are judged at once, in the listener, so they read the
// data as of that change; the writes are queued one after another, and this process then applies its own 'alert'
// change with a refresh that is not awaited (a listener runs inside a refresh: awaiting another would deadlock).
import type { LiveData } from '../live/liveData';
import { affectedAlertValues } from './affectedAlertValues';
import { judgeValues, writeJudgement } from './reconcileAlerts';
import { localDay } from './today';

export interface AlertKeeper {
  /** Stops listening; writes already queued still complete. */
  stop(): void;
  /** Resolves once the reconciliations queued so far are written. */
  settled(): Promise<void>;
}

export function keepAlertsCurrent(data: LiveData, options: { today?: () => string } = {}): AlertKeeper {
  const today = options.today ?? (() => localDay());
  let queue: Promise<void> = Promise.resolve();
  const stop = data.onChanges((changes) => {
    if (!changes.some((c) => c.kind !== 'alert')) return;
    const values = affectedAlertValues({ catalog: data.catalog, units: data.units, changes, today: today() });
    if (values.length === 0) return;
    const judgement = judgeValues(data, values);
    queue = queue
      .then(() => writeJudgement(data, judgement))
      .then((result) => {
        if (result.raised + result.closed > 0) void data.refresh().catch(() => undefined);
      })
      .catch((e: Error) => console.error(`alerts: reconciliation after a change failed: ${e.message}`));
  });
  return { stop, settled: () => queue };
}
