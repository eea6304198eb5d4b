// The audit log, for administrators: every write with who made it and when, newest first; filters by actor and
// action in a GET form, cursor pagination.
import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditTable } from '@/components/audit/AuditTable';
import { loadAuditLog } from '@/components/audit/loadAuditLog';
import { AccessDenied } from '@/components/auth/AccessDenied';
import { requestLocale } from '@/components/layout/requestLocale';
import { requireUser } from '@/lib/auth/requireUser';
import { localeFrom, messages } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

const WORDS = {
  vi: {
    title: 'Nhật ký kiểm toán',
    actor: 'Người thực hiện',
    action: 'Thao tác',
    filter: 'Lọc',
    next: 'Trang sau',
    first: 'Về trang đầu',
    failed: 'Không tải được nhật ký',
  },
  en: {
    title: 'Audit log',
    actor: 'Actor',
    action: 'Action',
    filter: 'Filter',
    next: 'Next page',
    first: 'First page',
    failed: 'The audit log could not be loaded',
  },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(await requestLocale(), WORDS).title };
}

export default async function AuditPage({ searchParams }: Props) {
  const me = await requireUser();
  const query = await searchParams;
  const locale = localeFrom(query);
  const m = messages(locale, WORDS);
  if (me.role !== 'ADMIN') return <AccessDenied locale={locale} page="admin" />;
  const filter = { actor: one(query.actor), action: one(query.action), after: one(query.after) };
  const result = await loadAuditLog(filter);
  const connection = result.data?.auditLog;
  const href = (after?: string) => {
    const params = new URLSearchParams();
    if (filter.actor) params.set('actor', filter.actor);
    if (filter.action) params.set('action', filter.action);
    if (after) params.set('after', after);
    if (locale === 'en') params.set('lang', 'en');
    return `/audit?${params}`;
  };
  return (
    <article>
      <h1>{m.title}</h1>
      <form method="get" action="/audit" className="period-form">
        {locale === 'en' && <input type="hidden" name="lang" value="en" />}
        <label htmlFor="audit-actor">{m.actor}</label>
        <input id="audit-actor" name="actor" defaultValue={filter.actor ?? ''} size={16} />
        <label htmlFor="audit-action">{m.action}</label>
        <input id="audit-action" name="action" defaultValue={filter.action ?? ''} size={16} />
        <button type="submit">{m.filter}</button>
      </form>
      {result.error && (
        <p className="error" role="alert">
          {m.failed}: {result.error.graphQLErrors[0]?.message ?? result.error.message}
        </p>
      )}
      {connection && (
        <>
          <AuditTable entries={connection.edges.map((e) => e.node)} locale={locale} caption={m.title} />
          <nav className="pager">
            {filter.after && <Link href={href()}>{m.first}</Link>}{' '}
            {connection.pageInfo.hasNextPage && connection.pageInfo.endCursor && (
              <Link href={href(connection.pageInfo.endCursor)}>{m.next}</Link>
            )}
          </nav>
        </>
      )}
    </article>
  );
}
