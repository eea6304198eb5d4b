// Subscription.valuesChanged: live values of a unit over graphql-ws, pushed after any recorded change that affects
// them (the rule is in live/affectedValues.ts).
import type { ObjectRef } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { requireActor, requireCodeInScope } from '../auth/permissions';
import type { IndicatorValue } from '../engine/indicatorValue';
import { watchValues } from '../live/watchValues';
import type { Builder, SchemaTypes } from './builder';
import type { Enums } from './enums';

type Ref<T> = ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, T>;

function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

export function addSubscription(builder: Builder, enums: Enums, refs: { IndicatorValue: Ref<IndicatorValue> }) {
  builder.subscriptionType({ description: 'Live updates, over WebSocket (graphql-ws) at the same /graphql URL.' });
  builder.subscriptionFields((t) => ({
    valuesChanged: t.field({
      type: refs.IndicatorValue,
      description:
        'Signed-in users only, for a unit of their scope. The new values of a unit after a change affects them: a recorded value of the unit or of a unit below it, or of an input of a derived indicator, or a target set for the unit. One event per affected indicator and period: the period changed and each coarser one holding it (a month, its quarter and its year), each read in the edition of that period. Values that time functions read from other periods (prev, lastYear, ytd of later months) are not re-sent.',
      args: {
        unit: t.arg.string({ required: true, description: 'GSO code of the unit watched, e.g. "68".' }),
        indicators: t.arg({
          type: [enums.IndicatorCode],
          description: 'The indicators watched (default: all).',
        }),
      },
      subscribe: (_root, args, ctx) => {
        requireActor(ctx);
        if (!ctx.units.editions.some((e) => e.get(args.unit) !== undefined)) {
          throw badInput(`unknown unit "${args.unit}": no administrative edition has this GSO code`, 'unit');
        }
        requireCodeInScope(ctx, args.unit, 'watch the values of');
        if (args.indicators && args.indicators.length === 0) {
          throw badInput(
            'indicators is empty: list at least one indicator, or leave it out to watch all',
            'indicators',
          );
        }
        return watchValues(ctx.data, {
          unit: args.unit,
          indicators: args.indicators ? new Set(args.indicators) : null,
        });
      },
      resolve: (value) => value,
    }),
  }));
}
