// IndicatorValue.projection: for a cumulative indicator (summed over time), where its year will end and the chance of
// reaching the year's target (see engine/projection.ts). Null for other indicators, and without an earlier year.
import { parentAt } from '@ioc/schema/period';
import type { ObjectRef } from '@pothos/core';
import type { IndicatorValue } from '../engine/indicatorValue';
import { chanceOfTarget, type Projection, projectYearEnd } from '../engine/projection';
import { targetFor } from '../engine/targets';
import type { Builder, SchemaTypes } from './builder';

type Ref<T> = ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, T>;

interface Projected extends Projection {
  yearTarget: number | null;
  chance: number | null;
}

export function addValueProjection(builder: Builder, refs: { IndicatorValue: Ref<IndicatorValue> }) {
  const ProjectionRef = builder.objectRef<Projected>('YearEndProjection').implement({
    description:
      'Where a cumulative indicator’s year will end: the year to date divided by the share of their year earlier years had reached by the same point, with the spread of that share as its error.',
    fields: (t) => ({
      value: t.exposeFloat('value', { description: 'The year’s projected total.' }),
      toDate: t.exposeFloat('toDate', { description: 'The year to date at the end of the period.' }),
      seasonalShare: t.exposeFloat('seasonalShare', {
        description: 'Of a year’s total, the share earlier years had reached by the same point (their mean).',
      }),
      years: t.exposeStringList('years', { description: 'The earlier years the share was read from.' }),
      relativeError: t.exposeFloat('relativeError', {
        description: 'The projection’s relative standard error (at least 0.05; 0.1 from a single earlier year).',
      }),
      yearTarget: t.exposeFloat('yearTarget', { nullable: true, description: 'The target for the whole year.' }),
      chance: t.exposeFloat('chance', {
        nullable: true,
        description: 'The chance (0 to 1) of reaching the year’s target; null without a target or for a range.',
      }),
    }),
  });

  builder.objectField(refs.IndicatorValue, 'projection', (t) =>
    t.field({
      type: ProjectionRef,
      nullable: true,
      description:
        'For an indicator summed over time, at a period inside its year: the year-end projection and the chance of reaching the year’s target. Null otherwise.',
      resolve: (v, _a, ctx): Projected | null => {
        const p = projectYearEnd({ engine: ctx.data.engine, indicator: v.indicator, unit: v.unit, period: v.period });
        if (!p) return null;
        const target = targetFor(v.indicator, v.unit.unit.code, parentAt(v.period, 'year'), ctx.data.targets);
        const yearTarget = target?.value ?? null;
        const direction = target?.direction;
        const chance =
          yearTarget !== null && (direction === 'higher' || direction === 'lower')
            ? chanceOfTarget(p, yearTarget, direction)
            : null;
        return { ...p, yearTarget, chance };
      },
    }),
  );
}
