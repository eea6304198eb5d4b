// The state of a unit page, all of it in the URL so that any view can be shared: `period` or `asOf` (when), `sector`
// (which tab), `sort`/`dir` (the children table), `display=wall` and `cycle` (the meeting-room screen), `lang`.
import { type Locale, localeFrom } from '@/lib/i18n';

export type SortDir = 'asc' | 'desc';

export type UnitState = {
  /** A period (2024-12, 2025-Q3, 2025…): values aggregated to it. Wins over `asOf`. */
  period?: string;
  /** A day: each indicator at its own latest period ended by then. Neither: as of today. */
  asOf?: string;
  /** The sector tab as written in the URL (`tourism`, `public-services`); none: the key indicators of every sector. */
  sector?: string;
  sort?: string;
  dir?: SortDir;
  display?: 'wall';
  /** Seconds between sectors on the wall display. */
  cycle?: number;
  lang: Locale;
};

export const DEFAULT_CYCLE = 20;

type SearchParams = Record<string, string | string[] | undefined>;

const text = (v: string | string[] | undefined) => {
  const s = (Array.isArray(v) ? v[0] : v)?.trim();
  return s ? s : undefined;
};

/** Reads the state from the query string. Periods pass on as typed: the API checks them and says what is wrong. */
export function unitStateFrom(params: SearchParams): UnitState {
  const period = text(params.period);
  const dir = text(params.dir);
  const cycle = Number(text(params.cycle));
  return {
    period,
    asOf: period ? undefined : text(params.asOf),
    sector: text(params.sector)?.toLowerCase(),
    sort: text(params.sort),
    dir: dir === 'asc' || dir === 'desc' ? dir : undefined,
    display: text(params.display) === 'wall' ? 'wall' : undefined,
    // At least 2 s, so that a mistyped value cannot make a screen flicker.
    cycle: Number.isFinite(cycle) && cycle > 0 ? Math.max(2, Math.round(cycle)) : undefined,
    lang: localeFrom(params),
  };
}

/** The URL name of a sector: `TOURISM` -> `tourism`, `PUBLIC_SERVICES` -> `public-services`. */
export const sectorSlug = (code: string) => code.toLowerCase().replaceAll('_', '-');

/** The sector a URL names, if it is one of `codes`. */
export function sectorFromSlug<S extends string>(slug: string | undefined, codes: readonly S[]): S | undefined {
  return slug ? codes.find((c) => sectorSlug(c) === slug) : undefined;
}

/** The path of a unit's page: the province is the home page. */
export const unitPath = (code: string) => (code === '68' ? '/' : `/units/${code}`);

const ORDER = ['period', 'asOf', 'sector', 'sort', 'dir', 'display', 'cycle', 'lang'] as const;

/** The URL's query parameters for a state, in a fixed order; defaults (Vietnamese) are left out. */
export function stateParams(state: UnitState): [string, string][] {
  const params: [string, string][] = [];
  for (const key of ORDER) {
    const value = state[key];
    if (value === undefined || (key === 'lang' && value === 'vi')) continue;
    params.push([key, String(value)]);
  }
  return params;
}

/** A link to a unit's page with the state changed by `change` (a key set to undefined is dropped). */
export function unitHref(code: string, state: UnitState, change: Partial<UnitState> = {}): string {
  const query = new URLSearchParams(stateParams({ ...state, ...change })).toString();
  return query ? `${unitPath(code)}?${query}` : unitPath(code);
}
