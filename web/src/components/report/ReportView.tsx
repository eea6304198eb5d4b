// The print-ready quick report: on screen a toolbar (print, the three downloads, back to the unit page) above what
// prints on A4 without the site's navigation: header with the synthetic-data label, statuses by sector, the
// not-achieved list with each alert's thread, and the key charts (the same SVGs as the PDF's).
import { formatDateTime, formatNumber, formatPeriod } from '@/lib/format';
import { withLang } from '@/lib/i18n';
import { statusLabel } from '../indicator/enumLabels';
import { type UnitState, unitHref } from '../unit/unitState';
import { PrintButton } from './PrintButton';
import styles from './ReportView.module.css';
import { renderReportCharts } from './reportCharts';
import { type Report, STATUSES } from './reportModel';
import { alertText, directiveText, explanationsText, targetText } from './reportText';
import { reportWords } from './reportWords';

/** What prints: the page alone, on A4; the site's bar and the toolbar stay on screen. */
const PRINT_CSS = `@page { size: A4; margin: 14mm 12mm; }
@media print { .topbar, .skip-link { display: none !important; } main { padding: 0 !important; max-width: none !important; } }`;

export function ReportView({ report }: { report: Report }) {
  const locale = report.locale;
  const m = reportWords(locale);
  const period = formatPeriod(locale, report.period);
  const charts = renderReportCharts(report);
  const state: UnitState = { period: report.period, lang: locale };
  const download = (format: string) =>
    withLang(`/units/${report.unit.code}/report/${format}?period=${encodeURIComponent(report.period)}`, locale);
  return (
    <article className={styles.report}>
      <style>{PRINT_CSS}</style>
      <nav className={styles.toolbar} aria-label={m.download}>
        <PrintButton label={m.print} />
        <a href={download('pdf')} download>
          PDF
        </a>
        <a href={download('xlsx')} download>
          XLSX
        </a>
        <a href={download('csv')} download>
          CSV
        </a>
        <a href={unitHref(report.unit.code, state)}>{m.back}</a>
      </nav>
      <header>
        <h1>{m.heading(report.unit.fullName, period)}</h1>
        <p className={styles.meta}>
          {m.code}: {report.unit.code} · {m.period}: {period} · {m.edition}: {report.unit.edition.name} · {m.generated}:{' '}
          <time dateTime={report.generatedAt}>{formatDateTime(locale, report.generatedAt)}</time>
        </p>
        <p className={styles.synthetic} role="note">
          {m.synthetic}
        </p>
      </header>

      <section aria-labelledby="report-statuses">
        <h2 id="report-statuses">{m.statuses}</h2>
        <table className={styles.table} id="status-counts">
          <thead>
            <tr>
              <th scope="col">{m.sector}</th>
              {STATUSES.map((s) => (
                <th scope="col" key={s} className={styles.num}>
                  {statusLabel(locale, s)}
                </th>
              ))}
              <th scope="col" className={styles.num}>
                {m.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.sectors.map((s) => (
              <tr key={s.code} data-sector={s.code}>
                <th scope="row">{s.name}</th>
                {STATUSES.map((status) => (
                  <td key={status} className={styles.num} data-status={status}>
                    {s.counts[status]}
                  </td>
                ))}
                <td className={styles.num}>{s.counts.total}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-sector="ALL">
              <th scope="row">{m.allSectors}</th>
              {STATUSES.map((status) => (
                <td key={status} className={styles.num} data-status={status}>
                  {report.totals[status]}
                </td>
              ))}
              <td className={styles.num}>{report.totals.total}</td>
            </tr>
          </tfoot>
        </table>
      </section>

      <section aria-labelledby="report-not-achieved">
        <h2 id="report-not-achieved">
          {m.notAchieved} ({report.notAchieved.length})
        </h2>
        {report.notAchieved.length === 0 ? (
          <p>{m.noneNotAchieved}</p>
        ) : (
          <table className={styles.table} id="not-achieved">
            <thead>
              <tr>
                <th scope="col">{m.indicator}</th>
                <th scope="col" className={styles.num}>
                  {m.value}
                </th>
                <th scope="col" className={styles.num}>
                  {m.target}
                </th>
                <th scope="col">{m.unitOfMeasure}</th>
                <th scope="col">
                  {m.alert} · {m.directive} · {m.explanation}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.notAchieved.map((row) => (
                <tr key={row.code} data-indicator={row.code}>
                  <th scope="row">
                    {row.name}
                    <span className={styles.sub}>
                      {row.code} · {row.sector}
                    </span>
                  </th>
                  <td className={styles.num}>{formatNumber(locale, row.value)}</td>
                  <td className={styles.num}>{targetText(locale, row)}</td>
                  <td>{row.unitOfMeasure}</td>
                  <td>
                    <ul className={styles.thread}>
                      <li>
                        <strong>{m.alert}:</strong> {alertText(locale, row)}
                      </li>
                      <li>
                        <strong>{m.directive}:</strong> {directiveText(locale, row)}
                      </li>
                      {explanationsText(locale, row).map((e) => (
                        <li key={e}>
                          <strong>{m.explanation}:</strong> {e}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {report.charts.length > 0 && (
        <section aria-labelledby="report-charts" className={styles.charts}>
          <h2 id="report-charts">{m.charts}</h2>
          <p className={styles.meta}>{m.chartsNote(report.charts[0]?.points.length ?? 0)}</p>
          <div className={styles.grid}>
            {report.charts.map((chart, i) => (
              <figure key={chart.code} className={styles.figure} data-indicator={chart.code}>
                <figcaption>
                  <strong>{chart.name}</strong>
                  <span className={styles.sub}>
                    {chart.sector} · {chart.unitOfMeasure} · {statusLabel(locale, chart.status)}
                  </span>
                </figcaption>
                <div
                  role="img"
                  aria-label={m.chart(chart.name, report.unit.fullName)}
                  className={styles.svg}
                  // biome-ignore lint/security/noDangerouslySetInnerHtml: ECharts' own SVG output; it escapes every text it draws.
                  dangerouslySetInnerHTML={{ __html: charts[i] ?? '' }}
                />
              </figure>
            ))}
          </div>
        </section>
      )}
    </article>
  );
}
