// The early warning of an indicator: where its year will end, projected from the year so far (up to the series' last
// period) and the pattern of earlier years — a running total, a mean so far or latest value by its seasonal ratio, a
// formula on its inputs' projections — drawn against the year's target, with the chance of reaching it. Nothing is
// shown for indicators that cannot be projected.

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
          method
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

/** The summary of a projected value that is not a total (a seasonal ratio, a formula). */
const valueSummary = {
  vi: (year: string, value: string, error: string) => `Dự báo giá trị năm ${year}: ${value} (sai số ±${error})`,
  en: (year: string, value: string, error: string) => `Projected ${year} value: ${value} (error ±${error})`,
};

/** The words that differ by how the projection was made: a running total, a seasonal ratio, a formula. */
const METHOD_WORDS = {
  vi: {
    RUNNING_TOTAL: {
      known: 'Lũy kế thực tế',
      projected: 'Lũy kế dự báo',
      chart: (name: string, unit: string, year: string) =>
        `Biểu đồ đường: lũy kế ${name} của ${unit} năm ${year}, thực tế và dự báo đến cuối năm`,
      summary: (year: string, value: string, error: string) => `Dự báo cả năm ${year}: ${value} (sai số ±${error})`,
      basis: (toDate: string, period: string, years: string) =>
        `Từ lũy kế ${toDate} đến hết ${period} và tỷ trọng cùng kỳ của các năm ${years}.`,
      total: 'Lũy kế',
      table: 'Bảng lũy kế',
    },
    SEASONAL_RATIO: {
      known: 'Thực tế từ đầu năm',
      projected: 'Dự báo',
      chart: (name: string, unit: string, year: string) =>
        `Biểu đồ đường: ${name} của ${unit} năm ${year} từ đầu năm, thực tế và dự báo đến cuối năm`,
      summary: valueSummary.vi,
      basis: (toDate: string, period: string, years: string) =>
        `Từ giá trị từ đầu năm đến hết ${period} (${toDate}) và tỷ lệ của nó so với giá trị cả năm, cùng kỳ các năm ${years}.`,
      total: 'Giá trị',
      table: 'Bảng giá trị',
    },
    FORMULA: {
      known: 'Thực tế',
      projected: 'Dự báo cuối năm',
      chart: (name: string, unit: string, year: string) =>
        `Biểu đồ đường: ${name} của ${unit} năm ${year}, thực tế và dự báo cả năm`,
      summary: valueSummary.vi,
      basis: (toDate: string, period: string, years: string) =>
        `Theo công thức, từ dự báo cuối năm của các chỉ tiêu đầu vào (học từ các năm ${years}); giá trị kỳ ${period}: ${toDate}.`,
      total: 'Giá trị',
      table: 'Bảng giá trị',
    },
  },
  en: {
    RUNNING_TOTAL: {
      known: 'Year to date',
      projected: 'Projected',
      chart: (name: string, unit: string, year: string) =>
        `Line chart: running total of ${name} for ${unit} in ${year}, known and projected to the year end`,
      summary: (year: string, value: string, error: string) => `Projected ${year} total: ${value} (error ±${error})`,
      basis: (toDate: string, period: string, years: string) =>
        `From ${toDate} to the end of ${period} and the share earlier years (${years}) had reached by then.`,
      total: 'Running total',
      table: 'Running total table',
    },
    SEASONAL_RATIO: {
      known: 'Year so far',
      projected: 'Projected',
      chart: (name: string, unit: string, year: string) =>
        `Line chart: ${name} for ${unit} in ${year} so far, known and projected to the year end`,
      summary: valueSummary.en,
      basis: (toDate: string, period: string, years: string) =>
        `From the year so far to the end of ${period} (${toDate}) and its ratio to the whole year in earlier years (${years}).`,
      total: 'Value',
      table: 'Value table',
    },
    FORMULA: {
      known: 'Known',
      projected: 'Projected year',
      chart: (name: string, unit: string, year: string) =>
        `Line chart: ${name} for ${unit} in ${year}, known and the projected year`,
      summary: valueSummary.en,
      basis: (toDate: string, period: string, years: string) =>
        `By the formula, from its inputs' year-end projections (learnt from ${years}); the value for ${period}: ${toDate}.`,
      total: 'Value',
      table: 'Value table',
    },
  },
};

const WORDS = {
  vi: {
    title: 'Dự báo cuối năm',
    target: 'Chỉ tiêu năm',
    targetLine: (target: string, chance: string) => `Chỉ tiêu năm: ${target}; khả năng đạt: ${chance}.`,
    noTarget: 'Chưa giao chỉ tiêu năm: không tính khả năng đạt.',
    status: 'Tình trạng kỳ này',
    period: 'Kỳ',
    kind: 'Loại',
    knownRow: 'Thực tế',
    projectedRow: 'Dự báo',
    error: 'Không tải được dự báo',
  },
  en: {
    title: 'Year-end projection',
    target: 'Year target',
    targetLine: (target: string, chance: string) => `Year target: ${target}; chance of reaching it: ${chance}.`,
    noTarget: 'No target for the year: no chance to compute.',
    status: 'Status of this period',
    period: 'Period',
    kind: 'Kind',
    knownRow: 'Known',
    projectedRow: 'Projected',
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
  const w = messages(locale, METHOD_WORDS)[p.method];
  const words = { known: w.known, projected: w.projected, target: m.target };
  const label = w.chart(name, unit.fullName, year);
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
          <strong>{w.summary(year, `${n(p.value)} ${unitOfMeasure}`, formatPercent(locale, p.relativeError))}</strong>
          {'. '}
          {w.basis(n(p.toDate), formatPeriod(locale, v.period), p.years.join(', '))}{' '}
          {p.yearTarget !== null && p.yearTarget !== undefined && p.chance !== null && p.chance !== undefined
            ? m.targetLine(n(p.yearTarget), formatPercent(locale, p.chance))
            : m.noTarget}{' '}
          {m.status} ({formatPeriod(locale, v.period)}): <StatusBadge status={v.status} locale={locale} />
        </figcaption>
        <ChartTable title={w.table} caption={label}>
          <thead>
            <tr>
              <th scope="col">{m.period}</th>
              <th scope="col" className={styles.num}>
                {w.total} ({unitOfMeasure})
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
