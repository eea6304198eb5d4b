// The alerts of a unit and every unit below it, on its page: open, overdue and awaiting explanation, linking to the
// inbox filtered to the unit. Its own query in its own Suspense: the unit's values never wait for it.
import Link from 'next/link';
import { graphql } from '@/gql';
import { type Locale, messages, withLang } from '@/lib/i18n';
import { getClient } from '@/lib/urql';
import styles from './AlertCountsPanel.module.css';

const UnitAlertCounts = graphql(`
  query UnitAlertCounts($code: String!) {
    unit(code: $code) {
      code
      alertCounts {
        open
        overdue
        awaitingExplanation
      }
    }
  }
`);

const WORDS = {
  vi: {
    label: 'Cảnh báo của đơn vị và các đơn vị trực thuộc',
    open: 'cảnh báo đang mở',
    overdue: 'quá hạn',
    awaiting: 'chờ giải trình',
  },
  en: {
    label: 'Alerts of this unit and the units below it',
    open: 'open alerts',
    overdue: 'overdue',
    awaiting: 'awaiting explanation',
  },
};

export async function AlertCountsPanel({ code, locale }: { code: string; locale: Locale }) {
  const m = messages(locale, WORDS);
  const counts = (await getClient().query(UnitAlertCounts, { code })).data?.unit?.alertCounts;
  // No counts (an API without alerts, a reader without access): nothing to say here.
  if (!counts) return null;
  const href = (extra: string) => withLang(`/alerts?unit=${encodeURIComponent(code)}${extra}`, locale);
  return (
    <nav className={styles.panel} aria-label={m.label} id="alert-counts">
      <Link href={href('')} data-count="open">
        <strong>{counts.open}</strong> {m.open}
      </Link>
      <Link href={href('&overdue=1')} data-count="overdue" className={counts.overdue > 0 ? styles.late : undefined}>
        <strong>{counts.overdue}</strong> {m.overdue}
      </Link>
      <Link href={href('&awaiting=1')} data-count="awaiting">
        <strong>{counts.awaitingExplanation}</strong> {m.awaiting}
      </Link>
    </nav>
  );
}
