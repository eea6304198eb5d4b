// The line chart of an indicator over time for one unit: its values and, where there is one, its target (a line for
// a single target, two for a target range). Pure: the words and number formats come in with `locale`.
// Relative, not '@/…': the unit tests load this module without the web's path alias.

import type { Locale } from '@/lib/i18n';
import { formatNumber, formatPeriod } from '../../lib/format';
import { CHART_COLORS, CHART_FONT, type ChartOption } from './chartOption';

export type SeriesPoint = {
  period: string;
  value?: number | null;
  target?: number | null;
  targetLow?: number | null;
  targetHigh?: number | null;
};

export type SeriesWords = { value: string; target: string; targetLow: string; targetHigh: string };

const hasAny = (points: SeriesPoint[], key: keyof SeriesPoint) =>
  points.some((p) => p[key] !== null && p[key] !== undefined);

const lineOf = (name: string, data: (number | null)[], color: string, dashed: boolean) => ({
  type: 'line' as const,
  name,
  data,
  connectNulls: false,
  showSymbol: !dashed,
  symbolSize: 5,
  lineStyle: { color, width: dashed ? 1.5 : 2, type: dashed ? ('dashed' as const) : ('solid' as const) },
  itemStyle: { color },
});

export function seriesOption({
  points,
  locale,
  words,
  compact,
}: {
  points: SeriesPoint[];
  locale: Locale;
  words: SeriesWords;
  compact: boolean;
}): ChartOption {
  const series = [
    lineOf(
      words.value,
      points.map((p) => p.value ?? null),
      CHART_COLORS.value,
      false,
    ),
  ];
  if (hasAny(points, 'target')) {
    series.push(
      lineOf(
        words.target,
        points.map((p) => p.target ?? null),
        CHART_COLORS.target,
        true,
      ),
    );
  }
  if (hasAny(points, 'targetLow')) {
    series.push(
      lineOf(
        words.targetLow,
        points.map((p) => p.targetLow ?? null),
        CHART_COLORS.target,
        true,
      ),
    );
  }
  if (hasAny(points, 'targetHigh')) {
    series.push(
      lineOf(
        words.targetHigh,
        points.map((p) => p.targetHigh ?? null),
        CHART_COLORS.target,
        true,
      ),
    );
  }
  const axisLabel = { color: CHART_COLORS.axis, fontFamily: CHART_FONT, fontSize: compact ? 11 : 12 };
  return {
    textStyle: { fontFamily: CHART_FONT },
    legend: { top: 0, left: 0, textStyle: { color: CHART_COLORS.axis, fontFamily: CHART_FONT } },
    grid: {
      top: 36,
      left: 8,
      right: compact ? 12 : 24,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: points.map((p) => formatPeriod(locale, p.period)),
      axisLabel: { ...axisLabel, hideOverlap: true },
      axisLine: { lineStyle: { color: CHART_COLORS.axis } },
    },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { ...axisLabel, formatter: (v: number) => formatNumber(locale, v) },
      splitLine: { lineStyle: { color: CHART_COLORS.grid } },
    },
    series,
  };
}
