// IndicatorValue (an indicator's value for a unit and period, with its target and status), the value fields of
// AdminUnit, and Mutation.recordValues.
import type { Indicator } from '@ioc/schema/catalog';
import { isCoarserOrEqual, type Period, parsePeriod, range } from '@ioc/schema/period';
import type { ObjectRef } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { requireEntriesInScope, requireRole, requireValuesOf } from '../auth/permissions';
import type { Context } from '../context';
import { EngineError } from '../engine/engine';
import type { IndicatorValue } from '../engine/indicatorValue';
import type { UnitInEdition } from '../units/unitDirectory';
import { batchRejected, batchTooLarge } from './batchErrors';
import type { Builder, SchemaTypes } from './builder';
import type { Enums } from './enums';

type Ref<T> = ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, T>;

const MAX_SERIES = 400;
const MAX_BATCH = 5_000;

function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

export function valueAt(ctx: Context, indicator: Indicator, unit: UnitInEdition, period: Period): IndicatorValue {
  if (!isCoarserOrEqual(period.frequency, indicator.frequency)) {
    throw badInput(
      `${indicator.code} is collected by ${indicator.frequency}; period ${period.id} is a ${period.frequency}, which is finer: ask for a ${indicator.frequency} or a longer period`,
      'period',
    );
  }
  ctx.deadline.check();
  try {
    return ctx.data.valueOf(indicator, unit, period);
  } catch (e) {
    if (e instanceof EngineError) throw badInput(e.message, e.argument);
    throw e;
  }
}

/** The unit's values over one period: of a sector or the listed indicators (default: all) collected at least as often. */
export function valuesAt(ctx: Context, unit: UnitInEdition, period: Period, filter: IndicatorFilter): IndicatorValue[] {
  ctx.deadline.check();
  // A dashboard asks for the same sets again and again: the list is kept until the next write.
  const key = `values|${unit.edition.edition.id}|${unit.unit.code}|${period.id}|${filter.sector ?? ''}|${filter.indicators?.join(',') ?? ''}`;
  return ctx.data.derived(key, () =>
    selectIndicators(ctx, filter)
      .filter((i) => isCoarserOrEqual(period.frequency, i.frequency))
      .map((i) => valueAt(ctx, i, unit, period)),
  );
}

/** A value list's indicators: those of a sector, or those listed (default: all), in catalog order. */
export interface IndicatorFilter {
  sector?: string | null;
  indicators?: readonly string[] | null;
}

export function selectIndicators(ctx: Context, filter: IndicatorFilter): Indicator[] {
  const wanted = filter.indicators ? new Set(filter.indicators) : null;
  return ctx.catalog.indicators.filter(
    (i) => (!filter.sector || i.sector === filter.sector) && (!wanted || wanted.has(i.code)),
  );
}

export function addIndicatorValue(
  builder: Builder,
  enums: Enums,
  refs: { Indicator: Ref<Indicator>; AdminUnit: Ref<UnitInEdition> },
) {
  const Completeness = builder.objectRef<IndicatorValue>('Completeness').implement({
    description:
      'How complete the data behind a value are: units at the collection level that reported every period any unit reported, of those expected.',
    fields: (t) => ({
      reporting: t.exposeInt('reporting', {
        description: 'Units at the collection level that reported every period any unit reported.',
      }),
      expected: t.exposeInt('expected', { description: 'Units at the collection level that make up this unit.' }),
      ratio: t.float({
        description: 'reporting / expected (0 when nothing is expected).',
        resolve: (v) => (v.expected === 0 ? 0 : v.reporting / v.expected),
      }),
      complete: t.boolean({
        description: 'True when every expected unit reported.',
        resolve: (v) => v.expected > 0 && v.reporting === v.expected,
      }),
    }),
  });

  const IndicatorValueRef = builder.objectRef<IndicatorValue>('IndicatorValue').implement({
    description:
      'The value of an indicator for a unit and period, with its target and status. Demo data are synthetic.',
    fields: (t) => ({
      // Exposed rather than resolved: graphql-jit reads an exposed property inline, without a resolver call.
      indicator: t.expose('indicator', { description: 'The indicator.', type: refs.Indicator }),
      unit: t.expose('unit', { description: 'The unit, in the edition it was asked in.', type: refs.AdminUnit }),
      period: t.field({ description: 'The period the value covers.', type: 'Period', resolve: (v) => v.period.id }),
      value: t.exposeFloat('value', {
        description:
          'The value, aggregated over units and time by the catalog rules; null when not enough data reported.',
        nullable: true,
      }),
      target: t.float({
        nullable: true,
        description:
          'The target for this period (prorated for cumulative indicators); for a range, see targetLow/targetHigh.',
        resolve: (v) => v.target?.value ?? null,
      }),
      targetLow: t.float({
        description: 'Low end of the target range (RANGE indicators).',
        nullable: true,
        resolve: (v) => v.target?.low ?? null,
      }),
      targetHigh: t.float({
        description: 'High end of the target range (RANGE indicators).',
        nullable: true,
        resolve: (v) => v.target?.high ?? null,
      }),
      status: t.expose('status', {
        description: 'The value against its target: ACHIEVED, WARNING, NOT_ACHIEVED, NO_DATA or NO_TARGET.',
        type: enums.Status,
      }),
      completeness: t.field({
        description: 'How complete the data behind the value are.',
        type: Completeness,
        resolve: (v) => v,
      }),
      flags: t.stringList({
        description:
          'How the value was obtained where it matters: crosswalk, crosswalk-split-excluded, crosswalk-non-additive, not-collected-at-level.',
        resolve: (v) => v.flags,
      }),
    }),
  });

  builder.objectFields(refs.AdminUnit, (t) => ({
    value: t.field({
      type: IndicatorValueRef,
      description: "An indicator's value for this unit over a period of its frequency or a coarser one.",
      args: {
        indicator: t.arg({ type: enums.IndicatorCode, required: true }),
        period: t.arg({ type: 'Period', required: true }),
      },
      resolve: (unit, args, ctx) => {
        requireValuesOf(ctx, unit);
        return valueAt(ctx, ctx.catalog.byCode.get(args.indicator) as Indicator, unit, parsePeriod(args.period));
      },
    }),
    values: t.field({
      type: [IndicatorValueRef],
      description:
        'Values of many indicators over one period: those of a sector, or those listed (default: all). Indicators collected less often than the period (a yearly one for a month) are left out.',
      args: {
        period: t.arg({ type: 'Period', required: true }),
        sector: t.arg({ type: enums.Sector }),
        indicators: t.arg({ type: [enums.IndicatorCode] }),
      },
      resolve: (unit, args, ctx) => {
        requireValuesOf(ctx, unit);
        return valuesAt(ctx, unit, parsePeriod(args.period), { sector: args.sector, indicators: args.indicators });
      },
    }),
    series: t.field({
      type: [IndicatorValueRef],
      description: `Values over consecutive periods from \`from\` to \`to\` (same frequency, at most ${MAX_SERIES}). The unit is read in its own edition; earlier periods come through the crosswalk.`,
      args: {
        indicator: t.arg({ type: enums.IndicatorCode, required: true }),
        from: t.arg({ type: 'Period', required: true }),
        to: t.arg({ type: 'Period', required: true }),
      },
      resolve: (unit, args, ctx) => {
        requireValuesOf(ctx, unit);
        const from = parsePeriod(args.from);
        const to = parsePeriod(args.to);
        if (from.frequency !== to.frequency) {
          throw badInput(`from (${from.id}) and to (${to.id}) must have the same frequency`, 'to');
        }
        const periods = range(from, to);
        if (periods.length > MAX_SERIES) {
          throw badInput(`a series is at most ${MAX_SERIES} periods; ${from.id}..${to.id} has ${periods.length}`, 'to');
        }
        const ind = ctx.catalog.byCode.get(args.indicator) as Indicator;
        return periods.map((p) => valueAt(ctx, ind, unit, p));
      },
    }),
  }));

  const ValueInput = builder.inputType('ValueInput', {
    description: 'One observation of an input indicator.',
    fields: (t) => ({
      indicator: t.field({ description: 'The input indicator observed.', type: enums.IndicatorCode, required: true }),
      unit: t.string({ required: true, description: 'GSO code, in the edition valid on the period’s last day.' }),
      period: t.field({
        description: 'The period observed, of the indicator’s own frequency.',
        type: 'Period',
        required: true,
      }),
      value: t.float({ description: 'The observed value, within the indicator’s bounds.', required: true }),
    }),
  });

  const RecordValuesResult = builder
    .objectRef<{ inserted: number; updated: number; unchanged: number }>('RecordValuesResult')
    .implement({
      description: 'What a batch changed. Recording the same batch twice changes nothing the second time.',
      fields: (t) => ({
        inserted: t.exposeInt('inserted', { description: 'Observations recorded for the first time.' }),
        updated: t.exposeInt('updated', { description: 'Changed values; the previous ones are kept in history.' }),
        unchanged: t.exposeInt('unchanged', { description: 'Observations sent with the value they already had.' }),
      }),
    });

  builder.mutationFields((t) => ({
    recordValues: t.field({
      type: RecordValuesResult,
      description: `Records a batch of observations (at most ${MAX_BATCH}) in one transaction, with one audit row. Officers only: every item's unit in their subtree (in the edition of the item's period) and, for a department officer, every indicator of their agency; a batch with any item outside is refused whole (FORBIDDEN, extensions.items). A batch with any bad item is rejected whole, one error per bad item (extensions.items), and nothing is written.`,
      args: { values: t.arg({ type: [ValueInput], required: true }) },
      resolve: async (_root, { values }, ctx) => {
        const actor = requireRole(ctx, ['OFFICER'], 'record values');
        if (values.length > MAX_BATCH) throw batchTooLarge('values', MAX_BATCH, values.length);
        requireEntriesInScope(ctx, actor, 'values', values);
        const result = await ctx.data.recordValues(values, {
          source: 'manual',
          actor: actor.username,
          actorId: actor.userId,
        });
        if (!result.ok) throw batchRejected('values', values.length, result.errors);
        return result;
      },
    }),
  }));
  return IndicatorValueRef;
}
