// What the GraphQL API benchmark asks of each server: the province dashboard of our API (every indicator at its latest
// period as of a day, and the children's status counts), the SQL baseline's request and the nearest PostGraphile query
// over the raw observations table, for the province and for one commune.
import type { Catalog } from '@ioc/schema/catalog';
import { FREQUENCIES, type Frequency, type Period, periodOf, previous } from '@ioc/schema/period';

/** The province (Lâm Đồng) and a commune of the current edition (Lâm Viên - Đà Lạt). */
export const PROVINCE = '68';
export const COMMUNE = '24778';

export type Subject = 'province' | 'commune';
export const SUBJECTS: readonly Subject[] = ['province', 'commune'];
export const subjectCode = (subject: Subject) => (subject === 'province' ? PROVINCE : COMMUNE);

/** One period id per frequency. */
export type PeriodIds = Record<Frequency, string>;

/** The names the report gives each frequency's latest period in the query texts. */
export const PERIOD_LABELS: PeriodIds = { day: 'D', week: 'W', month: 'M', quarter: 'Q', year: 'Y' };

/**
 * Each frequency's latest period ending on or before `day` (YYYY-MM-DD): what api/src/engine/latestPeriod.ts picks for
 * an indicator of that frequency as of that day, before its fall-back to the period before when the latest has no value.
 */
export function latestEndedPeriods(day: string): Record<Frequency, Period> {
  const out = {} as Record<Frequency, Period>;
  for (const frequency of FREQUENCIES) {
    const containing = periodOf(day, frequency);
    out[frequency] = containing.end <= day ? containing : previous(containing);
  }
  return out;
}

export const periodIds = (periods: Record<Frequency, Period>): PeriodIds =>
  Object.fromEntries(FREQUENCIES.map((f) => [f, periods[f].id])) as PeriodIds;

/** The input (collected, not derived) indicators: the only ones with stored observations. */
export function inputIndicators(catalog: Catalog): Catalog['indicators'] {
  return catalog.indicators.filter((i) => i.kind === 'input');
}

/** An HTTP request as autocannon sends it. */
export interface HttpRequest {
  path: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

const graphqlPost = (query: string, token?: string): HttpRequest => ({
  path: '/graphql',
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify({ query }),
});

/**
 * Our API: the dashboard as of `day` (a day, YYYY-MM-DD): every indicator of the unit at its own latest period, with
 * target and status, then each child's count of values by status.
 */
export function apiQuery(code: string, day: string): string {
  return (
    `{ unit(code: "${code}") { code name latestValues(asOf: "${day}") { indicator { code } period value target status } ` +
    `children { code name statusCounts(asOf: "${day}") { achieved warning notAchieved noData noTarget } } } }`
  );
}

/** Our API's dashboard request, signed in with a bearer token (values need a signed-in user). */
export const apiRequest = (code: string, day: string, token: string) => graphqlPost(apiQuery(code, day), token);

/**
 * PostGraphile over the raw table: PostGraphile 4 conditions are equalities only (no IN, no aggregates without a
 * plugin), so the province asks, in one request, for every observation of each frequency's latest period, one alias per
 * frequency (a client would sum them itself; all of them belong to the province's units, checked by the benchmark), and
 * a commune for its own observations of those periods.
 */
export function postgraphileQuery(code: string, periods: PeriodIds): string {
  const unit = code === PROVINCE ? '' : `unit: "${code}", `;
  const aliases = FREQUENCIES.map(
    (f) => `${f}: allObservations(condition: { ${unit}period: "${periods[f]}" }) { nodes { indicator unit value } }`,
  );
  return `{ ${aliases.join(' ')} }`;
}

export const postgraphileRequest = (code: string, periods: PeriodIds) => graphqlPost(postgraphileQuery(code, periods));

export const sqlRequest = (code: string, day: string): HttpRequest => ({
  path: `/dashboard?unit=${code}&asOf=${day}`,
  method: 'GET',
});
