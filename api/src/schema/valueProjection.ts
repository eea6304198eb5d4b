// IndicatorValue.projection: for a cumulative indicator (summed over time), where its year will end and the chance of
// reaching the year's target (see engine/projection.ts). Null for other indicators, and without an earlier year.
import type { ObjectRef } from '@pothos/core';
import type { IndicatorValue } from '../engine/indicatorValue';
import { type PathPoint, projectionPath } from '../engine/projection';
import { AT_RISK_BELOW, type YearOutlook, yearOutlook } from '../engine/yearOutlook';
import type { Builder, SchemaTypes } from './builder';

type Ref<T> = ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, T>;

interface Projected extends YearOutlook {
  path: () => PathPoint[];
}

export function addValueProjection(builder: Builder, refs: { IndicatorValue: Ref<IndicatorValue> }) {
  const PointRef = builder.objectRef<PathPoint>('ProjectionPoint').implement({
    description:
      'The year’s running total at the end of one period: known up to the projected period, expected after it.',
    fields: (t) => ({
      period: t.field({
        type: 'Period',
        description: 'The period (months for day and week indicators).',
        resolve: (p) => p.period.id,
      }),
      value: t.exposeFloat('value', {
        nullable: true,
        description: 'The year to date at the end of the period: the known total, or the projected one.',
      }),
      projected: t.exposeBoolean('projected', { description: 'True after the period projected from.' }),
    }),
  });
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
        description: `The chance (0 to 1) of reaching the year’s target; null without a target or for a range. Below ${AT_RISK_BELOW}, while the year is still running, the value's status is AT_RISK.`,
      }),
      path: t.field({
        type: [PointRef],
        description:
          'The year’s running total period by period, for a chart: known up to this period, then the projection spread by the share earlier years had reached by each later period, ending at the projected total.',
        resolve: (p) => p.path(),
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
        const where = {
          engine: ctx.data.engine,
          targets: ctx.data.targets,
          indicator: v.indicator,
          unit: v.unit,
          period: v.period,
        };
        const outlook = yearOutlook(where);
        return outlook && { ...outlook, path: () => projectionPath({ ...where, projection: outlook }) };
      },
    }),
  );
}
