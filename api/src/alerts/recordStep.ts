// Writes one step of an alert's thread in the caller's transaction: the event, the audit row of the directive's
// before and after, and a change row of kind 'alert' so that every API process sees alerts move.
import type { Knex } from '@mikro-orm/knex';
import { writeAudit } from '../audit/writeAudit';
import { type Actor, actorLabel } from '../auth/actor';
import type { AlertEventKind } from '../db/entities/AlertEvent';
import { type AlertRecord, insertAlertChange, insertEvents } from '../store/alerts';
import type { DirectiveRecord } from '../store/directives';

/** What the audit log keeps of a directive. */
export function directiveAudit(d: DirectiveRecord) {
  return {
    id: d.id,
    alert: d.alertId,
    state: d.state,
    unit: d.unit,
    agency: d.agency,
    deadline: d.deadline,
    message: d.message,
    issuedBy: d.issuedBy,
  };
}

export async function recordStep(
  trx: Knex.Transaction,
  step: {
    actor: Actor;
    action: string;
    alert: AlertRecord;
    before: DirectiveRecord | null;
    after: DirectiveRecord;
    kind: AlertEventKind;
    message: string | null;
    remedyPlan?: string | null;
    deadline?: string | null;
    at: Date;
  },
): Promise<void> {
  const { actor, alert, after, at } = step;
  await insertEvents(trx, [
    {
      alertId: alert.id,
      directiveId: after.id,
      kind: step.kind,
      authorId: actor.userId,
      message: step.message,
      remedyPlan: step.remedyPlan ?? null,
      deadline: step.deadline ?? null,
      at,
    },
  ]);
  await writeAudit(trx, [
    {
      actorId: actor.userId,
      actor: actorLabel(actor),
      action: step.action,
      entity: 'directives',
      entityKey: String(after.id),
      before: step.before ? directiveAudit(step.before) : undefined,
      after: {
        ...directiveAudit(after),
        ...(step.kind === 'EXPLANATION' ? { explanation: step.message, remedyPlan: step.remedyPlan } : {}),
        ...(step.kind === 'ACCEPTED' || step.kind === 'RETURNED' ? { comment: step.message } : {}),
      },
      at,
    },
  ]);
  await insertAlertChange(trx, alert, at);
}
