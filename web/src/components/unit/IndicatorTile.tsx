// One indicator of a unit: its value and unit of measure, period, status (colour and word), target, change against
// the period before, a sparkline of the last 12 periods, and how complete the data behind it are.
import { type FragmentType, getFragmentData, graphql } from '@/gql';
import { formatChange, formatNumber, formatPeriod } from '@/lib/format';
import { type Locale, messages, withLang } from '@/lib/i18n';
import { explanationHref } from '../explain/explanationHref';
import { FeedFreshness } from './FeedFreshness';
import styles from './IndicatorTile.module.css';
import { Sparkline } from './Sparkline';
import { StatusBadge } from './StatusBadge';

export const IndicatorTileValue = graphql(`
  fragment IndicatorTileValue on IndicatorValue {
    indicator {
      code
      name
      nameEn
      unit
      frequency
      sector
      feed {
        ...FeedFreshnessNote
      }
    }
    period
    value
    target
    targetLow
    targetHigh
    status
    change
    flags
    completeness {
      reporting
      expected
      ratio
      complete
    }
    recent(count: 12) {
      period
      value
    }
  }
`);

const WORDS = {
  vi: {
    target: 'Mục tiêu',
    explain: 'Số liệu này từ đâu?',
    change: 'so với kỳ trước',
    trend: (from: string, to: string) => `Diễn biến từ ${from} đến ${to}`,
    incomplete: (r: number, e: number, pct: string) => `Chưa đủ số liệu: ${r}/${e} đơn vị báo cáo (${pct}%)`,
    flags: {
      crosswalk: 'Quy đổi từ các đơn vị trước sáp nhập',
      'crosswalk-split-excluded': 'Không tính phần xã bị chia tách',
      'crosswalk-non-additive': 'Không quy đổi được qua sáp nhập',
      'not-collected-at-level': 'Không thu thập ở cấp này',
    } as Record<string, string>,
  },
  en: {
    target: 'Target',
    explain: 'Where does this number come from?',
    change: 'vs previous period',
    trend: (from: string, to: string) => `Trend from ${from} to ${to}`,
    incomplete: (r: number, e: number, pct: string) => `Incomplete: ${r} of ${e} units reported (${pct}%)`,
    flags: {
      crosswalk: 'Converted from the units before the merger',
      'crosswalk-split-excluded': 'Split communes left out',
      'crosswalk-non-additive': 'Cannot be converted across the merger',
      'not-collected-at-level': 'Not collected at this level',
    } as Record<string, string>,
  },
};

type Props = {
  value: FragmentType<typeof IndicatorTileValue>;
  unit: string;
  locale: Locale;
  /** The meeting-room screen: big number, few words. */
  wall?: boolean;
  /** h4 under a sector's heading in the overview. */
  heading?: 'h3' | 'h4';
};

export function IndicatorTile({ value: masked, unit, locale, wall, heading: Heading = 'h3' }: Props) {
  const v = getFragmentData(IndicatorTileValue, masked);
  const m = messages(locale, WORDS);
  const name = locale === 'en' ? v.indicator.nameEn : v.indicator.name;
  const target =
    v.targetLow !== null && v.targetLow !== undefined && v.targetHigh !== null && v.targetHigh !== undefined
      ? `${formatNumber(locale, v.targetLow)}–${formatNumber(locale, v.targetHigh)}`
      : v.target !== null && v.target !== undefined
        ? formatNumber(locale, v.target)
        : null;
  const first = v.recent[0]?.period;
  const change = v.change !== null && v.change !== undefined && (
    // The arrow is drawn by CSS: the sign of the number says it to screen readers.
    <span data-part="change" className={v.change > 0 ? styles.up : v.change < 0 ? styles.down : undefined}>
      {formatChange(locale, v.change)}
    </span>
  );
  const href = withLang(`/indicators/${v.indicator.code}?unit=${encodeURIComponent(unit)}`, locale);
  return (
    <article
      className={`${styles.tile} ${styles[v.status]} ${wall ? styles.wall : ''}`}
      data-indicator={v.indicator.code}
      data-status={v.status}
    >
      <Heading className={styles.name}>
        {/* A plain link: a full load of the indicator's page, and no client component per tile to render. */}
        <a href={href}>{name}</a>
      </Heading>
      <p className={styles.value}>
        <data value={v.value ?? ''}>{formatNumber(locale, v.value)}</data>{' '}
        <span className={styles.unit}>{v.indicator.unit}</span>
      </p>
      <p className={styles.meta}>
        <span data-part="period">{formatPeriod(locale, v.period)}</span>{' '}
        {/* The wall leaves out "no target": only what a target says is worth a word across the room. */}
        {!(wall && v.status === 'NO_TARGET') && <StatusBadge status={v.status} locale={locale} />}
        {wall && change}
      </p>
      {target && !wall && (
        <p className={styles.meta} data-part="target">
          {m.target}: {target} {v.indicator.unit}
        </p>
      )}
      {!wall && change && (
        <p className={styles.change}>
          {change} {m.change}
        </p>
      )}
      <Sparkline
        points={v.recent}
        label={m.trend(formatPeriod(locale, first ?? v.period), formatPeriod(locale, v.period))}
        width={wall ? 240 : 140}
        height={32}
      />
      {!wall && !v.completeness.complete && v.completeness.expected > 0 && (
        <p className={styles.note} data-part="completeness">
          {m.incomplete(
            v.completeness.reporting,
            v.completeness.expected,
            formatNumber(locale, Math.floor(v.completeness.ratio * 1000) / 10),
          )}
        </p>
      )}
      {/* The national 766 indices: where they come from and how fresh they are, beside the value. */}
      {v.indicator.feed && <FeedFreshness feed={v.indicator.feed} locale={locale} wall={wall} />}
      {!wall &&
        v.flags.map((f) => (
          <p key={f} className={styles.note}>
            {m.flags[f] ?? f}
          </p>
        ))}
      {!wall && (
        <p className={styles.note}>
          <a href={withLang(explanationHref(unit, v.indicator.code, v.period), locale)} data-part="explain">
            {m.explain}
          </a>
        </p>
      )}
    </article>
  );
}
