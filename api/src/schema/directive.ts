// Directive and its steps: Mutation.issueDirective (leaders), explain (officers of the alert's unit), and
// acceptExplanation / returnExplanation (leaders). The rules live in alerts/; here access is checked and errors mapped.
import type { ObjectRef } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { alertBoard } from '../alerts/alertBoard';
import { explain } from '../alerts/explain';
import { issueDirective } from '../alerts/issueDirective';
import { isOverdue } from '../alerts/overdue';
import { acceptExplanation, returnExplanation } from '../alerts/reviewExplanation';
import { localDay } from '../alerts/today';
import { WorkflowError } from '../alerts/workflowError';
import { requireRole } from '../auth/permissions';
import type { Context } from '../context';
import type { AlertRecord } from '../store/alerts';
import type { DirectiveRecord } from '../store/directives';
import type { UnitInEdition } from '../units/unitDirectory';
import { alertUnit, idOf, userLoader } from './alert';
import type { Builder, SchemaTypes } from './builder';
import type { UserView } from './user';

type Ref<T> = ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, T>;

/** A refused step as the GraphQL error a client sees. */
async function step<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (!(e instanceof WorkflowError)) throw e;
    throw new GraphQLError(e.message, {
      extensions: { code: e.kind, ...(e.argument ? { argument: e.argument } : {}) },
    });
  }
}

async function alertOf(ctx: Context, d: DirectiveRecord): Promise<AlertRecord> {
  const alert = (await alertBoard(ctx.data)).byId.get(d.alertId);
  if (!alert) throw new Error(`directive ${d.id}: alert ${d.alertId} not found`);
  return alert;
}

export function addDirective(
  builder: Builder,
  refs: { Alert: Ref<AlertRecord>; AdminUnit: Ref<UnitInEdition>; User: Ref<UserView> },
) {
  const DirectiveState = builder.enumType('DirectiveState', {
    description: 'Where a directive stands in its thread.',
    values: {
      AWAITING_EXPLANATION: {
        value: 'AWAITING_EXPLANATION',
        description: 'Issued: the responsible unit must explain by the deadline.',
      },
      EXPLAINED: { value: 'EXPLAINED', description: 'Explained: the leader reviews the explanation.' },
      ACCEPTED: { value: 'ACCEPTED', description: 'The leader accepted the explanation: the directive is done.' },
      RETURNED: { value: 'RETURNED', description: 'The leader returned the explanation: explain again.' },
    } as const,
  });

  const DirectiveRef = builder.objectRef<DirectiveRecord>('Directive').implement({
    description: 'A leader’s demand that the responsible unit explain an alert by a deadline.',
    fields: (t) => ({
      id: t.id({ description: 'Stable identifier of the directive.', resolve: (d) => String(d.id) }),
      alert: t.field({
        type: refs.Alert,
        description: 'The alert it is about.',
        resolve: (d, _args, ctx) => alertOf(ctx, d),
      }),
      issuedBy: t.field({
        type: refs.User,
        description: 'The leader who issued it.',
        resolve: async (d, _args, ctx) => {
          const user = await userLoader(ctx).load(d.issuedBy);
          if (!user) throw new Error(`directive ${d.id}: user ${d.issuedBy} not found`);
          return user;
        },
      }),
      unit: t.field({
        type: refs.AdminUnit,
        description: 'The responsible unit: the alert’s unit.',
        resolve: async (d, _args, ctx) => alertUnit(ctx, await alertOf(ctx, d)),
      }),
      agency: t.string({
        nullable: true,
        description: 'The responsible agency (Sở) of the indicator, for alerts of the province or a district.',
        resolve: (d) => d.agency,
      }),
      message: t.exposeString('message', { description: 'What the leader asks.' }),
      deadline: t.exposeString('deadline', {
        description: 'The last day to explain, YYYY-MM-DD (Asia/Ho_Chi_Minh).',
      }),
      state: t.field({ type: DirectiveState, description: 'Where it stands.', resolve: (d) => d.state }),
      overdue: t.boolean({
        description: 'True when it still awaits an explanation (or was returned) past its deadline, on an open alert.',
        resolve: async (d, _args, ctx) => isOverdue(await alertOf(ctx, d), d, localDay()),
      }),
      issuedAt: t.string({
        description: 'When it was issued: an ISO 8601 date-time in UTC.',
        resolve: (d) => d.issuedAt.toISOString(),
      }),
    }),
  });

  builder.objectField(refs.Alert, 'directive', (t) =>
    t.field({
      type: DirectiveRef,
      nullable: true,
      description: 'The current (latest) directive; null when none was issued.',
      resolve: async (a, _args, ctx) => (await alertBoard(ctx.data)).directiveOf.get(a.id) ?? null,
    }),
  );

  builder.mutationFields((t) => ({
    issueDirective: t.field({
      type: DirectiveRef,
      description:
        'Leaders: directs the responsible unit to explain an open alert by a deadline. Refused (BAD_USER_INPUT) on a closed alert, or while the alert has a directive that is not ACCEPTED.',
      args: {
        alert: t.arg.id({ required: true, description: 'The alert’s id.' }),
        message: t.arg.string({ required: true, description: 'What you ask, at most 2000 characters.' }),
        deadline: t.arg.string({
          required: true,
          description: 'The last day to explain, YYYY-MM-DD, today or later (Asia/Ho_Chi_Minh).',
        }),
      },
      resolve: (_root, args, ctx) => {
        const actor = requireRole(ctx, ['LEADER'], 'issue directives');
        return step(() =>
          issueDirective({
            data: ctx.data,
            actor,
            alertId: idOf(args.alert, 'alert'),
            message: args.message,
            deadline: args.deadline,
          }),
        );
      },
    }),
    explain: t.field({
      type: DirectiveRef,
      description:
        'Officers of the alert’s unit (or a unit above it; a department officer: of the directive’s agency): explains an alert under a directive that awaits an explanation or was returned.',
      args: {
        directive: t.arg.id({ required: true, description: 'The directive’s id.' }),
        explanation: t.arg.string({ required: true, description: 'Why the value missed its target.' }),
        remedyPlan: t.arg.string({ required: true, description: 'What the unit will do to recover.' }),
      },
      resolve: (_root, args, ctx) => {
        const actor = requireRole(ctx, ['OFFICER'], 'explain alerts');
        return step(() =>
          explain({
            data: ctx.data,
            actor,
            directiveId: idOf(args.directive, 'directive'),
            explanation: args.explanation,
            remedyPlan: args.remedyPlan,
          }),
        );
      },
    }),
    acceptExplanation: t.field({
      type: DirectiveRef,
      description: 'Leaders: accepts the explanation of an EXPLAINED directive.',
      args: {
        directive: t.arg.id({ required: true, description: 'The directive’s id.' }),
        comment: t.arg.string({ description: 'An optional comment, kept in the thread.' }),
      },
      resolve: (_root, args, ctx) => {
        const actor = requireRole(ctx, ['LEADER'], 'accept explanations');
        return step(() =>
          acceptExplanation({
            data: ctx.data,
            actor,
            directiveId: idOf(args.directive, 'directive'),
            comment: args.comment ?? null,
          }),
        );
      },
    }),
    returnExplanation: t.field({
      type: DirectiveRef,
      description: 'Leaders: returns the explanation of an EXPLAINED directive, with a comment: explain again.',
      args: {
        directive: t.arg.id({ required: true, description: 'The directive’s id.' }),
        comment: t.arg.string({ required: true, description: 'What is missing or wrong in the explanation.' }),
      },
      resolve: (_root, args, ctx) => {
        const actor = requireRole(ctx, ['LEADER'], 'return explanations');
        return step(() =>
          returnExplanation({
            data: ctx.data,
            actor,
            directiveId: idOf(args.directive, 'directive'),
            comment: args.comment,
          }),
        );
      },
    }),
  }));

  return DirectiveRef;
}
