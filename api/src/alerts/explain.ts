// The responsible unit's answer to a directive (giải trình): an explanation and a remedy plan, by an officer whose
// scope holds the alert's unit (and, for a department officer, whose agency the directive names).
import { parsePeriod } from '@ioc/schema/period';
import type { Actor } from '../auth/actor';
import { inScope, scopeOf } from '../auth/scope';
import type { LiveData } from '../live/liveData';
import { findAlert } from '../store/alerts';
import { type DirectiveRecord, findDirective, updateDirectiveState } from '../store/directives';
import { inTransaction } from '../store/sql';
import { recordStep } from './recordStep';
import { badInput, forbiddenStep, requiredText } from './workflowError';

export const MAX_EXPLANATION = 4_000;

export async function explain(options: {
  data: LiveData;
  actor: Actor;
  directiveId: number;
  explanation: string;
  remedyPlan: string;
  at?: Date;
}): Promise<DirectiveRecord> {
  const { data, actor, directiveId } = options;
  const at = options.at ?? new Date();
  if (actor.role !== 'OFFICER') throw forbiddenStep(`only officers may explain; ${actor.username} is ${actor.role}`);
  const explanation = requiredText(options.explanation, 'explanation', MAX_EXPLANATION);
  const remedyPlan = requiredText(options.remedyPlan, 'remedyPlan', MAX_EXPLANATION);
  const lock = data.db.kind === 'postgresql';
  const directive = await inTransaction(data.db.em(), async (trx) => {
    const before = await findDirective(trx, directiveId, lock);
    if (!before) throw badInput(`no directive ${directiveId}`, 'directive');
    const alert = await findAlert(trx, before.alertId);
    if (!alert) throw badInput(`directive ${directiveId} has no alert`, 'directive');
    const edition = data.units.editionFor(parsePeriod(alert.period));
    const unit = edition && data.units.get(edition, alert.unit);
    if (!unit || !inScope(scopeOf(data.units, actor), unit)) {
      throw forbiddenStep(
        `${actor.username} may not explain for ${unit?.unit.fullName ?? alert.unit} (${alert.unit}): you act for unit ${actor.unit} and the units below it`,
      );
    }
    if (actor.agency !== null && actor.agency !== before.agency) {
      throw forbiddenStep(
        `${actor.username} answers for ${actor.agency}; directive ${directiveId} is addressed to ${before.agency ?? `the unit ${alert.unit}`}`,
      );
    }
    if (before.state !== 'AWAITING_EXPLANATION' && before.state !== 'RETURNED') {
      const why = before.state === 'ACCEPTED' ? 'its explanation was accepted' : 'it awaits the leader’s review';
      throw badInput(`directive ${directiveId} is ${before.state}: ${why}, there is nothing to explain`, 'directive');
    }
    const after: DirectiveRecord = { ...before, state: 'EXPLAINED', updatedAt: at };
    if (!(await updateDirectiveState(trx, { id: before.id, from: before.state, to: after.state, at }))) {
      throw badInput(`directive ${directiveId} changed meanwhile: read it again`, 'directive');
    }
    await recordStep(trx, {
      actor,
      action: 'explain',
      alert,
      before,
      after,
      kind: 'EXPLANATION',
      message: explanation,
      remedyPlan,
      at,
    });
    return after;
  });
  await data.refresh();
  return directive;
}
