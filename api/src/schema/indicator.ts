// The Indicator type (a catalog entry as clients see it) and the queries that return indicators.
import type { Catalog, Indicator } from '@ioc/schema/catalog';
import { ADMIN_LEVELS, type AdminLevel } from '@ioc/schema/units';
import { GraphQLError } from 'graphql';
import type { Builder } from './builder';
import type { Enums } from './enums';

export function addIndicator(builder: Builder, catalog: Catalog, enums: Enums) {
  const Aggregation = builder.objectRef<NonNullable<Indicator['aggregation']>>('Aggregation').implement({
    description: 'The roll-up rules of an input indicator.',
    fields: (t) => ({
      units: t.field({
        description: 'How values of units roll up to a larger unit: sum, average, weighted average, min or max.',
        type: enums.UnitsAggregation,
        resolve: (a) => a.units,
      }),
      time: t.field({
        description: 'How values of shorter periods roll up to a longer one: sum, average, last, first, min or max.',
        type: enums.TimeAggregation,
        resolve: (a) => a.time,
      }),
      weight: t.field({
        type: enums.IndicatorCode,
        nullable: true,
        description: 'With weightedAverage: the indicator that weighs each unit.',
        resolve: (a) => a.weight ?? null,
      }),
    }),
  });

  const Threshold = builder.objectRef<NonNullable<Indicator['threshold']>>('Threshold').implement({
    description: 'When a value meets its target (the default target; per-unit yearly targets are data).',
    fields: (t) => ({
      direction: t.field({
        description: 'Which way is better: HIGHER, LOWER, or RANGE (within low..high).',
        type: enums.Direction,
        resolve: (x) => x.direction,
      }),
      target: t.float({
        description:
          "The catalog's default target per period of the indicator's own frequency; units' yearly targets override it.",
        nullable: true,
        resolve: (x) => x.target ?? null,
      }),
      low: t.float({
        nullable: true,
        description: 'Lower end of the target range.',
        resolve: (x) => x.range?.[0] ?? null,
      }),
      high: t.float({
        nullable: true,
        description: 'Upper end of the target range.',
        resolve: (x) => x.range?.[1] ?? null,
      }),
      warning: t.float({
        nullable: true,
        description: 'Band next to the target that gives WARNING rather than NOT_ACHIEVED.',
        resolve: (x) => x.warning ?? null,
      }),
      alertOnWarning: t.boolean({
        description:
          'True when a WARNING raises an alert too (catalog `alert: warning`); a NOT_ACHIEVED value always raises one.',
        resolve: (x) => x.alert === 'warning',
      }),
    }),
  });

  const IndicatorRef = builder.objectRef<Indicator>('Indicator');
  IndicatorRef.implement({
    description: 'One catalog entry: an input indicator (collected) or a derived one (computed by its formula).',
    fields: (t) => ({
      code: t.expose('code', {
        description: 'The indicator code, stable across catalog versions (e.g. TOU_VISITORS).',
        type: enums.IndicatorCode,
      }),
      name: t.exposeString('name', { description: 'Tên chỉ tiêu (tiếng Việt).' }),
      nameEn: t.exposeString('nameEn', { description: 'English name.' }),
      sector: t.field({
        description: 'The sector (group of indicators) it belongs to.',
        type: enums.Sector,
        resolve: (i) => i.sector,
      }),
      unit: t.exposeString('unit', { description: 'Unit of measure (đơn vị tính).' }),
      frequency: t.field({
        description: 'How often it is collected or computed: DAY, WEEK, MONTH, QUARTER or YEAR.',
        type: enums.Frequency,
        resolve: (i) => i.frequency,
      }),
      levels: t.field({
        type: [enums.AdminLevel],
        description: 'The admin levels at which the indicator exists, coarsest first.',
        resolve: (i) => ADMIN_LEVELS.slice(0, ADMIN_LEVELS.indexOf(i.level) + 1),
      }),
      levelAfterReform: t.field({
        type: enums.AdminLevel,
        nullable: true,
        description: 'For a district-level indicator: where it is collected from 2025-07-01.',
        resolve: (i) => i.afterReform ?? null,
      }),
      derived: t.boolean({
        description:
          'True when computed by a formula from other indicators; false when collected (entered, imported or fed).',
        resolve: (i) => i.kind === 'derived',
      }),
      formula: t.string({
        description:
          'The formula of a derived indicator, in the catalog language (e.g. TOU_VISITORS_INTL / TOU_VISITORS * 100); null for an input.',
        nullable: true,
        resolve: (i) => i.formula?.text ?? null,
      }),
      inputs: t.field({
        type: [IndicatorRef],
        description: 'Indicators the formula reads.',
        resolve: (i) => i.inputs.map((c) => catalog.byCode.get(c) as Indicator),
      }),
      dependents: t.field({
        type: [IndicatorRef],
        description: 'Indicators whose formula reads this one.',
        resolve: (i) => i.dependents.map((c) => catalog.byCode.get(c) as Indicator),
      }),
      aggregation: t.field({
        description:
          'How its values roll up over units and time; null for a derived indicator, which recomputes its formula instead.',
        type: Aggregation,
        nullable: true,
        resolve: (i) => i.aggregation ?? null,
      }),
      threshold: t.field({
        description: 'Its default target and warning band; null when the catalog sets none.',
        type: Threshold,
        nullable: true,
        resolve: (i) => i.threshold ?? null,
      }),
      source: t.field({
        description: 'Where its values come from: MANUAL entry, file IMPORT, the NATIONAL_FEED, or a FORMULA.',
        type: enums.Source,
        resolve: (i) => i.source,
      }),
      bounds: t.floatList({
        nullable: true,
        description: 'Plausible [min, max] of one observation.',
        resolve: (i) => i.bounds ?? null,
      }),
      agency: t.exposeString('agency', { description: 'Cơ quan chịu trách nhiệm.' }),
      description: t.exposeString('description', { description: 'What it measures and how (Vietnamese).' }),
      key: t.exposeBoolean('key', { description: 'A key indicator of its sector, shown for each child unit.' }),
      deprecated: t.string({
        description: 'Why it is deprecated and what replaces it; null when in use.',
        nullable: true,
        resolve: (i) => i.deprecated ?? null,
      }),
    }),
  });

  builder.queryFields((t) => ({
    indicators: t.field({
      type: [IndicatorRef],
      description: 'Catalog indicators, optionally filtered by sector, frequency and the admin level they exist at.',
      args: {
        sector: t.arg({ type: enums.Sector }),
        frequency: t.arg({ type: enums.Frequency }),
        level: t.arg({ type: enums.AdminLevel }),
      },
      resolve: (_root, args) =>
        catalog.indicators.filter(
          (i) =>
            (!args.sector || i.sector === args.sector) &&
            (!args.frequency || i.frequency === args.frequency) &&
            (!args.level || ADMIN_LEVELS.indexOf(args.level as AdminLevel) <= ADMIN_LEVELS.indexOf(i.level)),
        ),
    }),
    indicator: t.field({
      type: IndicatorRef,
      description: 'One indicator of the catalog by its code.',
      args: { code: t.arg({ type: enums.IndicatorCode, required: true }) },
      resolve: (_root, { code }) => {
        const found = catalog.byCode.get(code);
        if (!found) throw new GraphQLError(`unknown indicator "${code}"`, { extensions: { code: 'BAD_USER_INPUT' } });
        return found;
      },
    }),
  }));
  return IndicatorRef;
}
