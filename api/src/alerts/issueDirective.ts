// A leader directs the responsible unit to explain an open alert by a deadline. The responsible unit is the alert's
// unit; above the communes (the province, a district) the indicator's agency (Sở) answers for it.
import { parsePeriod } from '@ioc/schema/period';
import type { Actor } from '../auth/actor';
import type { LiveData } from '../live/liveData';
import { findAlert } from '../store/alerts';
import { type DirectiveRecord, directivesOf, insertDirective } from '../store/directives';
import { inTransaction } from '../store/sql';
import { recordStep } from './recordStep';
import { localDay } from './today';
import { badInput, forbiddenStep, requiredText } from './workflowError';

export const MAX_MESSAGE = 2_000;

/** A YYYY-MM-DD that is a real day, on or after `today`. */
export function checkDeadline(deadline: string, today: string): string {
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(deadline) && new Date(`${deadline}T00:00:00Z`).toISOString().startsWith(deadline);
  if (!valid) throw badInput(`deadline "${deadline}" is not a date: write YYYY-MM-DD, e.g. ${today}`, 'deadline');
  if (deadline < today) {
    throw badInput(`deadline ${deadline} has passed: give a day from ${today} (Asia/Ho_Chi_Minh) on`, 'deadline');
  }
  return deadline;
}

export async function issueDirective(options: {
  data: LiveData;
  actor: Actor;
  alertId: number;
  message: string;
  deadline: string;
  at?: Date;
}): Promise<DirectiveRecord> {
  const { data, actor, alertId } = options;
  const at = options.at ?? new Date();
  if (actor.role !== 'LEADER')
    throw forbiddenStep(`only leaders may issue directives; ${actor.username} is ${actor.role}`);
  const message = requiredText(options.message, 'message', MAX_MESSAGE);
  const deadline = checkDeadline(options.deadline, localDay(at));
  const directive = await inTransaction(data.db.em(), async (trx) => {
    const alert = await findAlert(trx, alertId, data.db.kind === 'postgresql');
    if (!alert) throw badInput(`no alert ${alertId}`, 'alert');
    if (alert.state !== 'OPEN') {
      throw badInput(`alert ${alertId} is closed: its value recovered, there is nothing to direct`, 'alert');
    }
    const pending = (await directivesOf(trx, [alertId])).find((d) => d.state !== 'ACCEPTED');
    if (pending) {
      throw badInput(
        `alert ${alertId} already has directive ${pending.id} (${pending.state}): finish it before issuing another`,
        'alert',
      );
    }
    const period = parsePeriod(alert.period);
    const edition = data.units.editionFor(period);
    const level = edition?.get(alert.unit)?.level;
    const agency = level === 'commune' ? null : (data.catalog.byCode.get(alert.indicator)?.agency ?? null);
    const created = await insertDirective(trx, {
      alertId,
      issuedBy: actor.userId,
      unit: alert.unit,
      agency,
      message,
      deadline,
      state: 'AWAITING_EXPLANATION',
      issuedAt: at,
      updatedAt: at,
    });
    await recordStep(trx, {
      actor,
      action: 'issueDirective',
      alert,
      before: null,
      after: created,
      kind: 'DIRECTIVE',
      message,
      deadline,
      at,
    });
    return created;
  });
  await data.refresh();
  return directive;
}
