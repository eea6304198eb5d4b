// What the line charts over periods share: one line per series (solid for values, dashed for targets and projections)
// and the frame around them — legend on top, periods along x in the reader's format, numbers up y.
import type { Locale } from '@/lib/i18n';
// Relative, not '@/…': the unit tests load this module without the web's path alias.
import { formatNumber, formatPeriod } from '../../lib/format';
import { CHART_COLORS, CHART_FONT, type ChartOption } from './chartOption';

export const lineOf = (name: string, data: (number | null)[], color: string, dashed: boolean) => ({
  type: 'line' as const,
  name,
  data,
  connectNulls: false,
  showSymbol: !dashed,
  symbolSize: 5,
  lineStyle: { color, width: dashed ? 1.5 : 2, type: dashed ? ('dashed' as const) : ('solid' as const) },
  itemStyle: { color },
});

export type Line = ReturnType<typeof lineOf>;

export function periodLineChart({
  periods,
  series,
  locale,
  compact,
  fromZero = false,
}: {
  periods: string[];
  series: Line[];
  locale: Locale;
  compact: boolean;
  /** Start the value axis at 0 (a running total) rather than near the data. */
  fromZero?: boolean;
}): ChartOption {
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
      data: periods.map((p) => formatPeriod(locale, p)),
      axisLabel: { ...axisLabel, hideOverlap: true },
      axisLine: { lineStyle: { color: CHART_COLORS.axis } },
    },
    yAxis: {
      type: 'value',
      ...(fromZero ? { min: 0 } : { scale: true }),
      axisLabel: { ...axisLabel, formatter: (v: number) => formatNumber(locale, v) },
      splitLine: { lineStyle: { color: CHART_COLORS.grid } },
    },
    series,
  };
}
