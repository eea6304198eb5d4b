// The alerts inbox: the alerts in the reader's scope, newest first, filtered by a GET form whose state is the URL,
// a page of 25 at a time (cursor pagination); live: a new alert or step refreshes the list.
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AlertFilters } from '@/components/alerts/AlertFilters';
import styles from '@/components/alerts/Alerts.module.css';
import { AlertsTable } from '@/components/alerts/AlertsTable';
import { alertFilterFrom, alertsHref } from '@/components/alerts/alertFilter';
import { loadAlerts } from '@/components/alerts/loadAlerts';
import { AccessDenied } from '@/components/auth/AccessDenied';
import { requestLocale } from '@/components/layout/requestLocale';
import { LiveAlerts } from '@/components/live/LiveAlerts';
import { apiProblem } from '@/lib/apiError';
import { loginHref, requireUser } from '@/lib/auth/requireUser';
import { messages } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

const WORDS = {
  vi: {
    title: 'Cảnh báo',
    count: (n: number) => `${n} cảnh báo`,
    none: 'Không có cảnh báo nào khớp bộ lọc.',
    next: 'Trang sau',
    first: 'Về trang đầu',
    failed: 'Không tải được danh sách cảnh báo',
    badFilter: 'Bộ lọc không hợp lệ:',
  },
  en: {
    title: 'Alerts',
    count: (n: number) => `${n} alerts`,
    none: 'No alert matches the filter.',
    next: 'Next page',
    first: 'First page',
    failed: 'The alerts could not be loaded',
    badFilter: 'The filter is not valid:',
  },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(await requestLocale(), WORDS).title };
}

export default async function AlertsPage({ searchParams }: Props) {
  await requireUser();
  const filter = alertFilterFrom(await searchParams);
  const locale = filter.lang;
  const m = messages(locale, WORDS);
  const result = await loadAlerts(filter);
  const problem = apiProblem(result.error);
  if (problem?.code === 'UNAUTHENTICATED') redirect(loginHref(alertsHref(filter)));
  if (problem?.code === 'FORBIDDEN') return <AccessDenied locale={locale} />;
  const connection = result.data?.alerts;
  const alerts = connection?.edges.map((e) => e.node) ?? [];
  return (
    <article>
      <h1>{m.title}</h1>
      <LiveAlerts />
      <AlertFilters filter={filter} sectors={result.data?.sectors ?? []} locale={locale} />
      {problem && (
        <div className="error" role="alert">
          <p>
            {problem.code === 'BAD_USER_INPUT' ? m.badFilter : m.failed} {problem.message}
          </p>
        </div>
      )}
      {connection && (
        <>
          <p className={styles.muted} id="alert-count">
            {m.count(connection.totalCount)}
          </p>
          {alerts.length > 0 ? <AlertsTable alerts={alerts} locale={locale} caption={m.title} /> : <p>{m.none}</p>}
          <nav className={styles.pager}>
            {filter.after && <Link href={alertsHref(filter, { after: undefined })}>{m.first}</Link>}
            {connection.pageInfo.hasNextPage && connection.pageInfo.endCursor && (
              <Link href={alertsHref(filter, { after: connection.pageInfo.endCursor })}>{m.next}</Link>
            )}
          </nav>
        </>
      )}
    </article>
  );
}
