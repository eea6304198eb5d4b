// The indicator over time for one unit (the province by default): the last 24 periods up to the latest value, or the
// range in the address (`unit`, `from`, `to`), drawn on the server with its target, followed by its data table.
import { SvgChart } from '@/components/charts/SvgChart';
import { seriesOption } from '@/components/charts/seriesOption';
import { graphql } from '@/gql';
import type { AdminLevel, IndicatorCode } from '@/gql/graphql';
import { formatNumber, formatPeriod } from '@/lib/format';
import { type Locale, messages } from '@/lib/i18n';
import { getClient } from '@/lib/urql';
import { ChartTable } from './ChartTable';
import { statusLabel } from './enumLabels';
import styles from './Panel.module.css';
import { PanelError } from './PanelError';
import { SeriesForm } from './SeriesForm';
import { type EditionLevels, editionOf, type IndicatorView, rankingLevels, seriesRange } from './viewParams';

const seriesQuery = graphql(`
  query IndicatorSeries($code: IndicatorCode!, $unit: String!, $from: Period!, $to: Period!) {
    unit(code: $unit, period: $to) {
      code
      fullName
      series(indicator: $code, from: $from, to: $to) {
        period
        value
        target
        targetLow
        targetHigh
        status
      }
    }
    units(period: $to) {
      code
      fullName
      level
    }
  }
`);

const WORDS = {
  vi: {
    title: 'Diễn biến theo thời gian',
    value: 'Giá trị',
    target: 'Chỉ tiêu',
    targetLow: 'Cận dưới',
    targetHigh: 'Cận trên',
    period: 'Kỳ',
    status: 'Trạng thái',
    chart: (name: string, unit: string, from: string, to: string) =>
      `Biểu đồ đường: ${name} của ${unit}, từ ${from} đến ${to}`,
    latest: 'Kỳ gần nhất có số liệu',
    noData: 'Chưa có số liệu trong khoảng này.',
    none: 'Chưa có số liệu cho chỉ tiêu này.',
    table: 'Bảng số liệu',
    error: 'Không tải được chuỗi số liệu',
    unitMissing: 'Không có đơn vị này trong phiên bản đơn vị hành chính của kỳ cuối',
  },
  en: {
    title: 'Over time',
    value: 'Value',
    target: 'Target',
    targetLow: 'Lower bound',
    targetHigh: 'Upper bound',
    period: 'Period',
    status: 'Status',
    chart: (name: string, unit: string, from: string, to: string) =>
      `Line chart: ${name} for ${unit}, from ${from} to ${to}`,
    latest: 'Latest period with data',
    noData: 'No data in this range.',
    none: 'No data for this indicator yet.',
    table: 'Data table',
    error: 'The series could not be loaded',
    unitMissing: 'No such unit in the administrative edition of the last period',
  },
};

type Props = {
  code: string;
  name: string;
  unitOfMeasure: string;
  indicator: { levels: AdminLevel[]; levelAfterReform?: AdminLevel | null };
  editions: EditionLevels[];
  latest: string | null;
  view: IndicatorView;
  locale: Locale;
  /** The unit shown when the address names none: the province, or an officer's own unit. */
  home: string;
};

export async function SeriesPanel({
  code,
  name,
  unitOfMeasure,
  indicator,
  editions,
  latest,
  view,
  locale,
  home,
}: Props) {
  const m = messages(locale, WORDS);
  const unitCode = view.unit ?? home;
  const range = seriesRange(view, latest);
  const formProps = { code, view, locale, unit: unitCode, from: range?.from, to: range?.to };
  if (!range) {
    return (
      <section className={styles.panel} aria-labelledby="series-heading">
        <h2 id="series-heading">{m.title}</h2>
        <p className={styles.note}>{m.none}</p>
      </section>
    );
  }
  const result = await getClient().query(seriesQuery, { code: code as IndicatorCode, unit: unitCode, ...range });
  const unit = result.data?.unit;
  if (!result.data || !unit) {
    return (
      <PanelError title={m.title} message={m.error} error={result.error ?? `${m.unitMissing} (${unitCode})`}>
        <SeriesForm {...formProps} units={[]} />
      </PanelError>
    );
  }
  const edition = editionOf(range.to, editions);
  const levels: AdminLevel[] = ['PROVINCE', ...rankingLevels(indicator, edition?.levels ?? indicator.levels)];
  const units = result.data.units.filter((u) => levels.includes(u.level));
  const points = unit.series;
  const last = [...points].reverse().find((p) => p.value !== null && p.value !== undefined);
  const n = (v: number | null | undefined) => formatNumber(locale, v);
  const words = { value: m.value, target: m.target, targetLow: m.targetLow, targetHigh: m.targetHigh };
  const label = m.chart(name, unit.fullName, formatPeriod(locale, range.from), formatPeriod(locale, range.to));
  return (
    <section className={styles.panel} aria-labelledby="series-heading">
      <h2 id="series-heading">
        {m.title}: {unit.fullName}
      </h2>
      <SeriesForm {...formProps} units={units} />
      <SvgChart
        label={label}
        compact={{ width: 360, height: 260 }}
        wide={{ width: 960, height: 340 }}
        option={({ width }) => seriesOption({ points, locale, words, compact: width < 600 })}
      >
        <figcaption className={styles.summary}>
          {last ? (
            <>
              {m.latest}: <strong>{formatPeriod(locale, last.period)}</strong> — {n(last.value)} {unitOfMeasure}
              {last.target !== null && last.target !== undefined && ` (${m.target.toLowerCase()} ${n(last.target)})`}
              {' · '}
              <span className={`${styles.status} ${styles[last.status]}`}>{statusLabel(locale, last.status)}</span>
            </>
          ) : (
            m.noData
          )}
        </figcaption>
        <ChartTable title={m.table} caption={label}>
          <thead>
            <tr>
              <th scope="col">{m.period}</th>
              <th scope="col" className={styles.num}>
                {m.value} ({unitOfMeasure})
              </th>
              <th scope="col" className={styles.num}>
                {m.target}
              </th>
              <th scope="col">{m.status}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.period}>
                <th scope="row" className={styles.rowHead}>
                  {formatPeriod(locale, p.period)}
                </th>
                <td className={styles.num}>{n(p.value)}</td>
                <td className={styles.num}>
                  {p.targetLow !== null && p.targetLow !== undefined
                    ? `${n(p.targetLow)}–${n(p.targetHigh)}`
                    : n(p.target)}
                </td>
                <td className={`${styles.status} ${styles[p.status]}`}>{statusLabel(locale, p.status)}</td>
              </tr>
            ))}
          </tbody>
        </ChartTable>
      </SvgChart>
    </section>
  );
}
