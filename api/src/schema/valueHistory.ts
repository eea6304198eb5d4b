// AdminUnit.valueHistory: the revisions of one stored observation as a cursor connection, newest first. The pages of
// every unit at one level of a query (a unit's children, say) are read together, in one statement per level.
import type { Indicator } from '@ioc/schema/catalog';
import { type Period, parsePeriod } from '@ioc/schema/period';
import { createContextCache, decodeBase64, encodeBase64, type ObjectRef } from '@pothos/core';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { requireValuesOf } from '../auth/permissions';
import type { Context } from '../context';
import { collectionLevel } from '../engine/engine';
import type { ObservationKey } from '../store/observationWrites';
import {
  type RevisionPage,
  type RevisionPageRequest,
  readRevisionPages,
  type ValueRevision,
} from '../store/valueRevisions';
import type { UnitInEdition } from '../units/unitDirectory';
import type { Builder, SchemaTypes } from './builder';
import type { Enums } from './enums';

type Ref<T> = ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, T>;

/** Revisions in one page at most, and when neither `first` nor `last` is given. */
export const MAX_REVISIONS_PAGE = 100;
export const DEFAULT_REVISIONS_PAGE = 20;

const CURSOR_PREFIX = 'ValueRevision:';

function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/** Opaque to clients; names the revision itself, so it keeps its place while newer revisions are added. */
export function revisionCursor(revision: Pick<ValueRevision, 'id'>): string {
  return encodeBase64(`${CURSOR_PREFIX}${revision.id}`);
}

function revisionIdOf(cursor: string, argument: 'after' | 'before'): number {
  let text = '';
  try {
    text = decodeBase64(cursor);
  } catch {}
  const id = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw badInput(`${argument}: "${cursor}" is not a cursor of valueHistory; pass a cursor it returned`, argument);
  }
  return id;
}

/**
 * The stored observation behind valueHistory, or a BAD_USER_INPUT error saying why there is none: revisions are kept
 * only for what is recorded, an input indicator at its own frequency, for a unit of its collection level in the
 * edition of the period.
 */
function storedKey(ctx: Context, unit: UnitInEdition, indicator: Indicator, period: Period): ObservationKey {
  if (indicator.kind === 'derived') {
    throw badInput(
      `${indicator.code} is derived (${indicator.formula?.text}): it is computed, not recorded, so it has no revisions; ask for the history of an input indicator`,
      'indicator',
    );
  }
  if (period.frequency !== indicator.frequency) {
    throw badInput(
      `${indicator.code} is recorded by ${indicator.frequency}; period ${period.id} is a ${period.frequency}: revisions are kept only for the periods an indicator is recorded in`,
      'period',
    );
  }
  const edition = ctx.units.editionFor(period);
  if (!edition) throw badInput(`no administrative edition covers period ${period.id}`, 'period');
  const { unit: u } = unit;
  if (edition !== unit.edition) {
    throw badInput(
      `period ${period.id} is reported in edition ${edition.edition.id}; ${u.fullName} (${u.code}) is read in edition ${unit.edition.edition.id}: ask for the unit in the period's edition, unit(code: "${u.code}", period: "${period.id}")`,
      'period',
    );
  }
  const level = collectionLevel(indicator, edition);
  if (u.level !== level) {
    throw badInput(
      `${indicator.code} is recorded at ${level} level in edition ${edition.edition.id}; ${u.fullName} (${u.code}) is a ${u.level}: revisions are kept only for units of that level`,
      'unit',
    );
  }
  return { indicator: indicator.code, unit: u.code, period: period.id };
}

interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** The page the connection arguments ask for: `first` from the newest end (the default), `last` from the oldest. */
function pageRequest(key: ObservationKey, args: PageArgs): RevisionPageRequest {
  if (args.first != null && args.last != null) {
    throw badInput('give first (page forwards) or last (page backwards), not both', 'last');
  }
  for (const argument of ['first', 'last'] as const) {
    const n = args[argument];
    if (n != null && (n < 0 || n > MAX_REVISIONS_PAGE)) {
      throw badInput(
        `${argument} must be between 0 and ${MAX_REVISIONS_PAGE}, got ${n}: read longer histories a page at a time with after and before`,
        argument,
      );
    }
  }
  return {
    ...key,
    olderThan: args.after ? revisionIdOf(args.after, 'after') : null,
    newerThan: args.before ? revisionIdOf(args.before, 'before') : null,
    from: args.last != null ? 'oldest' : 'newest',
    limit: args.last ?? args.first ?? DEFAULT_REVISIONS_PAGE,
  };
}

/**
 * The edges and page info of a page. A page taken from one end knows whether more lie past its other end; on the
 * side of the cursor it starts from, the revision that cursor names lies there, as the Relay spec allows reporting.
 */
function connectionOf(page: RevisionPage, request: RevisionPageRequest, args: PageArgs) {
  const edges = page.revisions.map((node) => ({ cursor: revisionCursor(node), node }));
  const forwards = request.from === 'newest';
  return {
    edges,
    pageInfo: {
      hasNextPage: forwards ? page.more : args.before != null,
      hasPreviousPage: forwards ? args.after != null : page.more,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * One loader per request (per operation on a WebSocket), batching the pages asked for in one tick into one statement.
 * Without a cache: a subscription keeps its context across events, and must not see the revisions of the first one.
 */
const revisionLoader = createContextCache((ctx: Context) => {
  const em = ctx.data.db.em();
  return new DataLoader<RevisionPageRequest, RevisionPage>((requests) => readRevisionPages({ em, requests }), {
    cache: false,
  });
});

export function addValueHistory(builder: Builder, enums: Enums, refs: { AdminUnit: Ref<UnitInEdition> }) {
  const ValueRevisionRef = builder.objectRef<ValueRevision>('ValueRevision').implement({
    description:
      'One recorded value of an observation (an input indicator for a unit and period): every write that changed it is kept.',
    fields: (t) => ({
      value: t.exposeFloat('value', { description: 'The value recorded.' }),
      previousValue: t.float({
        nullable: true,
        description: 'The value this revision replaced; null for the first value recorded.',
        resolve: (r) => r.previousValue,
      }),
      recordedAt: t.string({
        description: 'When it was recorded: an ISO 8601 date-time in UTC, e.g. "2025-09-01T08:30:00.000Z".',
        resolve: (r) => r.recordedAt.toISOString(),
      }),
      source: t.field({
        type: enums.Source,
        description: 'How it was recorded: entered, imported from a file, or received from the national feed.',
        resolve: (r) => r.source,
      }),
      actor: t.exposeString('actor', { description: 'Who recorded it.' }),
    }),
  });

  builder.objectFields(refs.AdminUnit, (t) => ({
    valueHistory: t.connection(
      {
        type: ValueRevisionRef,
        description: `Every value recorded for an input indicator, this unit and a period, newest first: the first revision holds the current value. Only for what is recorded: an input indicator, a period of its frequency, a unit of its collection level in the period's edition. Pages of at most ${MAX_REVISIONS_PAGE} (default ${DEFAULT_REVISIONS_PAGE}); cursors name revisions, so they keep their place while newer values are recorded.`,
        args: {
          indicator: t.arg({ type: enums.IndicatorCode, required: true, description: 'An input indicator.' }),
          period: t.arg({ type: 'Period', required: true, description: 'A period of the indicator’s frequency.' }),
        },
        resolve: async (unit, args, ctx) => {
          requireValuesOf(ctx, unit);
          const indicator = ctx.catalog.byCode.get(args.indicator) as Indicator;
          const request = pageRequest(storedKey(ctx, unit, indicator, parsePeriod(args.period)), args);
          return connectionOf(await revisionLoader(ctx).load(request), request, args);
        },
      },
      {
        name: 'ValueRevisionConnection',
        description: 'A page of the revisions of one observation, newest first.',
      },
      {
        name: 'ValueRevisionEdge',
        description: 'A revision and its cursor.',
      },
    ),
  }));
}
