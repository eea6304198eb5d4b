// Alert, AlertEvent and AlertCounts; Query.alerts and Query.alert; AdminUnit.alertCounts. Reading only: raising and
// closing happen in alerts/ as values change, the directive steps in directive.ts.
import type { Indicator } from '@ioc/schema/catalog';
import { parsePeriod } from '@ioc/schema/period';
import { createContextCache, decodeBase64, encodeBase64, type ObjectRef } from '@pothos/core';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { type AlertCounts, alertBoard } from '../alerts/alertBoard';
import { listAlerts } from '../alerts/listAlerts';
import { isOverdue } from '../alerts/overdue';
import { localDay } from '../alerts/today';
import type { Actor } from '../auth/actor';
import { forbidden, requireActor, requireScope, requireUnitInScope } from '../auth/permissions';
import { codeInScope, scopeOf } from '../auth/scope';
import type { Context } from '../context';
import { UserEntity } from '../db/entities/User';
import type { IndicatorValue } from '../engine/indicatorValue';
import { type AlertEventRecord, type AlertRecord, eventsOf } from '../store/alerts';
import { toUser } from '../store/users';
import type { UnitInEdition } from '../units/unitDirectory';
import type { Builder, SchemaTypes } from './builder';
import type { Enums } from './enums';
import type { UserView } from './user';

type Ref<T> = ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, T>;

export const MAX_ALERTS_PAGE = 100;
const DEFAULT_ALERTS_PAGE = 20;

function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/** A numeric id argument, or BAD_USER_INPUT naming the argument. */
export function idOf(value: string | number, argument: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw badInput(`${argument} must be a positive whole number`, argument);
  return id;
}

const cursorOf = (a: AlertRecord) => encodeBase64(`alert:${a.id}`);

function cursorId(cursor: string, argument: string): number {
  let decoded = '';
  try {
    decoded = decodeBase64(cursor);
  } catch {
    // Not base64 at all: the same answer as any other cursor this list did not give.
  }
  const match = /^alert:(\d+)$/.exec(decoded);
  if (!match) throw badInput(`${argument} must be a cursor from this list (an endCursor or an edge cursor)`, argument);
  return Number(match[1]);
}

/** An alert's unit in the edition of its period. */
export function alertUnit(ctx: Context, a: AlertRecord): UnitInEdition {
  const edition = ctx.units.editionFor(parsePeriod(a.period));
  const unit = edition && ctx.units.get(edition, a.unit);
  if (!unit) throw new Error(`alert ${a.id}: unit ${a.unit} is not in the edition of ${a.period}`);
  return unit;
}

/** Refuses an alert outside the actor's scope. */
export function requireAlertInScope(ctx: Context, a: AlertRecord): void {
  requireUnitInScope(ctx, alertUnit(ctx, a), 'see the alerts of');
}

/** The subtree a `unit` argument names (built like an officer's scope, so old units count under their new one). */
function subtreeOf(ctx: Context, code: string) {
  if (!ctx.units.editions.some((e) => e.get(code))) {
    throw badInput(`unknown unit "${code}": no administrative edition has this GSO code`, 'unit');
  }
  const root: Actor = {
    userId: 0,
    username: 'subtree',
    displayName: 'subtree',
    role: 'OFFICER',
    unit: code,
    agency: null,
    credential: { kind: 'token', id: 0 },
  };
  return scopeOf(ctx.units, root);
}

/** Threads of the alerts asked for in one request, in one statement. Not cached across events of a subscription. */
const eventLoader = createContextCache((ctx: Context) => {
  const knex = ctx.data.db.em().getKnex();
  return new DataLoader<number, AlertEventRecord[]>(
    async (ids) => {
      const events = await eventsOf(knex, ids);
      return ids.map((id) => events.filter((e) => e.alertId === id));
    },
    { cache: false },
  );
});

/** The authors of the steps shown in one request, in one statement. */
export const userLoader = createContextCache((ctx: Context) => {
  const em = ctx.data.db.em();
  return new DataLoader<number, UserView | null>(async (ids) => {
    const rows = await em.find(UserEntity, { id: { $in: [...ids] } }, { disableIdentityMap: true });
    const users = new Map(rows.map((row) => [row.id, toUser(row)]));
    return ids.map((id) => users.get(id) ?? null);
  });
});

export function addAlert(
  builder: Builder,
  enums: Enums,
  refs: {
    Indicator: Ref<Indicator>;
    AdminUnit: Ref<UnitInEdition>;
    IndicatorValue: Ref<IndicatorValue>;
    User: Ref<UserView>;
  },
) {
  const AlertState = builder.enumType('AlertState', {
    description: 'Whether an alert is still open.',
    values: {
      OPEN: {
        value: 'OPEN',
        description:
          'The value still misses its target (or is in the warning band, where the catalog asks), or its year is still projected to miss.',
      },
      CLOSED: { value: 'CLOSED', description: 'The value recovered; the alert and its thread are kept.' },
    } as const,
  });
  const AlertEventKind = builder.enumType('AlertEventKind', {
    description: 'One step of an alert’s thread.',
    values: {
      RAISED: { value: 'RAISED', description: 'The value went bad: the alert was raised.' },
      DIRECTIVE: {
        value: 'DIRECTIVE',
        description: 'A leader directed the responsible unit to explain by a deadline.',
      },
      EXPLANATION: {
        value: 'EXPLANATION',
        description: 'The responsible unit explained (giải trình), with a remedy plan.',
      },
      ACCEPTED: { value: 'ACCEPTED', description: 'A leader accepted the explanation.' },
      RETURNED: { value: 'RETURNED', description: 'A leader returned the explanation with a comment: explain again.' },
      CLOSED: { value: 'CLOSED', description: 'The value recovered: the alert was closed.' },
    } as const,
  });

  const AlertEventRef = builder.objectRef<AlertEventRecord>('AlertEvent').implement({
    description: 'One step of an alert’s thread, never changed once written.',
    fields: (t) => ({
      id: t.id({ description: 'Stable identifier of the step.', resolve: (e) => String(e.id) }),
      kind: t.field({ type: AlertEventKind, description: 'What happened.', resolve: (e) => e.kind }),
      author: t.field({
        type: refs.User,
        nullable: true,
        description: 'Who wrote it; null for what the system did (raised, closed).',
        resolve: (e, _args, ctx) => (e.authorId === null ? null : userLoader(ctx).load(e.authorId)),
      }),
      message: t.string({
        nullable: true,
        description: 'The directive, the explanation, or the leader’s comment; null for raised and closed.',
        resolve: (e) => e.message,
      }),
      remedyPlan: t.string({
        nullable: true,
        description: 'With an explanation: what the unit will do to recover.',
        resolve: (e) => e.remedyPlan,
      }),
      deadline: t.string({
        nullable: true,
        description: 'With a directive: the last day to explain, YYYY-MM-DD (Asia/Ho_Chi_Minh).',
        resolve: (e) => e.deadline,
      }),
      at: t.string({
        description: 'When: an ISO 8601 date-time in UTC.',
        resolve: (e) => e.at.toISOString(),
      }),
    }),
  });

  const AlertRef = builder.objectRef<AlertRecord>('Alert').implement({
    description:
      'A value (indicator, unit, period) whose status is NOT_ACHIEVED or AT_RISK (on target so far, but its year projected to miss the year’s target), or WARNING where the catalog asks (`alert: warning`). Raised when the value goes bad, closed when it recovers; going bad again raises a new alert. Watched: month, quarter and year indicators at their own frequency, day and week indicators on their month value, every unit down to the level where the indicator is collected, periods that have ended from 1 January of the previous year.',
    fields: (t) => ({
      id: t.id({ description: 'Stable identifier of the alert.', resolve: (a) => String(a.id) }),
      indicator: t.field({
        type: refs.Indicator,
        description: 'The indicator that missed its target.',
        resolve: (a, _args, ctx) => {
          const indicator = ctx.catalog.byCode.get(a.indicator);
          if (!indicator) throw new Error(`alert ${a.id}: indicator ${a.indicator} is no longer in the catalog`);
          return indicator;
        },
      }),
      unit: t.field({
        type: refs.AdminUnit,
        description: 'The unit, in the edition of the period.',
        resolve: (a, _args, ctx) => alertUnit(ctx, a),
      }),
      period: t.field({ type: 'Period', description: 'The period of the value.', resolve: (a) => a.period }),
      status: t.field({
        type: enums.Status,
        description: 'The status that raised it: NOT_ACHIEVED, AT_RISK or WARNING.',
        resolve: (a) => a.status as never,
      }),
      value: t.float({ nullable: true, description: 'The value when the alert was raised.', resolve: (a) => a.value }),
      target: t.string({
        nullable: true,
        description: 'The target when the alert was raised, e.g. "≥ 95", "≤ 4.5" or "15–25".',
        resolve: (a) => a.target,
      }),
      state: t.field({ type: AlertState, description: 'Open or closed.', resolve: (a) => a.state }),
      raisedAt: t.string({
        description: 'When it was raised: an ISO 8601 date-time in UTC.',
        resolve: (a) => a.raisedAt.toISOString(),
      }),
      closedAt: t.string({
        nullable: true,
        description: 'When the value recovered; null while open.',
        resolve: (a) => a.closedAt?.toISOString() ?? null,
      }),
      overdue: t.boolean({
        description:
          'True when its current directive still awaits an explanation (or was returned) past its deadline while the alert is open.',
        resolve: async (a, _args, ctx) => isOverdue(a, (await alertBoard(ctx.data)).directiveOf.get(a.id), localDay()),
      }),
      current: t.field({
        type: refs.IndicatorValue,
        description: 'The value as it is now, with its target and status.',
        resolve: (a, _args, ctx) => {
          ctx.deadline.check();
          const indicator = ctx.catalog.byCode.get(a.indicator) as Indicator;
          return ctx.data.valueOf(indicator, alertUnit(ctx, a), parsePeriod(a.period));
        },
      }),
      events: t.field({
        type: [AlertEventRef],
        description: 'The thread, oldest first: raised, directives, explanations, reviews, closed.',
        resolve: (a, _args, ctx) => eventLoader(ctx).load(a.id),
      }),
    }),
  });

  const AlertCountsRef = builder.objectRef<AlertCounts>('AlertCounts').implement({
    description: 'Open alerts of a unit and of every unit below it in its edition.',
    fields: (t) => ({
      open: t.exposeInt('open', { description: 'Open alerts.' }),
      awaitingExplanation: t.exposeInt('awaitingExplanation', {
        description: 'Open alerts whose directive awaits an explanation (or was returned).',
      }),
      overdue: t.exposeInt('overdue', { description: 'Of those, the ones past their deadline.' }),
    }),
  });

  builder.objectField(refs.AdminUnit, 'alertCounts', (t) =>
    t.field({
      type: AlertCountsRef,
      description: 'Open alerts of this unit and every unit below it, in its edition (periods reported in it).',
      resolve: async (unit, _args, ctx) => {
        requireUnitInScope(ctx, unit, 'see the alerts of');
        return (await alertBoard(ctx.data)).countsOf(unit, localDay());
      },
    }),
  );

  builder.queryFields((t) => ({
    alerts: t.connection(
      {
        type: AlertRef,
        description: `Alerts, newest raised first, always within your scope (an officer: their unit and the units below it). Pages of at most ${MAX_ALERTS_PAGE} (default ${DEFAULT_ALERTS_PAGE}).`,
        args: {
          unit: t.arg.string({
            description:
              'GSO code of a unit: only its alerts and those of the units below it (default: your whole scope).',
          }),
          sector: t.arg({ type: enums.Sector, description: 'Only the alerts of this sector’s indicators.' }),
          period: t.arg({ type: 'Period', description: 'Only the alerts of this period.' }),
          state: t.arg({ type: AlertState, description: 'Only open, or only closed, alerts.' }),
          overdue: t.arg.boolean({ description: 'true: only overdue alerts; false: only those not overdue.' }),
          awaitingExplanation: t.arg.boolean({
            description:
              'true: only open alerts whose directive awaits an explanation (or was returned); false: the others.',
          }),
        },
        resolve: async (_root, args, ctx) => {
          const scope = requireScope(ctx);
          for (const argument of ['first', 'last'] as const) {
            const n = args[argument];
            if (n != null && (n < 0 || n > MAX_ALERTS_PAGE)) {
              throw badInput(`${argument} must be between 0 and ${MAX_ALERTS_PAGE}, got ${n}`, argument);
            }
          }
          if (args.unit && !codeInScope(scope, args.unit)) {
            const actor = requireActor(ctx);
            throw forbidden(
              `you may not see the alerts of unit ${args.unit}: ${actor.username} acts for unit ${actor.unit} and the units below it`,
            );
          }
          const list = await listAlerts(ctx.data, {
            scope,
            subtree: args.unit ? subtreeOf(ctx, args.unit) : null,
            sector: args.sector ?? null,
            period: args.period ?? null,
            state: args.state ?? null,
            overdue: args.overdue ?? null,
            awaitingExplanation: args.awaitingExplanation ?? null,
            today: localDay(),
          });
          // A cursor names an alert: the page starts after (ends before) its place in the order, even when that alert
          // no longer matches the filters.
          const board = await alertBoard(ctx.data);
          const placeOf = (cursor: string, argument: string, inclusive: boolean) => {
            const id = cursorId(cursor, argument);
            const c = board.byId.get(id);
            const before = (x: AlertRecord) =>
              c
                ? +x.raisedAt > +c.raisedAt || (+x.raisedAt === +c.raisedAt && (inclusive ? x.id >= id : x.id > id))
                : inclusive
                  ? x.id >= id
                  : x.id > id;
            const index = list.findIndex((x) => !before(x));
            return index < 0 ? list.length : index;
          };
          const start = args.after ? placeOf(args.after, 'after', true) : 0;
          const end = Math.max(start, args.before ? placeOf(args.before, 'before', false) : list.length);
          const size = args.last ?? args.first ?? DEFAULT_ALERTS_PAGE;
          const from = args.last != null ? Math.max(start, end - size) : start;
          const to = args.last != null ? end : Math.min(end, start + size);
          const edges = list.slice(from, to).map((node) => ({ cursor: cursorOf(node), node }));
          return {
            edges,
            totalCount: list.length,
            pageInfo: {
              hasNextPage: to < list.length,
              hasPreviousPage: from > 0,
              startCursor: edges[0]?.cursor ?? null,
              endCursor: edges[edges.length - 1]?.cursor ?? null,
            },
          };
        },
      },
      {
        name: 'AlertConnection',
        description: 'A page of alerts, newest raised first.',
        fields: (c) => ({
          totalCount: c.int({
            description: 'How many alerts match the filters (within your scope), over all pages.',
            resolve: (connection) => (connection as unknown as { totalCount: number }).totalCount,
          }),
        }),
      },
      { name: 'AlertEdge', description: 'An alert and its cursor.' },
    ),
    alert: t.field({
      type: AlertRef,
      nullable: true,
      description: 'One alert by id; null when there is none. FORBIDDEN when its unit is outside your scope.',
      args: { id: t.arg.id({ required: true, description: 'The alert’s id.' }) },
      resolve: async (_root, args, ctx) => {
        requireActor(ctx);
        const alert = (await alertBoard(ctx.data)).byId.get(idOf(args.id, 'id'));
        if (!alert) return null;
        requireAlertInScope(ctx, alert);
        return alert;
      },
    }),
  }));

  return { Alert: AlertRef, AlertEvent: AlertEventRef };
}
