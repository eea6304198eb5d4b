// Synthetic but plausible demo observations for every input indicator, at its own level and frequency, in the edition
// valid for each period. Deterministic and pure: a value is a function of (seed, indicator, unit, period) only.
import { isoDate, parseIsoDate } from '@ioc/schema/calendar';
import type { Catalog } from '@ioc/schema/catalog';
import { type Frequency, type Period, parsePeriod } from '@ioc/schema/period';
import type { AdminUnit, Edition } from '@ioc/schema/units';
import type { ObservationInput } from '../domain/observation';
import { collectionLevel } from '../engine/engine';
import { buildEdition, type EditionData } from './editionData';
import type { Model, World } from './indicatorModel';
import { isMissing } from './missingReports';
import { buildModels } from './modelGraph';
import { type PeriodCtx, periodContext, periodsBetween } from './periodContext';
import { mix32 } from './random';
import { SeasonTable } from './seasonTable';

export interface DemoOptions {
  catalog: Catalog;
  editions: Edition[];
  /** First day of the demo, ISO date (default 2024-01-01): periods start on or after it. */
  from?: string;
  /** The demo's today, ISO date: only periods that ended on or before it (no partial current month). */
  to: string;
  seed?: number;
  /**
   * First day of the daily indicators (default: 365 days before `to`). Three years of daily commune data would be
   * about 10 million rows, so daily indicators cover only the last year unless asked otherwise.
   */
  dailyFrom?: string;
  /** Only these indicator codes (tests, partial seeding). */
  indicators?: string[];
}

export const DEMO_FROM = '2024-01-01';
export const DEMO_SEED = 2025;

interface PlanItem {
  model: Model;
  periods: PeriodCtx[];
  /** Per edition: the units (positions in the edition's units) the indicator is collected at. */
  levels: Map<EditionData, number[]>;
}

function buildPlan(options: DemoOptions): { items: PlanItem[] } {
  const { catalog, to } = options;
  const from = options.from ?? DEMO_FROM;
  const seedKey = mix32((options.seed ?? DEMO_SEED) ^ 0x5eed5eed);
  // Parsing validates the dates (a malformed one throws a PeriodError naming it).
  parsePeriod(from);
  const toN = parseIsoDate(parsePeriod(to).start);
  const dailyFrom = options.dailyFrom ?? isoDate(toN - 365);
  const dayStart = from.localeCompare(dailyFrom) < 0 ? dailyFrom : from;

  const wanted = options.indicators ? new Set(options.indicators) : undefined;
  const inputs = catalog.indicators.filter((i) => i.kind === 'input' && (!wanted || wanted.has(i.code)));
  const periodsByFreq = new Map<Frequency, Period[]>();
  for (const ind of inputs) {
    if (!periodsByFreq.has(ind.frequency)) {
      periodsByFreq.set(ind.frequency, periodsBetween(ind.frequency, ind.frequency === 'day' ? dayStart : from, to));
    }
  }
  const all = [...periodsByFreq.values()].flat();
  const firstYear = all.reduce((y, p) => Math.min(y, Number(p.start.slice(0, 4))), Number(to.slice(0, 4)));
  const seasons = new SeasonTable(firstYear, Number(to.slice(0, 4)));

  const sorted = [...options.editions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const newest = sorted[sorted.length - 1];
  const reference = newest ? newest.units.filter((u) => u.level === 'commune').length || 1 : 1;
  const world: World = { catalog, seedKey, seasons, reference };
  const editions = sorted.map((e) => buildEdition(e, seedKey, reference));
  const editionOn = (date: string): EditionData | undefined =>
    editions.find((e) => e.edition.validFrom <= date && (e.edition.validTo === null || date <= e.edition.validTo));
  const contexts = new Map<Frequency, PeriodCtx[]>();
  for (const [frequency, periods] of periodsByFreq) {
    contexts.set(
      frequency,
      periods.map((p) => periodContext(p, frequency, editionOn(p.end))),
    );
  }
  const models = buildModels(world);

  const items = inputs.map((ind) => {
    const model = models.get(ind.code) as Model;
    const since = ind.since ? parsePeriod(ind.since).start : undefined;
    const periods = (contexts.get(ind.frequency) ?? []).filter((p) => !since || p.end >= since);
    const levels = new Map<EditionData, number[]>();
    for (const ed of editions) levels.set(ed, ed.atLevel.get(collectionLevel(ind, ed.index)) ?? []);
    return { model, periods, levels };
  });
  return { items };
}

/**
 * Every observation of the demo, indicator by indicator, period by period (oldest first), unit by unit (by code).
 * Only complete periods between `from` and `to`; daily indicators from `dailyFrom` (default: 365 days before `to`).
 */
export function* generateDemoObservations(options: DemoOptions): Generator<ObservationInput> {
  for (const { model, periods, levels } of buildPlan(options).items) {
    const code = model.ind.code;
    for (const p of periods) {
      const ed = p.edition;
      if (!ed) continue;
      const units = levels.get(ed) ?? [];
      const s = model.reporter.statics(ed);
      for (const i of units) {
        const unit = ed.units[i] as AdminUnit;
        if (isMissing(unit.level, ed.cls[i] as number, s, i, p)) continue;
        yield { indicator: code, unit: unit.code, period: p.id, value: model.value(ed, i, p) };
      }
    }
  }
}

/** How many observations generateDemoObservations yields for the same options, without computing any value. */
export function countDemoObservations(options: DemoOptions): number {
  let count = 0;
  for (const { model, periods, levels } of buildPlan(options).items) {
    for (const p of periods) {
      const ed = p.edition;
      if (!ed) continue;
      const s = model.reporter.statics(ed);
      for (const i of levels.get(ed) ?? []) {
        if (!isMissing((ed.units[i] as AdminUnit).level, ed.cls[i] as number, s, i, p)) count++;
      }
    }
  }
  return count;
}
