// The catalog's search and filters, read from the URL (`q`, `sector`, `frequency`, `level`, `source`): a search
// matches a code, a Vietnamese name with or without its diacritics, or an English name. Pure, for tests.
// Relative, not '@/…': the unit tests (root vitest config) load this module without the web's path alias.

import type { AdminLevel, Frequency, Source } from '@/gql/graphql';
import { ADMIN_LEVELS, FREQUENCIES, SOURCES } from '../../components/indicator/enumLabels';

export type CatalogFilter = {
  q?: string;
  sector?: string;
  frequency?: Frequency;
  level?: AdminLevel;
  source?: Source;
};

export type CatalogEntry = {
  code: string;
  name: string;
  nameEn: string;
  frequency: Frequency;
  levels: readonly AdminLevel[];
  levelAfterReform?: AdminLevel | null;
  source: Source;
};

type SearchParams = Record<string, string | string[] | undefined>;

const text = (v: string | string[] | undefined) => {
  const s = (Array.isArray(v) ? v[0] : v)?.trim();
  return s ? s : undefined;
};

const oneOf = <T extends string>(values: readonly T[], v: string | undefined): T | undefined =>
  values.find((x) => x === v?.toUpperCase());

/** The filter in a query string; values outside their enum are dropped (no filter rather than no result). */
export function catalogFilterFrom(params: SearchParams): CatalogFilter {
  return {
    q: text(params.q),
    sector: text(params.sector)?.toUpperCase(),
    frequency: oneOf(FREQUENCIES, text(params.frequency)),
    level: oneOf(ADMIN_LEVELS, text(params.level)),
    source: oneOf(SOURCES, text(params.source)),
  };
}

/** Lower case without diacritics: "Lượt khách Đà Lạt" and "luot khach da lat" fold to the same text. */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** The text a search looks through: code (also without underscores, as in `touVisitors`), both names. */
function haystack(i: CatalogEntry): string {
  return foldText(`${i.code} ${i.code.replaceAll('_', '')} ${i.name} ${i.nameEn}`);
}

/** Every word of the search must occur; each filter must hold (a level: the indicator exists at that level). */
export function matchesCatalogFilter(i: CatalogEntry, sector: string, f: CatalogFilter): boolean {
  if (f.sector && f.sector !== sector) return false;
  if (f.frequency && f.frequency !== i.frequency) return false;
  if (f.source && f.source !== i.source) return false;
  if (f.level && !i.levels.includes(f.level) && i.levelAfterReform !== f.level) return false;
  if (!f.q) return true;
  const words = foldText(f.q).split(/\s+/).filter(Boolean);
  const hay = haystack(i);
  return words.every((w) => hay.includes(w));
}

export const isFiltered = (f: CatalogFilter) => Boolean(f.q || f.sector || f.frequency || f.level || f.source);
