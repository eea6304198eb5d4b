// IndicatorValue.projection: where the indicator's year will end and the chance of reaching the year's target (see
// engine/projection.ts): by the seasonal pattern of earlier years for an input, by its formula for a derived one.
import type { ObjectRef } from '@pothos/core';
import type { IndicatorValue } from '../engine/indicatorValue';
import { type PathPoint, type ProjectionMethod, projectionPath } from '../engine/projection';
import { AT_RISK_BELOW, type YearOutlook, yearOutlook } from '../engine/yearOutlook';
import type { Builder, SchemaTypes } from './builder';

type Ref<T> = ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, T>;

interface Projected extends YearOutlook {
  path: () => PathPoint[];
}

export function addValueProjection(builder: Builder, refs: { IndicatorValue: Ref<IndicatorValue> }) {
  const Method = builder.enumType('ProjectionMethod', {
    description: 'How a year-end projection was made.',
    values: {
      RUNNING_TOTAL: {
        value: 'RUNNING_TOTAL' satisfies ProjectionMethod,
        description:
          'An indicator summed over time: its running total divided by the share of their year earlier years had reached by the same point.',
      },
      SEASONAL_RATIO: {
        value: 'SEASONAL_RATIO' satisfies ProjectionMethod,
        description:
          'An indicator averaged over time, or read at its latest period: its mean so far (or latest value) divided by the ratio of the same to the year’s value in earlier years by the same point.',
      },
      FORMULA: {
        value: 'FORMULA' satisfies ProjectionMethod,
        description:
          'A derived indicator: its formula on the year, with each input’s year replaced by that input’s own projection; the error propagated from the inputs’ (taken as independent).',
      },
    } as const,
  });
  const PointRef = builder.objectRef<PathPoint>('ProjectionPoint').implement({
    description:
      'The year so far at the end of one period: known up to the projected period, expected after it (a formula’s path has only its year-end point expected).',
    fields: (t) => ({
      period: t.field({
        type: 'Period',
        description: 'The period (months for day and week indicators).',
        resolve: (p) => p.period.id,
      }),
      value: t.exposeFloat('value', {
        nullable: true,
        description:
          'Known: the year so far at the end of the period (running total, mean so far or latest value; a formula’s own value). Expected: the projection times the ratio earlier years had reached by then; null where a formula has none.',
      }),
      projected: t.exposeBoolean('projected', { description: 'True after the period projected from.' }),
    }),
  });
  const ProjectionRef = builder.objectRef<Projected>('YearEndProjection').implement({
    description:
      'Where an indicator’s year will end, from the year so far and the pattern of earlier years (see method), with the projection’s standard error.',
    fields: (t) => ({
      method: t.field({ type: Method, description: 'How the projection was made.', resolve: (p) => p.method }),
      value: t.exposeFloat('value', { description: 'The year’s projected value (a total, for a sum over time).' }),
      toDate: t.exposeFloat('toDate', {
        description:
          'What is known at the end of the period: the running total (RUNNING_TOTAL), the mean so far or latest value (SEASONAL_RATIO), the indicator’s own value at the period (FORMULA).',
      }),
      seasonalShare: t.exposeFloat('seasonalShare', {
        description:
          'The mean ratio of toDate to the year’s value that earlier years had by the same point (for a sum: the share of the year’s total reached); for FORMULA, toDate / value (1 for a projection of 0).',
      }),
      years: t.exposeStringList('years', {
        description: 'The earlier years the pattern was read from (for FORMULA, its projected inputs’), newest first.',
      }),
      relativeError: t.exposeFloat('relativeError', {
        description:
          'The projection’s standard error over its value: at least 0.05 for RUNNING_TOTAL and 0.02 for SEASONAL_RATIO, 0.1 from a single earlier year; for FORMULA, propagated from its inputs’. 0 for a projection of 0.',
      }),
      standardError: t.exposeFloat('standardError', {
        description: 'The projection’s standard error, in the indicator’s unit of measure.',
      }),
      yearTarget: t.exposeFloat('yearTarget', { nullable: true, description: 'The target for the whole year.' }),
      chance: t.exposeFloat('chance', {
        nullable: true,
        description: `The chance (0 to 1) of reaching the year’s target; null without a target or for a range. Below ${AT_RISK_BELOW}, while the year is still running, the value's status is AT_RISK.`,
      }),
      path: t.field({
        type: [PointRef],
        description:
          'The year period by period (months for day and week indicators), for a chart: known up to this period, then the projection spread by the ratio earlier years had reached by each later period, ending at the projection.',
        resolve: (p) => p.path(),
      }),
    }),
  });

  builder.objectField(refs.IndicatorValue, 'projection', (t) =>
    t.field({
      type: ProjectionRef,
      nullable: true,
      description:
        'At a period inside its year, for an indicator summed, averaged or read at its latest period over time, or derived by a formula: the year-end projection and the chance of reaching the year’s target. Null for a yearly indicator, without an earlier year to learn from, or where the year so far was read only in part through the 2025 crosswalk.',
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
