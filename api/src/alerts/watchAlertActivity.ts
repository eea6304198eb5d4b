// A live subscriber's stream of alert activity: after each applied change of kind 'alert' (written by this process
// or another one), the events written since the last look, with their alerts, for the alerts the subscriber may see.
// Events are read by id from the one the subscriber last saw, so events of several processes all arrive, in order.
import { eventStream } from '../live/eventStream';
import type { LiveData } from '../live/liveData';
import { type AlertEventRecord, type AlertRecord, eventsAfter, findAlertsByIds, latestEventId } from '../store/alerts';

export interface AlertActivity {
  alert: AlertRecord;
  event: AlertEventRecord;
}

export function watchAlertActivity(
  data: LiveData,
  visible: (alert: AlertRecord) => boolean,
): AsyncIterableIterator<AlertActivity> {
  const stream = eventStream<AlertActivity>(() => stop());
  const knex = data.db.em().getKnex();
  let lastSeen = 0;
  // Reads run one after another; the first one only learns where the thread stands now.
  let reading: Promise<void> = latestEventId(knex).then((id) => {
    lastSeen = id;
  });

  const readNew = async () => {
    for (;;) {
      const events = await eventsAfter(knex, lastSeen);
      if (events.length === 0 || stream.done) return;
      lastSeen = events[events.length - 1]?.id ?? lastSeen;
      const alerts = new Map(
        (await findAlertsByIds(knex, [...new Set(events.map((e) => e.alertId))])).map((a) => [a.id, a]),
      );
      for (const event of events) {
        const alert = alerts.get(event.alertId);
        if (alert && visible(alert)) stream.push({ alert, event });
      }
    }
  };

  const stop = data.onChanges((changes) => {
    if (!changes.some((c) => c.kind === 'alert')) return;
    reading = reading
      .then(readNew)
      .catch((e: Error) => console.error(`alerts: reading new alert events failed: ${e.message}`));
  });

  return stream.iterator;
}
