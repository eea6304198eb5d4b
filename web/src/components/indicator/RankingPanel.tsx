// The units of a level ranked by the indicator over one period (the current edition's communes and the latest
// period by default; `level` and `period` in the address), with value, target and status. One query for all units.
import Link from 'next/link';
import { TableScroll } from '@/components/layout/TableScroll';
import type { AdminLevel } from '@/gql/graphql';
import { formatNumber, formatPeriod } from '@/lib/format';
import { type Locale, messages, withLang } from '@/lib/i18n';
import { levelLabel, statusLabel } from './enumLabels';
import { loadRanking } from './loadRanking';
import styles from './Panel.module.css';
import { PanelError } from './PanelError';
import { RankingForm } from './RankingForm';
import type { IndicatorView } from './viewParams';

const WORDS = {
  vi: {
    title: 'Xếp hạng đơn vị',
    rank: 'Hạng',
    unit: 'Đơn vị',
    value: 'Giá trị',
    target: 'Chỉ tiêu',
    status: 'Trạng thái',
    caption: (level: string, period: string) => `${level}, ${period}: tốt nhất trước`,
    provinceOnly: 'Chỉ tiêu này chỉ có số liệu cấp tỉnh: không có đơn vị để xếp hạng.',
    empty: 'Không có đơn vị nào ở cấp này.',
    error: 'Không tải được bảng xếp hạng',
  },
  en: {
    title: 'Ranking of units',
    rank: 'Rank',
    unit: 'Unit',
    value: 'Value',
    target: 'Target',
    status: 'Status',
    caption: (level: string, period: string) => `${level}, ${period}: best first`,
    provinceOnly: 'This indicator has data at the province level only: there are no units to rank.',
    empty: 'No units at this level.',
    error: 'The ranking could not be loaded',
  },
};

type Props = {
  code: string;
  view: IndicatorView;
  locale: Locale;
  period: string;
  level: AdminLevel | null;
  levels: AdminLevel[];
};

export async function RankingPanel({ code, view, locale, period, level, levels }: Props) {
  const m = messages(locale, WORDS);
  const form = <RankingForm code={code} view={view} locale={locale} level={level} levels={levels} period={period} />;
  if (!level) {
    return (
      <section className={styles.panel} aria-labelledby="ranking-heading" id="ranking">
        <h2 id="ranking-heading">{m.title}</h2>
        <p className={styles.note}>{m.provinceOnly}</p>
      </section>
    );
  }
  const ranking = await loadRanking(code, level, period);
  if ('error' in ranking) {
    return (
      <PanelError id="ranking" title={m.title} message={m.error} error={ranking.error}>
        {form}
      </PanelError>
    );
  }
  const n = (v: number | null | undefined) => formatNumber(locale, v);
  const unitHref = (unit: string) => withLang(`/units/${unit}?period=${encodeURIComponent(period)}`, locale);
  return (
    <section className={styles.panel} aria-labelledby="ranking-heading" id="ranking">
      <h2 id="ranking-heading">{m.title}</h2>
      {form}
      {ranking.rows.length === 0 ? (
        <p className={styles.note}>{m.empty}</p>
      ) : (
        <TableScroll label={m.title}>
          <table data-testid="ranking">
            <caption className={styles.summary}>
              {m.caption(levelLabel(locale, level), formatPeriod(locale, period))}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={styles.num}>
                  {m.rank}
                </th>
                <th scope="col">{m.unit}</th>
                <th scope="col" className={styles.num}>
                  {m.value} ({ranking.unit})
                </th>
                <th scope="col" className={styles.num}>
                  {m.target}
                </th>
                <th scope="col">{m.status}</th>
              </tr>
            </thead>
            <tbody>
              {ranking.rows.map((r) => (
                <tr key={r.code} data-unit={r.code}>
                  <td className={styles.num}>{r.rank ?? '—'}</td>
                  <th scope="row" className={styles.rowHead}>
                    <Link href={unitHref(r.code)}>{r.fullName}</Link>
                  </th>
                  <td className={styles.num}>
                    {r.value === null ? n(r.value) : <data value={r.value}>{n(r.value)}</data>}
                  </td>
                  <td className={styles.num}>
                    {r.targetLow !== null ? `${n(r.targetLow)}–${n(r.targetHigh)}` : n(r.target)}
                  </td>
                  <td className={`${styles.status} ${styles[r.status]}`}>{statusLabel(locale, r.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
