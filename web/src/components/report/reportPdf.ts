// The quick report as a PDF (pdfkit): A4, DejaVu Sans embedded so every Vietnamese letter prints, the same parts as the
// print page (header with the synthetic-data label, statuses by sector, not-achieved list, key charts drawn from the
// same SVGs through svg-to-pdfkit) and "Trang n/N" at the foot of each page.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { formatDateTime, formatNumber, formatPeriod } from '../../lib/format';
import { statusLabel } from '../indicator/enumLabels';
import { type Report, STATUSES } from './reportModel';
import { alertText, directiveText, explanationsText, targetText } from './reportText';
import { reportWords } from './reportWords';

// Found at run time from the app's folder, by a name the bundler does not follow (it would try to bundle the .ttf).
const fromApp = createRequire(join(process.cwd(), 'package.json'));
const fontFile = (name: string) => fromApp.resolve(['dejavu-fonts-ttf', 'ttf', name].join('/'));
const FONT = fontFile('DejaVuSans.ttf');
const FONT_BOLD = fontFile('DejaVuSans-Bold.ttf');

const MARGIN = 40;
const INK = '#1f2328';
const MUTED = '#57606a';
const HEAD_FILL = '#eef2f5';
const BORDER = '#c9d1d9';

/** The PDF's bytes; `charts` are the SVGs of `report.charts`, in order. */
export function renderReportPdf(report: Report, charts: string[]): Promise<Buffer> {
  const m = reportWords(report.locale);
  const locale = report.locale;
  const period = formatPeriod(locale, report.period);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    font: FONT,
    bufferPages: true,
    lang: locale === 'en' ? 'en-GB' : 'vi-VN',
    info: { Title: m.heading(report.unit.fullName, period), Author: 'IOC Lâm Đồng', Subject: m.synthetic },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const heading = (text: string) => {
    doc.moveDown(0.8).font(FONT_BOLD).fontSize(13).fillColor(INK).text(text, MARGIN, doc.y, { width });
    doc.moveDown(0.3).font(FONT).fontSize(9);
  };
  const cellStyle = { border: 0.5, borderColor: BORDER, padding: 3 };

  // Header: what, for whom, when, and that the figures are synthetic.
  doc.font(FONT_BOLD).fontSize(17).fillColor(INK).text(m.heading(report.unit.fullName, period), { width });
  doc.moveDown(0.3).font(FONT).fontSize(9.5).fillColor(MUTED);
  doc.text(`${m.code}: ${report.unit.code} · ${m.period}: ${period} · ${m.edition}: ${report.unit.edition.name}`);
  doc.text(`${m.generated}: ${formatDateTime(locale, report.generatedAt)}`);
  doc.moveDown(0.4).fillColor('#8c4a00').font(FONT_BOLD).text(m.synthetic, { width });

  heading(m.statuses);
  const countRow = (name: string, c: Report['totals'], bold: boolean) => [
    { text: name, font: { src: bold ? FONT_BOLD : FONT } },
    ...STATUSES.map((s) => ({ text: String(c[s]), align: { x: 'right' as const } })),
    { text: String(c.total), align: { x: 'right' as const }, font: { src: FONT_BOLD } },
  ];
  doc.fillColor(INK).table({
    columnStyles: [140, ...STATUSES.map(() => '*' as const), '*'],
    defaultStyle: cellStyle,
    data: [
      [m.sector, ...STATUSES.map((s) => statusLabel(locale, s)), m.total].map((text) => ({
        text,
        font: { src: FONT_BOLD },
        backgroundColor: HEAD_FILL,
      })),
      ...report.sectors.map((s) => countRow(s.name, s.counts, false)),
      countRow(m.allSectors, report.totals, true),
    ],
  });

  heading(`${m.notAchieved} (${report.notAchieved.length})`);
  if (report.notAchieved.length === 0) {
    doc.fillColor(MUTED).text(m.noneNotAchieved, MARGIN, doc.y, { width });
  } else {
    doc.fillColor(INK).table({
      columnStyles: [150, 60, 60, 55, '*'],
      defaultStyle: cellStyle,
      data: [
        [m.indicator, m.value, m.target, m.unitOfMeasure, `${m.alert} · ${m.directive} · ${m.explanation}`].map(
          (text) => ({ text, font: { src: FONT_BOLD }, backgroundColor: HEAD_FILL }),
        ),
        ...report.notAchieved.map((row) => [
          `${row.name}\n${row.code} · ${row.sector}`,
          { text: formatNumber(locale, row.value), align: { x: 'right' as const } },
          { text: targetText(locale, row), align: { x: 'right' as const } },
          row.unitOfMeasure,
          [
            `${m.alert}: ${alertText(locale, row)}`,
            `${m.directive}: ${directiveText(locale, row)}`,
            ...(row.explanations.length
              ? explanationsText(locale, row).map((e) => `${m.explanation}: ${e}`)
              : row.directive
                ? [`${m.explanation}: ${m.noExplanation}`]
                : []),
          ].join('\n'),
        ]),
      ],
    });
  }

  if (report.charts.length > 0) {
    doc.addPage();
    heading(m.charts);
    doc.fillColor(MUTED).text(m.chartsNote(report.charts[0]?.points.length ?? 0), { width });
    const gap = 16;
    const chartWidth = (width - gap) / 2;
    const chartHeight = chartWidth / 2;
    const blockHeight = chartHeight + 34;
    let y = doc.y + 8;
    report.charts.forEach((chart, i) => {
      const column = i % 2;
      if (column === 0 && i > 0) y += blockHeight + 10;
      if (y + blockHeight > doc.page.height - MARGIN - 14) {
        doc.addPage();
        y = MARGIN;
      }
      const x = MARGIN + column * (chartWidth + gap);
      doc
        .font(FONT_BOLD)
        .fontSize(9)
        .fillColor(INK)
        // One line each, cut with an ellipsis: a long name must not run into the line below.
        .text(chart.name, x, y, { width: chartWidth, height: 11, ellipsis: true });
      doc
        .font(FONT)
        .fontSize(8)
        .fillColor(MUTED)
        .text(`${chart.sector} · ${chart.unitOfMeasure} · ${statusLabel(locale, chart.status)}`, x, y + 12, {
          width: chartWidth,
          height: 10,
          ellipsis: true,
        });
      const svg = charts[i];
      if (svg) {
        SVGtoPDF(doc, svg, x, y + 26, {
          width: chartWidth,
          height: chartHeight,
          preserveAspectRatio: 'xMinYMin meet',
          // The file itself, not a registered name: pdfkit then reuses the font it opened (many times faster).
          fontCallback: (_family, bold) => (bold ? FONT_BOLD : FONT),
        });
      }
    });
  }

  // The foot of every page, written once all pages exist (bufferPages), inside the bottom margin.
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(FONT)
      .fontSize(8)
      .fillColor(MUTED)
      .text(
        `${m.title} · ${report.unit.fullName} · ${period} — ${m.page(i + 1, range.count)}`,
        MARGIN,
        doc.page.height - 28,
        {
          width,
          align: 'center',
          lineBreak: false,
        },
      );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
