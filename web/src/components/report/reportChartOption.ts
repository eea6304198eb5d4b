// The option of one report chart: the indicator's series with its target, as on the indicator page, at one size
// that fits half an A4 page's width. Pure, so the unit tests can draw it without the server's renderer.
import type { Locale } from '../../lib/i18n';
import { seriesOption } from '../charts/seriesOption';
import type { ReportChart } from './reportModel';
import { reportWords } from './reportWords';

/** Pixels of the drawn SVG: two charts side by side across an A4 page. */
export const REPORT_CHART_SIZE = { width: 520, height: 260 };

export function reportChartOption(chart: ReportChart, locale: Locale) {
  const m = reportWords(locale);
  const words = { value: m.value, target: m.target, targetLow: m.targetLow, targetHigh: m.targetHigh };
  return seriesOption({ points: chart.points, locale, words, compact: false });
}
