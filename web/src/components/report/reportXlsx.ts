// The quick report as an XLSX workbook (exceljs): one sheet per part (about, statuses by sector, not achieved, the
// charts' series), figures in number cells so they can be summed and charted, a frozen bold header and set widths.
import ExcelJS from 'exceljs';
import { formatPeriod } from '../../lib/format';
import { statusLabel } from '../indicator/enumLabels';
import { type Report, STATUSES } from './reportModel';
import { alertText, directiveText, explanationsText } from './reportText';
import { directiveStateLabel, reportWords } from './reportWords';

type Column = { header: string; key: string; width: number; numFmt?: string };

/** A sheet with its header row bold, filled and frozen. */
function sheet(book: ExcelJS.Workbook, name: string, columns: Column[]): ExcelJS.Worksheet {
  const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF2F5' } };
  head.alignment = { vertical: 'middle', wrapText: true };
  return ws;
}

const NUMBER = '#,##0.##';

export async function renderReportXlsx(report: Report): Promise<Buffer> {
  const m = reportWords(report.locale);
  const locale = report.locale;
  const book = new ExcelJS.Workbook();
  book.creator = 'IOC Lâm Đồng';
  book.title = m.heading(report.unit.fullName, formatPeriod(locale, report.period));
  book.created = new Date(report.generatedAt);

  const about = sheet(book, m.sheetAbout, [
    { header: m.part, key: 'label', width: 30 },
    { header: m.detail, key: 'value', width: 70 },
  ]);
  about.addRows([
    { label: m.title, value: report.unit.fullName },
    { label: m.code, value: report.unit.code },
    { label: m.period, value: report.period },
    { label: m.edition, value: report.unit.edition.name },
    { label: m.generated, value: new Date(report.generatedAt) },
    { label: m.synthetic, value: m.synthetic },
  ]);
  about.getCell('B6').numFmt = 'dd/mm/yyyy hh:mm';

  const statuses = sheet(book, m.sheetStatuses, [
    { header: m.sector, key: 'sector', width: 44 },
    ...STATUSES.map((s) => ({ header: statusLabel(locale, s), key: s, width: 14, numFmt: '0' })),
    { header: m.total, key: 'total', width: 10, numFmt: '0' },
  ]);
  for (const s of report.sectors) statuses.addRow({ sector: s.name, ...s.counts });
  statuses.addRow({ sector: m.allSectors, ...report.totals }).font = { bold: true };

  const missed = sheet(book, m.sheetNotAchieved, [
    { header: m.indicatorCode, key: 'code', width: 24 },
    { header: m.indicator, key: 'name', width: 44 },
    { header: m.sector, key: 'sector', width: 28 },
    { header: m.value, key: 'value', width: 14, numFmt: NUMBER },
    { header: m.target, key: 'target', width: 14, numFmt: NUMBER },
    { header: m.targetLow, key: 'targetLow', width: 12, numFmt: NUMBER },
    { header: m.targetHigh, key: 'targetHigh', width: 12, numFmt: NUMBER },
    { header: m.unitOfMeasure, key: 'unitOfMeasure', width: 14 },
    { header: m.alert, key: 'alert', width: 24 },
    { header: m.directive, key: 'directive', width: 50 },
    { header: m.deadline, key: 'deadline', width: 14 },
    { header: m.directiveState, key: 'directiveState', width: 22 },
    { header: m.explanation, key: 'explanations', width: 60 },
  ]);
  for (const row of report.notAchieved) {
    missed.addRow({
      code: row.code,
      name: row.name,
      sector: row.sector,
      value: row.value,
      target: row.target,
      targetLow: row.targetLow,
      targetHigh: row.targetHigh,
      unitOfMeasure: row.unitOfMeasure,
      alert: alertText(locale, row),
      directive: row.directive ? directiveText(locale, row) : m.noDirective,
      deadline: row.directive?.deadline ?? null,
      directiveState: row.directive ? directiveStateLabel(locale, row.directive.state) : null,
      explanations: explanationsText(locale, row).join('\n') || null,
    }).alignment = { vertical: 'top', wrapText: true };
  }

  const series = sheet(book, m.sheetCharts, [
    { header: m.indicatorCode, key: 'code', width: 24 },
    { header: m.indicator, key: 'name', width: 44 },
    { header: m.period, key: 'period', width: 12 },
    { header: m.value, key: 'value', width: 14, numFmt: NUMBER },
    { header: m.target, key: 'target', width: 14, numFmt: NUMBER },
    { header: m.unitOfMeasure, key: 'unitOfMeasure', width: 14 },
  ]);
  for (const chart of report.charts) {
    for (const p of chart.points) {
      series.addRow({
        code: chart.code,
        name: chart.name,
        period: p.period,
        value: p.value ?? null,
        target: p.target ?? null,
        unitOfMeasure: chart.unitOfMeasure,
      });
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
