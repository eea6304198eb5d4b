// The bar chart of units for one indicator and period: one horizontal bar per unit, best first, coloured by status,
// with the target as a vertical line when every unit has the same one. Pure: words and formats come with `locale`.
import type { Status } from '@/gql/graphql';
import type { Locale } from '@/lib/i18n';
// Relative, not '@/…': the unit tests load this module without the web's path alias.
import { formatNumber } from '../../lib/format';
import { CHART_COLORS, CHART_FONT, type ChartOption } from './chartOption';

export type BarItem = { name: string; value: number; status: Status };

const STATUS_COLOR: Record<Status, string> = {
  ACHIEVED: CHART_COLORS.achieved,
  WARNING: CHART_COLORS.warning,
  NOT_ACHIEVED: CHART_COLORS.notAchieved,
  NO_DATA: CHART_COLORS.neutral,
  NO_TARGET: CHART_COLORS.value,
  AT_RISK: CHART_COLORS.atRisk,
};

/** Pixels per bar, and around them: the chart grows with the number of units. */
export const BAR_ROW = 18;
export const BAR_MARGIN = 48;

export function barHeight(count: number): number {
  return BAR_MARGIN + Math.max(count, 1) * BAR_ROW;
}

export function barOption({
  items,
  target,
  targetLabel,
  locale,
  compact,
}: {
  items: BarItem[];
  target: number | null;
  targetLabel: string;
  locale: Locale;
  compact: boolean;
}): ChartOption {
  const axisLabel = { color: CHART_COLORS.axis, fontFamily: CHART_FONT, fontSize: compact ? 10 : 12 };
  return {
    textStyle: { fontFamily: CHART_FONT },
    grid: {
      top: 24,
      left: 8,
      right: compact ? 16 : 32,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'value',
      position: 'top',
      axisLabel: { ...axisLabel, hideOverlap: true, formatter: (v: number) => formatNumber(locale, v) },
      splitLine: { lineStyle: { color: CHART_COLORS.grid } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: items.map((i) => i.name),
      axisLabel: { ...axisLabel, interval: 0, width: compact ? 110 : 200, overflow: 'truncate' },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: CHART_COLORS.axis } },
    },
    series: [
      {
        type: 'bar',
        barCategoryGap: '25%',
        data: items.map((i) => ({ value: i.value, itemStyle: { color: STATUS_COLOR[i.status] } })),
        markLine:
          target === null
            ? undefined
            : {
                silent: true,
                symbol: 'none',
                lineStyle: { color: CHART_COLORS.target, type: 'dashed', width: 1.5 },
                label: {
                  formatter: `${targetLabel} ${formatNumber(locale, target)}`,
                  color: CHART_COLORS.target,
                  fontFamily: CHART_FONT,
                },
                data: [{ xAxis: target }],
              },
      },
    ],
  };
}
