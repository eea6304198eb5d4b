// The URL state of an indicator page and its defaults: `unit`, `from`, `to` choose the series; `level`, `period`
// choose the ranking and the bar chart; `lang` the language. Pure, so the defaults are tested without a server.
import type { AdminLevel } from '@/gql/graphql';
import { lastDayOf, periodsEndingAt } from './periods';

export type IndicatorView = { unit?: string; from?: string; to?: string; level?: AdminLevel; period?: string };

/** How many periods a series shows when the URL names no range. */
export const DEFAULT_SERIES_LENGTH = 24;

type SearchParams = Record<string, string | string[] | undefined>;

const text = (v: string | string[] | undefined) => {
  const s = (Array.isArray(v) ? v[0] : v)?.trim();
  return s ? s : undefined;
};

const LEVELS: readonly AdminLevel[] = ['PROVINCE', 'DISTRICT', 'COMMUNE'];

/**
 * Reads the view from the query string. Periods and unit codes are passed on as typed: the API checks them and its
 * message says what is wrong; a level outside the enum is dropped (the default applies).
 */
export function indicatorViewFrom(params: SearchParams): IndicatorView {
  const level = text(params.level)?.toUpperCase();
  return {
    unit: text(params.unit),
    from: text(params.from),
    to: text(params.to),
    level: LEVELS.find((l) => l === level),
    period: text(params.period),
  };
}

/** The series range: the URL's, completed with the last 24 periods up to the latest one with a value. */
export function seriesRange(view: IndicatorView, latest: string | null): { from: string; to: string } | null {
  const to = view.to ?? latest;
  if (!to) return null;
  if (view.from) return { from: view.from, to };
  return periodsEndingAt(to, DEFAULT_SERIES_LENGTH) ?? { from: to, to };
}

export type EditionLevels = { id: string; levels: AdminLevel[]; validFrom: string; validTo?: string | null };

/** The edition of the hierarchy a period is reported in: the one valid on its last day. */
export function editionOf<E extends EditionLevels>(period: string, editions: readonly E[]): E | undefined {
  const day = lastDayOf(period);
  if (!day) return undefined;
  return editions.find((e) => e.validFrom <= day && (!e.validTo || day <= e.validTo));
}

/**
 * The levels below the province at which an indicator can be ranked in an edition, coarsest first. A district-level
 * indicator is collected from the 2025 reform at its `levelAfterReform`, in an edition without districts.
 */
export function rankingLevels(
  indicator: { levels: readonly AdminLevel[]; levelAfterReform?: AdminLevel | null },
  editionLevels: readonly AdminLevel[],
): AdminLevel[] {
  const levels = new Set<AdminLevel>();
  for (const level of indicator.levels) {
    if (editionLevels.includes(level)) levels.add(level);
    else if (indicator.levelAfterReform && editionLevels.includes(indicator.levelAfterReform)) {
      levels.add(indicator.levelAfterReform);
    }
  }
  levels.delete('PROVINCE');
  return editionLevels.filter((l) => levels.has(l));
}

/** The ranking's period and level: the URL's, else the latest period and the finest level of its edition. */
export function rankingChoice(
  view: IndicatorView,
  indicator: { levels: readonly AdminLevel[]; levelAfterReform?: AdminLevel | null },
  editions: readonly EditionLevels[],
  latest: string | null,
): { period: string; level: AdminLevel | null; levels: AdminLevel[] } | null {
  const period = view.period ?? latest;
  if (!period) return null;
  const edition = editionOf(period, editions);
  const levels = rankingLevels(indicator, edition?.levels ?? LEVELS);
  return { period, level: view.level ?? levels[levels.length - 1] ?? null, levels };
}
