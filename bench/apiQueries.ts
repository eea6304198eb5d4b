// What the GraphQL API benchmark asks of each server: the dashboard query of our API, the equivalent PostGraphile
// query over the raw observations table and the SQL baseline's request, for the province and for one commune.
import type { Catalog } from '@ioc/schema/catalog';
import { isCoarserOrEqual } from '@ioc/schema/period';

/** The province (Lâm Đồng) and a commune of the current edition (Lâm Viên - Đà Lạt). */
export const PROVINCE = '68';
export const COMMUNE = '24778';

/** The children's columns: monthly indicators collected per commune, summed over units and time. */
export const KEY_INDICATORS = ['TOU_VISITORS', 'ENT_NEW', 'HEA_OUTPATIENT_VISITS', 'JUS_CRIMES'] as const;

export type Subject = 'province' | 'commune';
export const SUBJECTS: readonly Subject[] = ['province', 'commune'];
export const subjectCode = (subject: Subject) => (subject === 'province' ? PROVINCE : COMMUNE);

/** An HTTP request as autocannon sends it. */
export interface HttpRequest {
  path: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

const graphqlPost = (query: string): HttpRequest => ({
  path: '/graphql',
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query }),
});

/** Our API: the unit's values over the month (indicators collected at least monthly), then its children's key values. */
export function apiQuery(code: string, month: string): string {
  return (
    `{ unit(code: "${code}") { code name values(period: "${month}") { indicator { code } value target status } ` +
    `children { code name values(period: "${month}", indicators: [${KEY_INDICATORS.join(', ')}]) { value status } } } }`
  );
}

export const apiRequest = (code: string, month: string) => graphqlPost(apiQuery(code, month));

/**
 * PostGraphile over the raw table: PostGraphile 4 conditions are equalities only (no IN, no aggregates without a
 * plugin), so the province asks for every observation of the month (a client would sum them; all of them belong to the
 * province's units, checked by the benchmark) and a commune for its own observations of the month.
 */
export function postgraphileQuery(code: string, month: string): string {
  if (code === PROVINCE)
    return `{ allObservations(condition: { period: "${month}" }) { nodes { indicator unit value } } }`;
  return `{ allObservations(condition: { unit: "${code}", period: "${month}" }) { nodes { indicator unit value } } }`;
}

export const postgraphileRequest = (code: string, month: string) => graphqlPost(postgraphileQuery(code, month));

export const sqlRequest = (code: string, month: string): HttpRequest => ({
  path: `/dashboard?unit=${code}&period=${month}`,
  method: 'GET',
});

/** The codes of the indicators collected at least monthly: those `values(period: <month>)` returns. */
export function monthlyIndicators(catalog: Catalog): string[] {
  return catalog.indicators.filter((i) => isCoarserOrEqual('month', i.frequency)).map((i) => i.code);
}
