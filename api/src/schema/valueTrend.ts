// What a tile shows around a value: the value of the period before (and the change against it) and the recent periods
// for a sparkline. Each is the same indicator and unit at other periods, read like any value (through the crosswalk
// for periods before the 2025 reform).
import { type Period, PeriodError, previous, range, shift } from '@ioc/schema/period';
import type { ObjectRef } from '@pothos/core';
import { GraphQLError } from 'graphql';
import type { Context } from '../context';
import type { IndicatorValue } from '../engine/indicatorValue';
import type { Builder, SchemaTypes } from './builder';
import { valueAt } from './indicatorValue';

type Ref<T> = ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, T>;

export const MAX_RECENT = 36;

/** The period before, or null before the first year periods can name. */
function before(p: Period): Period | null {
  try {
    return previous(p);
  } catch (e) {
    if (e instanceof PeriodError) return null;
    throw e;
  }
}

function previousValue(ctx: Context, v: IndicatorValue): IndicatorValue | null {
  const p = before(v.period);
  return p ? valueAt(ctx, v.indicator, v.unit, p) : null;
}

export function addValueTrend(builder: Builder, refs: { IndicatorValue: Ref<IndicatorValue> }) {
  builder.objectFields(refs.IndicatorValue, (t) => ({
    previous: t.field({
      type: refs.IndicatorValue,
      nullable: true,
      description: 'The same indicator and unit over the period before (the month before a month, and so on).',
      resolve: (v, _args, ctx) => previousValue(ctx, v),
    }),
    change: t.float({
      nullable: true,
      description:
        'The relative change against the period before: (value − previous) / |previous|, so 0.125 is +12.5%. Null when either value is missing or the previous one is 0.',
      resolve: (v, _args, ctx) => {
        const prev = previousValue(ctx, v)?.value;
        if (v.value === null || prev === null || prev === undefined || prev === 0) return null;
        return (v.value - prev) / Math.abs(prev);
      },
    }),
    recent: t.field({
      type: [refs.IndicatorValue],
      description: `The \`count\` periods ending with this one (at most ${MAX_RECENT}), oldest first: a sparkline's points.`,
      args: { count: t.arg.int({ defaultValue: 12 }) },
      resolve: (v, { count }, ctx) => {
        const n = count ?? 12;
        if (n < 1 || n > MAX_RECENT) {
          throw new GraphQLError(`count must be 1 to ${MAX_RECENT}; got ${n}`, {
            extensions: { code: 'BAD_USER_INPUT', argument: 'count' },
          });
        }
        let from = v.period;
        try {
          from = shift(v.period, -(n - 1));
        } catch (e) {
          if (!(e instanceof PeriodError)) throw e;
        }
        return range(from, v.period).map((p) => valueAt(ctx, v.indicator, v.unit, p));
      },
    }),
  }));
}
