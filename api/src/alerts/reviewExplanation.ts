// A leader's review of an explanation: accepted (the directive is done) or returned with a comment (explain again).
import type { Actor } from '../auth/actor';
import type { LiveData } from '../live/liveData';
import { findAlert } from '../store/alerts';
import { type DirectiveRecord, findDirective, updateDirectiveState } from '../store/directives';
import { inTransaction } from '../store/sql';
import { recordStep } from './recordStep';
import { badInput, forbiddenStep, requiredText } from './workflowError';

export const MAX_COMMENT = 2_000;

async function review(options: {
  data: LiveData;
  actor: Actor;
  directiveId: number;
  decision: 'ACCEPTED' | 'RETURNED';
  comment: string | null;
  at: Date;
}): Promise<DirectiveRecord> {
  const { data, actor, directiveId, decision, comment, at } = options;
  const action = decision === 'ACCEPTED' ? 'acceptExplanation' : 'returnExplanation';
  if (actor.role !== 'LEADER') {
    throw forbiddenStep(`only leaders may review explanations; ${actor.username} is ${actor.role}`);
  }
  const lock = data.db.kind === 'postgresql';
  const directive = await inTransaction(data.db.em(), async (trx) => {
    const before = await findDirective(trx, directiveId, lock);
    if (!before) throw badInput(`no directive ${directiveId}`, 'directive');
    if (before.state !== 'EXPLAINED') {
      throw badInput(
        `directive ${directiveId} is ${before.state}: only an EXPLAINED directive can be reviewed`,
        'directive',
      );
    }
    const alert = await findAlert(trx, before.alertId);
    if (!alert) throw badInput(`directive ${directiveId} has no alert`, 'directive');
    const after: DirectiveRecord = { ...before, state: decision, updatedAt: at };
    if (!(await updateDirectiveState(trx, { id: before.id, from: before.state, to: decision, at }))) {
      throw badInput(`directive ${directiveId} changed meanwhile: read it again`, 'directive');
    }
    await recordStep(trx, { actor, action, alert, before, after, kind: decision, message: comment, at });
    return after;
  });
  await data.refresh();
  return directive;
}

export async function acceptExplanation(options: {
  data: LiveData;
  actor: Actor;
  directiveId: number;
  comment?: string | null;
  at?: Date;
}): Promise<DirectiveRecord> {
  const text = options.comment?.trim() ? requiredText(options.comment, 'comment', MAX_COMMENT) : null;
  return review({ ...options, decision: 'ACCEPTED', comment: text, at: options.at ?? new Date() });
}

export async function returnExplanation(options: {
  data: LiveData;
  actor: Actor;
  directiveId: number;
  comment: string;
  at?: Date;
}): Promise<DirectiveRecord> {
  const comment = requiredText(options.comment, 'comment', MAX_COMMENT);
  return review({ ...options, decision: 'RETURNED', comment, at: options.at ?? new Date() });
}
