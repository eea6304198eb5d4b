// What the IOC screens show by default: every indicator of a unit at its own latest period as of a day, and the count of
// a unit's values by status (for a table of children). Both are kept until the next write, like the values.
import type { Indicator } from '@ioc/schema/catalog';
import { type Period, parsePeriod } from '@ioc/schema/period';
import type { ObjectRef } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { requireValuesOf } from '../auth/permissions';
import type { Context } from '../context';
import type { IndicatorValue } from '../engine/indicatorValue';
import { latestPeriod } from '../engine/latestPeriod';
import type { Status } from '../engine/status';
import type { UnitInEdition } from '../units/unitDirectory';
import type { Builder, SchemaTypes } from './builder';
import type { Enums } from './enums';
import { type IndicatorFilter, selectIndicators, valuesAt } from './indicatorValue';

type Ref<T> = ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, T>;

type StatusCounts = Record<Status, number> & { total: number };

const today = () => new Date().toISOString().slice(0, 10);

/** The unit's values at each indicator's latest period as of the last day of `asOf` (default: today). */
export function latestValues(
  ctx: Context,
  unit: UnitInEdition,
  asOf: Period | undefined,
  filter: IndicatorFilter,
): IndicatorValue[] {
  const day = asOf?.end ?? today();
  const key = `latest|${unit.edition.edition.id}|${unit.unit.code}|${day}|${filter.sector ?? ''}|${filter.indicators?.join(',') ?? ''}`;
  ctx.deadline.check();
  // Each indicator's latest value is kept with that indicator's values: after a write, only the written indicator
  // and its readers are searched again.
  const latestKey = `latest|${unit.edition.edition.id}|${unit.unit.code}|${day}`;
  return ctx.data.derived(key, () =>
    selectIndicators(ctx, filter).map((i: Indicator) => {
      ctx.deadline.check();
      return ctx.data.valueAmong(i, latestKey, () => {
        const valueIn = (p: Period) => ctx.data.valueOf(i, unit, p);
        return valueIn(latestPeriod(i, day, (p) => valueIn(p).value !== null));
      });
    }),
  );
}

function countByStatus(values: readonly IndicatorValue[]): StatusCounts {
  const counts: StatusCounts = {
    ACHIEVED: 0,
    WARNING: 0,
    NOT_ACHIEVED: 0,
    NO_DATA: 0,
    NO_TARGET: 0,
    AT_RISK: 0,
    total: 0,
  };
  for (const v of values) {
    // An indicator not collected at the unit's level (a provincial figure, for a commune) is not missing data.
    if (v.flags.includes('not-collected-at-level')) continue;
    counts[v.status]++;
    counts.total++;
  }
  return counts;
}

export function addLatestValues(
  builder: Builder,
  enums: Enums,
  refs: { AdminUnit: Ref<UnitInEdition>; IndicatorValue: Ref<IndicatorValue> },
) {
  const StatusCountsRef = builder.objectRef<StatusCounts>('StatusCounts').implement({
    description:
      "How many of a unit's values have each status. Indicators not collected at the unit's level (a provincial figure, for a commune) are not counted.",
    fields: (t) => ({
      achieved: t.exposeInt('ACHIEVED', { description: 'Values that reached their target.' }),
      warning: t.exposeInt('WARNING', {
        description: 'Values that missed their target by no more than the warning band.',
      }),
      notAchieved: t.exposeInt('NOT_ACHIEVED', {
        description: 'Values that missed their target by more than the warning band.',
      }),
      noData: t.exposeInt('NO_DATA', {
        description: 'Indicators without a value (not reported, or not enough units reported).',
      }),
      noTarget: t.exposeInt('NO_TARGET', { description: 'Values with no target to compare with.' }),
      atRisk: t.exposeInt('AT_RISK', {
        description: 'Values on target for their period whose year is projected to miss the year’s target.',
      }),
      total: t.exposeInt('total', { description: 'All the values counted.' }),
    }),
  });

  builder.objectFields(refs.AdminUnit, (t) => ({
    latestValues: t.field({
      type: [refs.IndicatorValue],
      description:
        'Every indicator (of a sector, or those listed) at its own latest period that has ended by the end of `asOf` (default: today): as of 2026-11-28, a daily one on that day, a monthly one in October, a yearly one in 2025. When that period has no value yet, the one before it is shown if it has one (figures come in after their period ends), and no earlier one. What the IOC screens show by default.',
      args: {
        asOf: t.arg({ type: 'Period', description: 'A day, or any period: its last day is used.' }),
        sector: t.arg({ type: enums.Sector }),
        indicators: t.arg({ type: [enums.IndicatorCode] }),
      },
      resolve: (unit, args, ctx) => {
        requireValuesOf(ctx, unit);
        return latestValues(ctx, unit, args.asOf ? parsePeriod(args.asOf) : undefined, {
          sector: args.sector,
          indicators: args.indicators,
        });
      },
    }),
    statusCounts: t.field({
      type: StatusCountsRef,
      description:
        "How many of the unit's values have each status: over `period` (the indicators collected at least that often, as `values`), or else as of `asOf` (as `latestValues`; default: today). Give one of the two.",
      args: {
        period: t.arg({ type: 'Period' }),
        asOf: t.arg({ type: 'Period' }),
        sector: t.arg({ type: enums.Sector }),
      },
      resolve: (unit, args, ctx) => {
        requireValuesOf(ctx, unit);
        if (args.period && args.asOf) {
          throw new GraphQLError('give either period or asOf, not both', {
            extensions: { code: 'BAD_USER_INPUT', argument: 'asOf' },
          });
        }
        const key = `counts|${unit.edition.edition.id}|${unit.unit.code}|${args.period ?? ''}|${args.asOf ?? today()}|${args.sector ?? ''}`;
        return ctx.data.derived(key, () =>
          countByStatus(
            args.period
              ? valuesAt(ctx, unit, parsePeriod(args.period), { sector: args.sector })
              : latestValues(ctx, unit, args.asOf ? parsePeriod(args.asOf) : undefined, { sector: args.sector }),
          ),
        );
      },
    }),
  }));
}
