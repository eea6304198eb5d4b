// The head of an alert page: indicator, unit (a link to its page), period, the value that raised the alert against
// its target, its status and state, when it was raised and closed, and the value now.
import Link from 'next/link';
import type { AlertPageQuery } from '@/gql/graphql';
import { formatDateTime, formatNumber, formatPeriod } from '@/lib/format';
import { type Locale, messages, withLang } from '@/lib/i18n';
import { StatusBadge } from '../unit/StatusBadge';
import styles from './AlertPage.module.css';
import { ALERT_WORDS, alertStateLabel } from './alertWords';

type Alert = NonNullable<AlertPageQuery['alert']>;

const WORDS = {
  vi: { now: 'Giá trị hiện tại', details: 'Thông tin cảnh báo' },
  en: { now: 'Current value', details: 'Alert details' },
};

export function AlertSummary({ alert, locale }: { alert: Alert; locale: Locale }) {
  const m = { ...messages(locale, ALERT_WORDS), ...messages(locale, WORDS) };
  const unitOfMeasure = alert.indicator.unit;
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
