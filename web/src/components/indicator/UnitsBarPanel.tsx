// The bar chart of units for the ranking's level and period: the same query as the ranking (shared by React's
// cache), drawn on the server, best first, coloured by status, with a visible summary of what it shows.

import { barHeight, barOption } from '@/components/charts/barOption';
import { SvgChart } from '@/components/charts/SvgChart';
import type { AdminLevel, Status } from '@/gql/graphql';
import { formatNumber, formatPeriod } from '@/lib/format';
import { type Locale, messages } from '@/lib/i18n';
import { levelLabel, statusLabel } from './enumLabels';
import { loadRanking } from './loadRanking';
import styles from './Panel.module.css';
import { PanelError } from './PanelError';

const WORDS = {
  vi: {
    title: 'Biểu đồ cột theo đơn vị',
    target: 'Chỉ tiêu',
    chart: (name: string, level: string, period: string, count: number) =>
      `Biểu đồ cột: ${name}, ${count} đơn vị ${level.toLowerCase()}, ${period}, xếp từ tốt nhất`,
    best: 'Tốt nhất',
    worst: 'Kém nhất',
    table: 'Số liệu từng đơn vị: xem bảng xếp hạng',
    noValues: 'Chưa có đơn vị nào có số liệu trong kỳ này.',
    error: 'Không tải được biểu đồ',
  },
  en: {
    title: 'Bar chart of units',
    target: 'Target',
    chart: (name: string, level: string, period: string, count: number) =>
      `Bar chart: ${name}, ${count} units at ${level.toLowerCase()} level, ${period}, best first`,
    best: 'Best',
    worst: 'Worst',
    table: 'Each unit’s figures: see the ranking table',
    noValues: 'No unit has data for this period yet.',
    error: 'The chart could not be loaded',
  },
};

const STATUSES: Status[] = ['ACHIEVED', 'WARNING', 'AT_RISK', 'NOT_ACHIEVED', 'NO_TARGET', 'NO_DATA'];

type Props = { code: string; name: string; locale: Locale; period: string; level: AdminLevel | null };

export async function UnitsBarPanel({ code, name, locale, period, level }: Props) {
  const m = messages(locale, WORDS);
  // Without units below the province, the ranking panel says so; the chart has nothing to add.
  if (!level) return null;
  const ranking = await loadRanking(code, level, period);
  if ('error' in ranking) return <PanelError title={m.title} message={m.error} error={ranking.error} />;
  const rows = ranking.rows.filter((r) => r.value !== null);
  const items = rows.map((r) => ({ name: r.name, value: r.value as number, status: r.status }));
  const targets = new Set(rows.map((r) => r.target));
  const target = targets.size === 1 ? ([...targets][0] ?? null) : null;
  const counts = STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length] as const).filter(([, c]) => c);
  const n = (v: number | null | undefined) => formatNumber(locale, v);
  const best = rows[0];
  const worst = rows[rows.length - 1];
  const height = barHeight(items.length);
  return (
    <section className={styles.panel} aria-labelledby="bars-heading">
      <h2 id="bars-heading">{m.title}</h2>
      {items.length === 0 ? (
        <p className={styles.note}>{m.noValues}</p>
      ) : (
        <SvgChart
          label={m.chart(name, levelLabel(locale, level), formatPeriod(locale, period), items.length)}
          compact={{ width: 360, height }}
          wide={{ width: 560, height }}
          option={({ width }) => barOption({ items, target, targetLabel: m.target, locale, compact: width < 500 })}
        >
          <figcaption className={styles.summary}>
            {best && worst && (
              <>
                {m.best}: <strong>{best.fullName}</strong> ({n(best.value)} {ranking.unit}); {m.worst}:{' '}
                <strong>{worst.fullName}</strong> ({n(worst.value)} {ranking.unit}).{' '}
              </>
            )}
            {counts.map(([s, c], i) => (
              <span key={s} className={`${styles.status} ${styles[s]}`}>
                {i > 0 && ' · '}
                {statusLabel(locale, s)}: {c}
              </span>
            ))}
            <br />
            <a href="#ranking">{m.table}</a>
          </figcaption>
        </SvgChart>
      )}
    </section>
  );
}
