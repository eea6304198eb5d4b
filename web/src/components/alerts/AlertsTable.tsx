// The inbox's rows: indicator, unit, period, value against target, status (word and colour), the directive's state
// and deadline, an overdue badge; each row links to its alert page.
import Link from 'next/link';
import type { AlertsInboxQuery } from '@/gql/graphql';
import { formatDate, formatNumber, formatPeriod } from '@/lib/format';
import { type Locale, messages, withLang } from '@/lib/i18n';
import { TableScroll } from '../layout/TableScroll';
import { StatusBadge } from '../unit/StatusBadge';
import styles from './Alerts.module.css';
import { ALERT_WORDS, alertStateLabel, directiveStateLabel } from './alertWords';

type Alert = AlertsInboxQuery['alerts']['edges'][number]['node'];

export function AlertsTable({ alerts, locale, caption }: { alerts: Alert[]; locale: Locale; caption: string }) {
  const m = messages(locale, ALERT_WORDS);
  return (
    <TableScroll label={caption}>
      <table className={styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.indicator}</th>
            <th scope="col">{m.unit}</th>
            <th scope="col">{m.period}</th>
            <th scope="col">
              {m.value} / {m.target}
            </th>
            <th scope="col">{m.status}</th>
            <th scope="col">{m.directive}</th>
            <th scope="col">{m.deadline}</th>
          </tr>
        </thead>
        <tbody>
          {alerts.map((a) => (
            <tr key={a.id} data-alert={a.id} data-unit={a.unit.code}>
              <th scope="row">
                <Link href={withLang(`/alerts/${a.id}`, locale)}>
                  {locale === 'en' ? a.indicator.nameEn : a.indicator.name}
                </Link>
              </th>
              <td>{a.unit.fullName}</td>
              <td>{formatPeriod(locale, a.period)}</td>
              <td className={styles.number}>
                {formatNumber(locale, a.value)} / {a.target ?? '—'}{' '}
                <span className={styles.muted}>{a.indicator.unit}</span>
              </td>
              <td>
                <StatusBadge status={a.status} locale={locale} />
                {a.state === 'CLOSED' && <span className={styles.muted}> · {alertStateLabel(locale, a.state)}</span>}
              </td>
              <td>{a.directive ? directiveStateLabel(locale, a.directive.state) : m.noDirective}</td>
              <td>
                {a.directive ? formatDate(locale, a.directive.deadline) : '—'}
                {a.overdue && <span className={styles.overdue}>{m.overdue}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
