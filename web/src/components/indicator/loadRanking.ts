// The units of one level with the indicator's value over one period: ONE query for all the units (units(level) with
// value(indicator, period) on each), shared through React's cache by the ranking table and the bar chart.
import 'server-only';
import { cache } from 'react';
import { graphql } from '@/gql';
import type { AdminLevel, IndicatorCode, IndicatorRankingQuery } from '@/gql/graphql';
import { getClient } from '@/lib/urql';
import { type Ranked, rankUnits } from './rankUnits';

const rankingQuery = graphql(`
  query IndicatorRanking($code: IndicatorCode!, $level: AdminLevel!, $period: Period!) {
    indicator(code: $code) {
      code
      unit
      threshold {
        direction
      }
    }
    units(level: $level, period: $period) {
      code
      name
      fullName
      value(indicator: $code, period: $period) {
        value
        target
        targetLow
        targetHigh
        status
      }
    }
  }
`);

type Unit = IndicatorRankingQuery['units'][number];

export type RankingRow = Ranked<{
  code: string;
  name: string;
  fullName: string;
  value: number | null;
  target: number | null;
  targetLow: number | null;
  targetHigh: number | null;
  status: Unit['value']['status'];
}>;

export type Ranking = { unit: string; rows: RankingRow[] } | { error: string };

export const loadRanking = cache(async (code: string, level: AdminLevel, period: string): Promise<Ranking> => {
  const result = await getClient().query(rankingQuery, { code: code as IndicatorCode, level, period });
  if (!result.data) {
    return { error: result.error?.graphQLErrors[0]?.message ?? result.error?.message ?? 'no answer' };
  }
  const rows = result.data.units.map((u) => ({
    code: u.code,
    name: u.name,
    fullName: u.fullName,
    value: u.value.value ?? null,
    target: u.value.target ?? null,
    targetLow: u.value.targetLow ?? null,
    targetHigh: u.value.targetHigh ?? null,
    status: u.value.status,
  }));
  return { unit: result.data.indicator.unit, rows: rankUnits(rows, result.data.indicator.threshold?.direction) };
});
