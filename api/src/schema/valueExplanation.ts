// IndicatorValue.explanation: how a value was obtained (see engine/explainValue.ts), with the source and time of
// the stored observations behind an input's value. Each formula input is itself an IndicatorValue, so a client
// follows the chain down to the observations by asking for its explanation in turn.
import type { Indicator } from '@ioc/schema/catalog';
import type { Source } from '@ioc/schema/catalogSchema';
import { parsePeriod } from '@ioc/schema/period';
import type { ObjectRef } from '@pothos/core';
import { explainValue, type FormulaTerm, type UnitPart, type ValueExplanation } from '../engine/explainValue';
import type { IndicatorValue } from '../engine/indicatorValue';
import { type ObservationSource, readObservationSources } from '../store/observationSources';
import type { UnitInEdition } from '../units/unitDirectory';
import type { Builder, SchemaTypes } from './builder';
import type { Enums } from './enums';

type Ref<T> = ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, T>;

/** Beyond this many observations (units × periods) the sources are not read: a year of daily data by commune. */
export const MAX_SOURCED_OBSERVATIONS = 5_000;

/** One stored observation behind a unit's part: its period, source, author and time. */
type Origin = ObservationSource & { period: string };

interface Explained extends ValueExplanation {
  of: IndicatorValue;
  /** Stored observations behind each unit's part, by unit code; null when there were too many to read. */
  sources: Map<string, Origin[]> | null;
}

interface TermOf extends FormulaTerm {
  of: IndicatorValue;
}

interface PartOf extends UnitPart {
  of: IndicatorValue;
  sources: Origin[] | null;
}

export function addValueExplanation(
  builder: Builder,
  enums: Enums,
  refs: { IndicatorValue: Ref<IndicatorValue>; Indicator: Ref<Indicator>; AdminUnit: Ref<UnitInEdition> },
) {
  const How = builder.enumType('ExplanationKind', {
    description: 'How a value was obtained.',
    values: {
      FORMULA: { value: 'formula', description: 'A derived indicator: its formula over its inputs at the same unit.' },
      ROLLUP: {
        value: 'rollup',
        description: 'An input indicator: its observations rolled up over time, then over units.',
      },
      NOT_COLLECTED_AT_LEVEL: {
        value: 'not-collected-at-level',
        description: 'The indicator is not collected at (or below) this unit’s level: there is no value.',
      },
    },
  });

  const Term = builder.objectRef<TermOf>('FormulaTerm').implement({
    description:
      'One input of a formula as it was read: the indicator at the same unit over the period the formula asks for.',
    fields: (t) => ({
      indicator: t.field({
        type: refs.Indicator,
        description: 'The input indicator.',
        resolve: (x, _a, ctx) => ctx.data.engine.indicatorOf(x.code),
      }),
      period: t.field({ type: 'Period', description: 'lastYear() and prev() shift it.', resolve: (x) => x.period }),
      yearToDate: t.exposeBoolean('yearToDate', {
        description: 'ytd(X): X from the start of the year to the end of the period.',
      }),
      value: t.exposeFloat('value', { nullable: true, description: 'The value read; null when it is missing.' }),
      reporting: t.exposeInt('reporting', { description: 'Units reporting behind it.' }),
      expected: t.exposeInt('expected', { description: 'Units expected behind it.' }),
      input: t.field({
        type: refs.IndicatorValue,
        nullable: true,
        description: 'The input as a value of its own (with its explanation); null for a year-to-date term.',
        resolve: (x, _a, ctx) =>
          x.yearToDate ? null : ctx.data.valueOf(ctx.data.engine.indicatorOf(x.code), x.of.unit, parsePeriod(x.period)),
      }),
    }),
  });

  const Origin = builder.objectRef<Origin>('ObservationOrigin').implement({
    description: 'Where one stored observation came from.',
    fields: (t) => ({
      period: t.field({ type: 'Period', description: 'The period of the observation.', resolve: (o) => o.period }),
      source: t.field({
        type: enums.Source,
        description: 'Manual entry, file import or the national feed.',
        resolve: (o) => o.source as Source,
      }),
      recordedBy: t.exposeString('recordedBy', { description: 'A username, import:USER, national-feed or seed.' }),
      recordedAt: t.string({ description: 'ISO 8601, UTC.', resolve: (o) => o.recordedAt.toISOString() }),
    }),
  });

  const Part = builder.objectRef<PartOf>('UnitPart').implement({
    description: 'One unit at the collection level and its part of an input’s value.',
    fields: (t) => ({
      unit: t.field({
        type: refs.AdminUnit,
        description: 'The unit, in the edition of the value explained.',
        resolve: (p) => ({ unit: p.of.unit.edition.get(p.code) ?? p.of.unit.unit, edition: p.of.unit.edition }),
      }),
      value: t.exposeFloat('value', { nullable: true, description: 'Its periods rolled up by the time rule.' }),
      reportedPeriods: t.exposeInt('reportedPeriods', {
        description: 'Of the periods any unit reported, how many it did.',
      }),
      expectedPeriods: t.exposeInt('expectedPeriods', { description: 'The periods any unit reported.' }),
      crosswalkFrom: t.exposeStringList('crosswalkFrom', {
        description: 'Before the 2025 reform: the codes of the old units whose values were summed for it.',
      }),
      observations: t.field({
        type: [Origin],
        nullable: true,
        description: `Its stored observations with their source and time; null when the value rests on more than ${MAX_SOURCED_OBSERVATIONS} observations in all.`,
        resolve: (p) => p.sources,
      }),
    }),
  });

  const Explanation = builder.objectRef<Explained>('ValueExplanation').implement({
    description:
      'How a value was obtained: a formula with its inputs substituted, or a roll-up of observations over periods and units, with completeness, the units that did not report and the crosswalk of the 2025 reform.',
    fields: (t) => ({
      how: t.field({ type: How, description: 'Formula, roll-up, or no value at this level.', resolve: (e) => e.how }),
      formula: t.exposeString('formula', { nullable: true, description: 'The catalog formula (derived indicators).' }),
      substituted: t.exposeString('substituted', {
        nullable: true,
        description: 'The formula with each input replaced by the value read (∅ for a missing one).',
      }),
      terms: t.field({
        type: [Term],
        description: 'The formula’s inputs as read, in the order the formula reads them (derived indicators).',
        resolve: (e) => e.terms.map((x) => ({ ...x, of: e.of })),
      }),
      timeRule: t.field({
        type: enums.TimeAggregation,
        nullable: true,
        description: 'How the periods of each unit combine (input indicators).',
        resolve: (e) => e.timeRule,
      }),
      unitsRule: t.field({
        type: enums.UnitsAggregation,
        nullable: true,
        description: 'How the units combine (input indicators).',
        resolve: (e) => e.unitsRule,
      }),
      weight: t.field({
        type: refs.Indicator,
        nullable: true,
        description: 'For a weighted average: the indicator weighting the units.',
        resolve: (e, _a, ctx) => (e.weight ? ctx.data.engine.indicatorOf(e.weight) : null),
      }),
      collectionLevel: t.field({
        type: enums.AdminLevel,
        description: 'The level at which the indicator is collected in this unit’s edition.',
        resolve: (e) => e.collectionLevel,
      }),
      periods: t.field({
        type: ['Period'],
        description: 'The periods of the indicator’s own frequency rolled up.',
        resolve: (e) => e.periods,
      }),
      units: t.field({
        type: [Part],
        description: 'Every unit at the collection level under this one, with its part.',
        resolve: (e) =>
          e.units.map((u) => ({ ...u, of: e.of, sources: e.sources ? (e.sources.get(u.code) ?? []) : null })),
      }),
      notReporting: t.field({
        type: [refs.AdminUnit],
        description: 'Units at the collection level that did not report every period any unit reported.',
        resolve: (e) =>
          e.notReporting.map((code) => ({
            unit: e.of.unit.edition.get(code) ?? e.of.unit.unit,
            edition: e.of.unit.edition,
          })),
      }),
    }),
  });

  builder.objectField(refs.IndicatorValue, 'explanation', (t) =>
    t.field({
      type: Explanation,
      description:
        'How this value was obtained. Each formula input links to its own value and explanation; an input indicator lists every unit’s part with the source and time of its observations.',
      resolve: async (v, _a, ctx): Promise<Explained> => {
        const explained = explainValue(ctx.data.engine, v.indicator, v.unit, v.period);
        let sources: Explained['sources'] = null;
        const keys = explained.units.flatMap((u) =>
          explained.periods.map((period) => ({ indicator: v.indicator.code, unit: u.code, period })),
        );
        if (explained.how === 'rollup' && keys.length <= MAX_SOURCED_OBSERVATIONS) {
          const found = await readObservationSources({ em: ctx.data.db.em(), keys });
          sources = new Map();
          for (const key of keys) {
            const origin = found.get(`${key.indicator}|${key.unit}|${key.period}`);
            if (!origin) continue;
            const list = sources.get(key.unit) ?? [];
            list.push({ ...origin, period: key.period });
            sources.set(key.unit, list);
          }
        }
        return { ...explained, of: v, sources };
      },
    }),
  );
}
