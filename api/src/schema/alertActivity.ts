// Subscription.alertActivity: each new step of an alert's thread (raised, directive, explanation, review, closed),
// with its alert, for the alerts in the subscriber's scope, whichever API process wrote it.

import { parsePeriod } from '@ioc/schema/period';
import type { ObjectRef } from '@pothos/core';
import type { AlertActivity } from '../alerts/watchAlertActivity';
import { watchAlertActivity } from '../alerts/watchAlertActivity';
import { requireScope } from '../auth/permissions';
import { inScope } from '../auth/scope';
import type { AlertEventRecord, AlertRecord } from '../store/alerts';
import type { Builder, SchemaTypes } from './builder';

type Ref<T> = ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, T>;

export function addAlertActivity(
  builder: Builder,
  refs: { Alert: Ref<AlertRecord>; AlertEvent: Ref<AlertEventRecord> },
) {
  const AlertActivityRef = builder.objectRef<AlertActivity>('AlertActivity').implement({
    description: 'A new step of an alert’s thread, with the alert as it is after that step.',
    fields: (t) => ({
      alert: t.field({ type: refs.Alert, description: 'The alert.', resolve: (a) => a.alert }),
      event: t.field({ type: refs.AlertEvent, description: 'The new step.', resolve: (a) => a.event }),
    }),
  });

  builder.subscriptionFields((t) => ({
    alertActivity: t.field({
      type: AlertActivityRef,
      description:
        'Each new step of the threads of the alerts in your scope (an officer: their unit and the units below it): raised, directive, explanation, accepted, returned, closed.',
      subscribe: (_root, _args, ctx) => {
        const scope = requireScope(ctx);
        return watchAlertActivity(ctx.data, (alert) => {
          const edition = ctx.units.editionFor(parsePeriod(alert.period));
          const unit = edition && ctx.units.get(edition, alert.unit);
          return unit !== undefined && inScope(scope, unit);
        });
      },
      resolve: (activity) => activity,
    }),
  }));
}
