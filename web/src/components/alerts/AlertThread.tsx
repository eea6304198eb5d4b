// An alert's thread, oldest first: raised, the directive with its deadline, the explanation with its remedy plan,
// accepted or returned with the leader's comment, closed; each step with its author and time.
import type { AlertPageQuery } from '@/gql/graphql';
import { roleLabel } from '@/lib/auth/roleLabels';
import { formatDate, formatDateTime } from '@/lib/format';
import { type Locale, messages } from '@/lib/i18n';
import styles from './AlertPage.module.css';
import { eventKindLabel } from './alertWords';

type Event = NonNullable<AlertPageQuery['alert']>['events'][number];

const WORDS = {
  vi: { title: 'Diễn biến xử lý', deadline: 'Hạn giải trình', remedy: 'Kế hoạch khắc phục', system: 'Hệ thống' },
  en: { title: 'Thread', deadline: 'Deadline', remedy: 'Remedy plan', system: 'System' },
};

export function AlertThread({ events, locale }: { events: readonly Event[]; locale: Locale }) {
  const m = messages(locale, WORDS);
  return (
    <section aria-labelledby="thread-title">
      <h2 id="thread-title">{m.title}</h2>
      <ol className={styles.thread} id="thread">
        {events.map((e) => (
          <li key={e.id} data-kind={e.kind}>
            <p className={styles.eventHead}>
              <strong>{eventKindLabel(locale, e.kind)}</strong> ·{' '}
              {e.author ? `${e.author.displayName} (${roleLabel(locale, e.author.role)})` : m.system} ·{' '}
              <time dateTime={e.at}>{formatDateTime(locale, e.at)}</time>
            </p>
            {e.message && <p className={styles.message}>{e.message}</p>}
            {e.deadline && (
              <p>
                {m.deadline}: {formatDate(locale, e.deadline)}
              </p>
            )}
            {e.remedyPlan && (
              <>
                <p className={styles.label}>{m.remedy}:</p>
                <p className={styles.message}>{e.remedyPlan}</p>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
