// An alert page: the alert and its current value, its whole thread in order, the form the reader may use, kept
// current live (a new step by anyone shows without a reload).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { AlertForms } from '@/components/alerts/AlertForms';
import { AlertSummary } from '@/components/alerts/AlertSummary';
import { AlertThread } from '@/components/alerts/AlertThread';
import { loadAlert } from '@/components/alerts/loadAlert';
import { AccessDenied } from '@/components/auth/AccessDenied';
import { LiveAlerts } from '@/components/live/LiveAlerts';
import { apiProblem } from '@/lib/apiError';
import { loginHref, requireUser } from '@/lib/auth/requireUser';
import { formatPeriod } from '@/lib/format';
import { localeFrom, messages, withLang } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

const WORDS = {
  vi: { inbox: 'Cảnh báo', failed: 'Không tải được cảnh báo', title: (id: string) => `Cảnh báo ${id}` },
  en: { inbox: 'Alerts', failed: 'The alert could not be loaded', title: (id: string) => `Alert ${id}` },
};

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const locale = localeFrom(query);
  const alert = (await loadAlert(id)).data?.alert;
  if (!alert) return { title: messages(locale, WORDS).title(id) };
  const name = locale === 'en' ? alert.indicator.nameEn : alert.indicator.name;
  return { title: `${name} · ${alert.unit.fullName}` };
}

export default async function AlertPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const me = await requireUser();
  const locale = localeFrom(query);
  const m = messages(locale, WORDS);
  const result = await loadAlert(id);
  const problem = apiProblem(result.error);
  if (problem?.code === 'UNAUTHENTICATED') redirect(loginHref(withLang(`/alerts/${id}`, locale)));
  if (problem?.code === 'FORBIDDEN') return <AccessDenied locale={locale} />;
  if (problem) {
    return (
      <div className="error" role="alert">
        <h1>{m.failed}</h1>
        <p>{problem.message}</p>
      </div>
    );
  }
  const alert = result.data?.alert;
  if (!alert) notFound();
  const name = locale === 'en' ? alert.indicator.nameEn : alert.indicator.name;
  return (
    <article>
      <nav className="breadcrumbs" aria-label={m.inbox}>
        <ol>
          <li>
            <Link href={withLang('/alerts', locale)}>{m.inbox}</Link>
          </li>
          <li aria-current="page">{name}</li>
        </ol>
      </nav>
      <h1>
        {name} — {alert.unit.fullName}, {formatPeriod(locale, alert.period)}
      </h1>
      <LiveAlerts />
      <AlertSummary alert={alert} locale={locale} />
      <AlertThread events={alert.events} locale={locale} />
      <AlertForms alert={alert} me={me} locale={locale} />
    </article>
  );
}
