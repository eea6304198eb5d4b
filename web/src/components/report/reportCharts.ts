// The report's charts as SVG, drawn once by ECharts on the server and used as they are by the print page and the
// PDF (through svg-to-pdfkit), so both show the same picture.
import 'server-only';
import { renderSvg } from '../charts/renderSvg';
import { REPORT_CHART_SIZE, reportChartOption } from './reportChartOption';
import type { Report } from './reportModel';

/** One SVG per chart of the report, in its order. */
export function renderReportCharts(report: Report): string[] {
  return report.charts.map((chart) =>
    renderSvg(reportChartOption(chart, report.locale), REPORT_CHART_SIZE.width, REPORT_CHART_SIZE.height),
  );
}
