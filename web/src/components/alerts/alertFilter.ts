// The state of the alerts inbox, all in the URL (a plain GET form): the unit whose subtree to show, sector, period,
// open or closed, overdue only, awaiting explanation only, and the page's cursor.
import type { AlertState, Sector } from '@/gql/graphql';
import { type Locale, localeFrom } from '../../lib/i18n';

export interface AlertFilter {
  unit?: string;
  sector?: Sector;
  period?: string;
  state?: AlertState;
  overdue: boolean;
  awaiting: boolean;
  after?: string;
  lang: Locale;
}

type SearchParams = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export const PAGE_SIZE = 25;

/** Reads the inbox's state from the query string; unknown values are dropped (the API checks the rest). */
export function alertFilterFrom(query: SearchParams): AlertFilter {
  const state = one(query.state);
  const sector = one(query.sector);
  return {
    unit: one(query.unit),
    sector: sector && /^[A-Z_]+$/.test(sector) ? (sector as Sector) : undefined,
    period: one(query.period),
    // Open alerts by default: the inbox is a to-do list; `state=all` shows both.
    state: state === 'CLOSED' ? 'CLOSED' : state === 'all' ? undefined : 'OPEN',
    overdue: one(query.overdue) === '1',
    awaiting: one(query.awaiting) === '1',
    after: one(query.after),
    lang: localeFrom(query),
  };
}

/** The API's arguments for a filter. */
export function alertVariables(filter: AlertFilter) {
  return {
    unit: filter.unit ?? null,
    sector: filter.sector ?? null,
    period: filter.period ?? null,
    state: filter.state ?? null,
    overdue: filter.overdue ? true : null,
    awaitingExplanation: filter.awaiting ? true : null,
    first: PAGE_SIZE,
    after: filter.after ?? null,
  };
}

/** The inbox's address for a filter (a change applied), e.g. the next page. */
export function alertsHref(filter: AlertFilter, change: Partial<AlertFilter> = {}): string {
  const f = { ...filter, ...change };
  const params = new URLSearchParams();
  if (f.unit) params.set('unit', f.unit);
  if (f.sector) params.set('sector', f.sector);
  if (f.period) params.set('period', f.period);
  if (f.state !== 'OPEN') params.set('state', f.state ?? 'all');
  if (f.overdue) params.set('overdue', '1');
  if (f.awaiting) params.set('awaiting', '1');
  if (f.after) params.set('after', f.after);
  if (f.lang === 'en') params.set('lang', 'en');
  const query = params.toString();
  return query ? `/alerts?${query}` : '/alerts';
}
