// The early warning of an indicator summed over time: where its year will end, projected from the year so far (up to
// the series' last period) and the seasonal pattern of earlier years, drawn as the year's running total against the
// year's target, with the chance of reaching it. Nothing is shown for indicators that cannot be projected.

import { projectionOption } from '@/components/charts/projectionOption';
import { SvgChart } from '@/components/charts/SvgChart';
import { StatusBadge } from '@/components/unit/StatusBadge';
import { graphql } from '@/gql';
import type { IndicatorCode } from '@/gql/graphql';
import { formatNumber, formatPercent, formatPeriod } from '@/lib/format';
import { type Locale, messages } from '@/lib/i18n';
import { getClient } from '@/lib/urql';
import { ChartTable } from './ChartTable';
import styles from './Panel.module.css';
import { PanelError } from './PanelError';

const projectionQuery = graphql(`
  query IndicatorProjection($code: IndicatorCode!, $unit: String!, $period: Period!) {
    unit(code: $unit, period: $period) {
      code
      fullName
      value(indicator: $code, period: $period) {
        period
        value
        status
        projection {
          value
          toDate
          years
          relativeError
          yearTarget
          chance
          path {
            period
            value
            projected
          }
        }
      }
    }
  }
`);

const WORDS = {
  vi: {
    title: 'Dự báo cuối năm',
    known: 'Lũy kế thực tế',
    projected: 'Lũy kế dự báo',
    target: 'Chỉ tiêu năm',
    chart: (name: string, unit: string, year: string) =>
      `Biểu đồ đường: lũy kế ${name} của ${unit} năm ${year}, thực tế và dự báo đến cuối năm`,
    summary: (year: string, value: string, error: string) => `Dự báo cả năm ${year}: ${value} (sai số ±${error})`,
    basis: (toDate: string, period: string, years: string) =>
      `Từ lũy kế ${toDate} đến hết ${period} và tỷ trọng cùng kỳ của các năm ${years}.`,
    targetLine: (target: string, chance: string) => `Chỉ tiêu năm: ${target}; khả năng đạt: ${chance}.`,
    noTarget: 'Chưa giao chỉ tiêu năm: không tính khả năng đạt.',
    status: 'Tình trạng kỳ này',
    period: 'Kỳ',
    total: 'Lũy kế',
    kind: 'Loại',
    knownRow: 'Thực tế',
    projectedRow: 'Dự báo',
    table: 'Bảng lũy kế',
    error: 'Không tải được dự báo',
  },
  en: {
    title: 'Year-end projection',
    known: 'Year to date',
    projected: 'Projected',
    target: 'Year target',
    chart: (name: string, unit: string, year: string) =>
      `Line chart: running total of ${name} for ${unit} in ${year}, known and projected to the year end`,
    summary: (year: string, value: string, error: string) => `Projected ${year} total: ${value} (error ±${error})`,
    basis: (toDate: string, period: string, years: string) =>
      `From ${toDate} to the end of ${period} and the share earlier years (${years}) had reached by then.`,
    targetLine: (target: string, chance: string) => `Year target: ${target}; chance of reaching it: ${chance}.`,
    noTarget: 'No target for the year: no chance to compute.',
    status: 'Status of this period',
    period: 'Period',
    total: 'Running total',
    kind: 'Kind',
    knownRow: 'Known',
    projectedRow: 'Projected',
    table: 'Running total table',
    error: 'The projection could not be loaded',
  },
};

type Props = {
  code: string;
  name: string;
  unitOfMeasure: string;
  /** The unit and the period projected from: the series' unit and last period. */
  unit: string;
  period: string;
  locale: Locale;
};

export async function ProjectionPanel({ code, name, unitOfMeasure, unit: unitCode, period, locale }: Props) {
  const m = messages(locale, WORDS);
  const result = await getClient().query(projectionQuery, { code: code as IndicatorCode, unit: unitCode, period });
  if (result.error) return <PanelError title={m.title} message={m.error} error={result.error} />;
  const unit = result.data?.unit;
  const v = unit?.value;
  const p = v?.projection;
  if (!unit || !v || !p) return null;
  const n = (x: number | null | undefined) => formatNumber(locale, x);
  const year = period.slice(0, 4);
  const words = { known: m.known, projected: m.projected, target: m.target };
  const label = m.chart(name, unit.fullName, year);
  return (
    <section className={styles.panel} id="projection" aria-labelledby="projection-heading">
      <h2 id="projection-heading">
        {m.title}: {unit.fullName}
      </h2>
      <SvgChart
        label={label}
        compact={{ width: 360, height: 240 }}
        wide={{ width: 960, height: 300 }}
        option={({ width }) =>
          projectionOption({ points: p.path, yearTarget: p.yearTarget ?? null, locale, words, compact: width < 600 })
        }
      >
        <figcaption className={styles.summary}>
          <strong>{m.summary(year, `${n(p.value)} ${unitOfMeasure}`, formatPercent(locale, p.relativeError))}</strong>
          {'. '}
          {m.basis(n(p.toDate), formatPeriod(locale, v.period), p.years.join(', '))}{' '}
          {p.yearTarget !== null && p.yearTarget !== undefined && p.chance !== null && p.chance !== undefined
            ? m.targetLine(n(p.yearTarget), formatPercent(locale, p.chance))
            : m.noTarget}{' '}
          {m.status} ({formatPeriod(locale, v.period)}): <StatusBadge status={v.status} locale={locale} />
        </figcaption>
        <ChartTable title={m.table} caption={label}>
          <thead>
            <tr>
              <th scope="col">{m.period}</th>
              <th scope="col" className={styles.num}>
                {m.total} ({unitOfMeasure})
              </th>
              <th scope="col">{m.kind}</th>
            </tr>
          </thead>
          <tbody>
            {p.path.map((q) => (
              <tr key={q.period} data-projected={q.projected}>
                <th scope="row" className={styles.rowHead}>
                  {formatPeriod(locale, q.period)}
                </th>
                <td className={styles.num}>{n(q.value)}</td>
                <td>{q.projected ? m.projectedRow : m.knownRow}</td>
              </tr>
            ))}
          </tbody>
        </ChartTable>
      </SvgChart>
    </section>
  );
}
