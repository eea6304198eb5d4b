// The ECharts option type of the charts this app draws: line and bar series on a grid, with legend and mark lines.
// Built from the parts registered in renderSvg.ts, so an option can only use what the server renders.
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption
>;

/** The palette of the charts: the app's accent for values, a neutral ink for targets, status colours for bars. */
export const CHART_COLORS = {
  value: '#0b4f6c',
  target: '#8c4a00',
  axis: '#57606a',
  grid: '#e1e4e8',
  achieved: '#1a7f37',
  warning: '#bf8700',
  notAchieved: '#cf222e',
  atRisk: '#bc4c00',
  projection: '#6639ba',
  neutral: '#6e7781',
} as const;

// Single quotes inside: ECharts writes the list into a double-quoted style attribute as it is, and a double quote
// there would end the attribute (browsers shrug; an XML parser such as the PDF report's drops the chart).
export const CHART_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
