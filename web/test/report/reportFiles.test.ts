// The report's files on hand-made data, read back as their readers would: the CSV parsed (BOM, columns, rows), the
// XLSX opened with exceljs (sheets, number cells, frozen header), the PDF's text extracted with pdfjs-dist.
import { parse } from 'csv-parse/sync';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { pdfPages } from '../../../e2e/pdfText';
import { REPORT_CHART_SIZE, reportChartOption } from '../../src/components/report/reportChartOption';
import { CSV_COLUMNS, renderReportCsv } from '../../src/components/report/reportCsv';
import { buildReport } from '../../src/components/report/reportModel';
import { renderReportPdf } from '../../src/components/report/reportPdf';
import { reportFileName } from '../../src/components/report/reportText';
import { renderReportXlsx } from '../../src/components/report/reportXlsx';
import { FIXTURE } from './reportFixture';

const report = buildReport(FIXTURE, 'vi');

/** The charts as the server draws them (renderSvg.ts, which only loads in Next's server build). */
function chartSvgs(): string[] {
  echarts.use([LineChart, BarChart, GridComponent, LegendComponent, MarkLineComponent, SVGRenderer]);
  return report.charts.map((c) => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...REPORT_CHART_SIZE });
    chart.setOption({ animation: false, ...reportChartOption(c, 'vi') });
    const svg = chart.renderToSVGString();
    chart.dispose();
    return svg;
  });
}

describe('the report files', () => {
  it('are named for the unit and period', () => {
    expect(reportFileName('68', '2025-06', 'pdf')).toBe('bao-cao-nhanh-68-2025-06.pdf');
  });

  it('CSV: UTF-8 with a BOM, the stated columns, a row per count, value not achieved and charted period', () => {
    const csv = renderReportCsv(report);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
    expect(rows[0]).toMatchObject({ part: 'about', unit: '68', period: '2025-06', name: 'Tỉnh Lâm Đồng' });
    expect(rows[0]?.detail).toContain('Dữ liệu minh họa');
    const count = (sector: string, status: string) =>
      rows.find((r) => r.part === 'status_count' && r.sector === sector && r.status === status)?.value;
    expect(count('Y tế', 'NO_DATA')).toBe('1');
    expect(count('Tất cả lĩnh vực', 'NOT_ACHIEVED')).toBe('2');
    const missed = rows.filter((r) => r.part === 'not_achieved');
    expect(missed.map((r) => [r.indicator, r.value, r.target, r.unit_of_measure])).toEqual([
      ['TOU_OCCUPANCY', '41.25', '55', '%'],
      ['HEA_WAIT', '31.5', '9.5–25', '%'],
    ]);
    expect(missed[0]?.detail).toContain('Giải trình nguyên nhân công suất phòng thấp');
    expect(missed[0]?.detail).toContain('Mưa kéo dài (Sở VHTTDL, 03/07/2025 09:00) — Bị trả lại');
    expect(rows.filter((r) => r.part === 'series').map((r) => [r.indicator, r.period, r.value])).toEqual([
      ['TOU_OCCUPANCY', '2025-05', '50'],
      ['TOU_OCCUPANCY', '2025-06', '41.25'],
      ['HEA_WAIT', '2025-05', '20'],
      ['HEA_WAIT', '2025-06', '31.5'],
    ]);
  });

  it('XLSX: one sheet per part, figures in number cells, the header frozen', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderReportXlsx(report)) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Thông tin',
      'Tình trạng theo lĩnh vực',
      'Chỉ tiêu không đạt',
      'Chuỗi số liệu',
    ]);
    const statuses = book.getWorksheet('Tình trạng theo lĩnh vực');
    expect(statuses?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(statuses?.getRow(1).values).toEqual([
      undefined,
      'Lĩnh vực',
      'Đạt',
      'Cảnh báo',
      'Có nguy cơ không đạt',
      'Không đạt',
      'Chưa có số liệu',
      'Chưa giao chỉ tiêu',
      'Tổng số',
    ]);
    expect(statuses?.getRow(3).values).toEqual([undefined, 'Y tế', 1, 0, 0, 1, 1, 0, 3]);
    expect(statuses?.getRow(4).values).toEqual([undefined, 'Tất cả lĩnh vực', 2, 1, 0, 2, 1, 1, 7]);
    const missed = book.getWorksheet('Chỉ tiêu không đạt');
    expect(missed?.getCell('A2').value).toBe('TOU_OCCUPANCY');
    expect(missed?.getCell('D2').value).toBe(41.25);
    expect(missed?.getCell('E2').value).toBe(55);
    expect(missed?.getCell('F3').value).toBe(9.5);
    expect(missed?.getCell('G3').value).toBe(25);
    expect(missed?.getColumn(2).width).toBe(44);
    expect(String(missed?.getCell('M2').value)).toContain('Được chấp nhận');
    expect(book.getWorksheet('Chuỗi số liệu')?.getCell('D3').value).toBe(41.25);
    expect(String(book.getWorksheet('Thông tin')?.getCell('B7').value)).toContain('Dữ liệu minh họa');
  });

  it('PDF: Vietnamese text as written, the counts, the thread, and a page of charts', async () => {
    // Lines wrapped in table cells read as one run of words.
    const pages = (await pdfPages(await renderReportPdf(report, chartSvgs()))).map((p) => p.replace(/\s+/g, ' '));
    expect(pages.length).toBe(2);
    const [first = '', charts = ''] = pages;
    expect(first).toContain('Báo cáo nhanh: Tỉnh Lâm Đồng — Tháng 06/2025');
    expect(first).toContain('Dữ liệu minh họa, tổng hợp ngẫu nhiên');
    expect(first).toContain('Thời điểm lập: 02/07/2025 10:04');
    expect(first).toContain('Chỉ tiêu TOU_OCCUPANCY');
    expect(first).toContain('41,25');
    expect(first).toContain('9,5–25');
    expect(first).toContain('Mưa 21 ngày, đường đèo sạt lở');
    expect(first).toContain('Trang 1/2');
    expect(charts).toContain('Biểu đồ chỉ tiêu chủ yếu');
    // The chart's own text (its legend and axis), drawn from the SVG.
    expect(charts).toContain('Chỉ tiêu giao');
    expect(charts).toContain('Tháng 06/2025');
  });
});
