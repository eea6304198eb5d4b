// The year-end projection of an indicator summed over time, drawn as the year's running total: a solid line for what
// is known, a dashed one from the last known point to the projected total, and the year's target as a line. Pure: the
// words and number formats come in with `locale`.
import type { Locale } from '@/lib/i18n';
// Relative, not '@/…': the unit tests load this module without the web's path alias.
import { formatNumber, formatPeriod } from '../../lib/format';
import { CHART_COLORS, CHART_FONT, type ChartOption } from './chartOption';

export type ProjectionPoint = { period: string; value?: number | null; projected: boolean };

export type ProjectionWords = { known: string; projected: string; target: string };

export function projectionOption({
  points,
  yearTarget,
  locale,
  words,
  compact,
}: {
  points: ProjectionPoint[];
  yearTarget: number | null;
  locale: Locale;
  words: ProjectionWords;
  compact: boolean;
}): ChartOption {
  const lastKnown = points.findLastIndex((p) => !p.projected);
  const known = points.map((p) => (p.projected ? null : (p.value ?? null)));
  // The projected line starts at the last known point, so the two lines meet.
  const projected = points.map((p, i) => (p.projected || i === lastKnown ? (p.value ?? null) : null));
  const line = (name: string, data: (number | null)[], color: string, dashed: boolean) => ({
    type: 'line' as const,
    name,
    data,
    connectNulls: false,
    showSymbol: true,
    symbolSize: dashed ? 4 : 5,
    lineStyle: { color, width: 2, type: dashed ? ('dashed' as const) : ('solid' as const) },
    itemStyle: { color },
  });
  const series = [
    line(words.known, known, CHART_COLORS.value, false),
    line(words.projected, projected, CHART_COLORS.projection, true),
  ];
  if (yearTarget !== null) {
    series.push({
      ...line(
        words.target,
        points.map(() => yearTarget),
        CHART_COLORS.target,
        true,
      ),
      showSymbol: false,
    });
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
      min: 0,
      axisLabel: { ...axisLabel, formatter: (v: number) => formatNumber(locale, v) },
      splitLine: { lineStyle: { color: CHART_COLORS.grid } },
    },
    series,
  };
}
