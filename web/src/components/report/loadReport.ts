// The API's answers behind a quick report, as the signed-in reader (their session goes with every request, so an
// officer gets their own units only): the unit's values over the period, the alerts of the period, and the recent
// series of the key indicators charted. Three round trips at most, the last two side by side; alerts come in pages.

import type { OperationResult } from '@urql/core';
import { graphql } from '@/gql';
import type { IndicatorCode, ReportAlertsQuery } from '@/gql/graphql';
import { type ApiProblem, apiProblem } from '@/lib/apiError';
import { getClient } from '@/lib/urql';
import { chartIndicators, type ReportAlert, type ReportInput } from './reportModel';

const ReportValues = graphql(`
  query ReportValues($code: String!, $period: Period!) {
    unit(code: $code, period: $period) {
      code
      fullName
      level
      edition {
        name
      }
      values(period: $period) {
        indicator {
          code
          name
          nameEn
          sector
          unit
          key
        }
        value
        target
        targetLow
        targetHigh
        status
      }
    }
    sectors {
      code
      name
      nameEn
    }
  }
`);

const ReportSeries = graphql(`
  query ReportSeries($code: String!, $period: Period!, $indicators: [IndicatorCode!]!, $count: Int!) {
    unit(code: $code, period: $period) {
      values(period: $period, indicators: $indicators) {
        indicator {
          code
        }
        recent(count: $count) {
          period
          value
          target
          targetLow
          targetHigh
        }
      }
    }
  }
`);

const ReportAlerts = graphql(`
  query ReportAlerts($unit: String!, $period: Period!, $after: String) {
    alerts(unit: $unit, period: $period, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          unit {
            code
          }
          indicator {
            code
          }
          state
          raisedAt
          directive {
            message
            deadline
            state
            overdue
            agency
            issuedAt
            issuedBy {
              displayName
            }
          }
          events {
            kind
            message
            remedyPlan
            at
            author {
              displayName
            }
          }
        }
      }
    }
  }
`);

/** Periods drawn on each chart, ending with the report's period: a year of months, three years of quarters. */
export const CHART_PERIODS = 12;
/** Pages of 100 alerts read at most: the province's busiest year holds a few hundred. */
const MAX_ALERT_PAGES = 30;

export type LoadedReport =
  | { ok: true; input: ReportInput }
  | { ok: false; problem: ApiProblem | { code: 'NOT_FOUND'; message: string } };

async function loadAlerts(code: string, period: string): Promise<{ alerts: ReportAlert[] } | { problem: ApiProblem }> {
  const alerts: ReportAlert[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_ALERT_PAGES; page++) {
    const result: OperationResult<ReportAlertsQuery> = await getClient().query(ReportAlerts, {
      unit: code,
      period,
      after,
    });
    const problem = apiProblem(result.error);
    if (problem || !result.data) return { problem: problem ?? { code: 'NETWORK', message: 'no data' } };
    const { edges, pageInfo } = result.data.alerts;
    alerts.push(...edges.map((e) => e.node));
    if (!pageInfo.hasNextPage || !pageInfo.endCursor) break;
    after = pageInfo.endCursor;
  }
  return { alerts };
}

export async function loadReport(code: string, period: string, now = new Date()): Promise<LoadedReport> {
  // The first page of alerts does not depend on the values: both are asked at once.
  const [valuesResult, alertsResult] = await Promise.all([
    getClient().query(ReportValues, { code, period }),
    loadAlerts(code, period),
  ]);
  const problem = apiProblem(valuesResult.error);
  if (problem) return { ok: false, problem };
  const unit = valuesResult.data?.unit;
  if (!unit || !valuesResult.data) return { ok: false, problem: { code: 'NOT_FOUND', message: `no unit ${code}` } };
  if ('problem' in alertsResult) return { ok: false, problem: alertsResult.problem };

  const charted = chartIndicators(unit.values) as IndicatorCode[];
  const seriesResult = charted.length
    ? await getClient().query(ReportSeries, { code, period, indicators: charted, count: CHART_PERIODS })
    : null;
  const seriesProblem = apiProblem(seriesResult?.error);
  if (seriesProblem) return { ok: false, problem: seriesProblem };
  const recent = new Map((seriesResult?.data?.unit?.values ?? []).map((v) => [v.indicator.code, v.recent]));
  return {
    ok: true,
    input: {
      unit: { code: unit.code, fullName: unit.fullName, level: unit.level, edition: unit.edition },
      period,
      generatedAt: now.toISOString(),
      sectors: valuesResult.data.sectors,
      values: unit.values,
      alerts: alertsResult.alerts,
      // In the order chosen (sector order), each with its points.
      series: charted.map((c) => ({ code: c, points: recent.get(c) ?? [] })),
    },
  };
}
