// The quick report as one CSV (csv-stringify), UTF-8 with a byte-order mark so that Excel reads the Vietnamese right.
// Columns: part,unit,period,sector,indicator,name,status,value,target,unit_of_measure,detail. Parts: `about` (the
// synthetic-data label), `status_count` (value = how many of the sector's values have `status`), `not_achieved` (value,
// target, and the alert, directive and explanations in `detail`), `series` (the charted indicators' recent periods).
// Numbers are plain (1234.5), for machines; the words are the report's language.
import { stringify } from 'csv-stringify/sync';
import { formatDateTime } from '../../lib/format';
import { type Report, STATUSES } from './reportModel';
import { alertText, directiveText, explanationsText } from './reportText';
import { reportWords } from './reportWords';

export const CSV_COLUMNS = [
  'part',
  'unit',
  'period',
  'sector',
  'indicator',
  'name',
  'status',
  'value',
  'target',
  'unit_of_measure',
  'detail',
] as const;

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null>>;

export function renderReportCsv(report: Report): string {
  const m = reportWords(report.locale);
  const locale = report.locale;
  const base = { unit: report.unit.code, period: report.period };
  const rows: Row[] = [
    {
      part: 'about',
      ...base,
      name: report.unit.fullName,
      detail: `${m.synthetic} ${m.generated}: ${formatDateTime(locale, report.generatedAt)}`,
    },
  ];
  for (const s of [...report.sectors, { name: m.allSectors, counts: report.totals }]) {
    for (const status of STATUSES)
      rows.push({ part: 'status_count', ...base, sector: s.name, status, value: s.counts[status] });
  }
  for (const row of report.notAchieved) {
    rows.push({
      part: 'not_achieved',
      ...base,
      sector: row.sector,
      indicator: row.code,
      name: row.name,
      status: 'NOT_ACHIEVED',
      value: row.value,
      // A range target keeps its two ends in one cell, plain like the other numbers: "9.5–10.5".
      target: row.targetLow !== null && row.targetHigh !== null ? `${row.targetLow}–${row.targetHigh}` : row.target,
      unit_of_measure: row.unitOfMeasure,
      detail: [
        alertText(locale, row),
        row.directive ? directiveText(locale, row) : m.noDirective,
        ...explanationsText(locale, row),
      ].join(' | '),
    });
  }
  for (const chart of report.charts) {
    for (const p of chart.points) {
      rows.push({
        part: 'series',
        unit: report.unit.code,
        period: p.period,
        sector: chart.sector,
        indicator: chart.code,
        name: chart.name,
        value: p.value ?? null,
        target: p.target ?? null,
        unit_of_measure: chart.unitOfMeasure,
      });
    }
  }
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], bom: true, record_delimiter: 'windows' });
}
