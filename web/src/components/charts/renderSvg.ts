// ECharts' server-side rendering to an SVG string: the charts reach the browser as markup and cost it no JavaScript.
// Only the parts these charts use are registered (line, bar, grid, legend, mark line, the SVG renderer).
import 'server-only';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartOption } from './chartOption';

echarts.use([LineChart, BarChart, GridComponent, LegendComponent, MarkLineComponent, SVGRenderer]);

/** Renders one option at a fixed size; the instance is disposed at once (SSR keeps no state between requests). */
export function renderSvg(option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, ...option });
    // ecmeta_* attributes serve ECharts' client-side hydration, which these charts do not use: a quarter of the size.
    return chart.renderToSVGString().replace(/ ecmeta_[a-z_]+="[^"]*"/g, '');
  } finally {
    chart.dispose();
  }
}
