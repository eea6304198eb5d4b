// The head of an alert page: indicator, unit (a link to its page), period, the value that raised the alert against
// its target, its status and state, when it was raised and closed, the value now and, for an indicator summed over
// time, where its year is projected to end (a link to the projection's chart).
import Link from 'next/link';
import type { AlertPageQuery } from '@/gql/graphql';
import { formatDateTime, formatNumber, formatPercent, formatPeriod } from '@/lib/format';
import { type Locale, messages, withLang } from '@/lib/i18n';
import { StatusBadge } from '../unit/StatusBadge';
import styles from './AlertPage.module.css';
import { ALERT_WORDS, alertStateLabel } from './alertWords';

type Alert = NonNullable<AlertPageQuery['alert']>;

const WORDS = {
  vi: {
    now: 'Giá trị hiện tại',
    details: 'Thông tin cảnh báo',
    projection: 'Dự báo cả năm',
    yearTarget: 'chỉ tiêu năm',
    chance: 'khả năng đạt',
    chart: 'xem biểu đồ dự báo',
  },
  en: {
    now: 'Current value',
    details: 'Alert details',
    projection: 'Year-end projection',
    yearTarget: 'year target',
    chance: 'chance of reaching it',
    chart: 'see the projection chart',
  },
};

export function AlertSummary({ alert, locale }: { alert: Alert; locale: Locale }) {
  const m = { ...messages(locale, ALERT_WORDS), ...messages(locale, WORDS) };
  const unitOfMeasure = alert.indicator.unit;
  const projection = alert.current.projection;
  const chartHref = `/indicators/${alert.indicator.code}?unit=${encodeURIComponent(alert.unit.code)}&to=${alert.period}`;
  return (
    <dl className={styles.summary} aria-label={m.details}>
      <dt>{m.unit}</dt>
      <dd>
        <Link href={withLang(`/units/${alert.unit.code}?period=${alert.period}`, locale)}>{alert.unit.fullName}</Link>
      </dd>
      <dt>{m.period}</dt>
      <dd>{formatPeriod(locale, alert.period)}</dd>
      <dt>{m.value}</dt>
      <dd>
        <data value={alert.value ?? ''}>{formatNumber(locale, alert.value)}</data> {unitOfMeasure}
      </dd>
      <dt>{m.target}</dt>
      <dd>{alert.target ?? '—'}</dd>
      <dt>{m.status}</dt>
      <dd>
        <StatusBadge status={alert.status} locale={locale} />
      </dd>
      <dt>{m.now}</dt>
      <dd id="current-value">
        {formatNumber(locale, alert.current.value)} {unitOfMeasure}{' '}
        <StatusBadge status={alert.current.status} locale={locale} />
      </dd>
      {projection && (
        <>
          <dt>{m.projection}</dt>
          <dd id="year-projection">
            {formatNumber(locale, projection.value)} {unitOfMeasure}
            {projection.yearTarget !== null && projection.yearTarget !== undefined && (
              <>
                {' '}
                ({m.yearTarget} {formatNumber(locale, projection.yearTarget)}
                {projection.chance !== null &&
                  projection.chance !== undefined &&
                  `; ${m.chance} ${formatPercent(locale, projection.chance)}`}
                )
              </>
            )}{' '}
            — <Link href={`${withLang(chartHref, locale)}#projection`}>{m.chart}</Link>
          </dd>
        </>
      )}
      <dt>{m.state}</dt>
      <dd data-state={alert.state}>
        {alertStateLabel(locale, alert.state)}
        {alert.overdue && <span className={styles.overdue}>{m.overdue}</span>}
      </dd>
      <dt>{m.raisedAt}</dt>
      <dd>{formatDateTime(locale, alert.raisedAt)}</dd>
      {alert.closedAt && (
        <>
          <dt>{m.closedAt}</dt>
          <dd>{formatDateTime(locale, alert.closedAt)}</dd>
        </>
      )}
    </dl>
  );
}
