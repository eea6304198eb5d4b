// The print-ready quick report of a unit for a period (/units/68/report?period=2025-06): what the "Báo cáo nhanh"
// button of a unit page opens. Signed-in readers only; an officer sees their own units, others get the refusal page.
import type { Metadata } from 'next';
import Link from 'next/link';
import { AccessDenied } from '@/components/auth/AccessDenied';
import { prepareReport, reportParams } from '@/components/report/prepareReport';
import { ReportView } from '@/components/report/ReportView';
import { reportWords } from '@/components/report/reportWords';
import { requireUser } from '@/lib/auth/requireUser';
import { formatPeriod } from '@/lib/format';
import { localeFrom, withLang } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  const m = reportWords(localeFrom(query));
  const period = reportParams(query).period;
  return { title: `${m.title} ${code}${period ? ` — ${formatPeriod(localeFrom(query), period)}` : ''}` };
}

export default async function ReportPage({ params, searchParams }: Props) {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  await requireUser();
  const locale = localeFrom(query);
  const prepared = await prepareReport(code, reportParams(query), locale);
  if (prepared.ok) return <ReportView report={prepared.report} />;
  if (prepared.status === 403) return <AccessDenied locale={locale} />;
  return (
    <div className="error" role="alert" data-status={prepared.status}>
      <h1>{reportWords(locale).title}</h1>
      <p>{prepared.message}</p>
      <Link href={withLang(`/units/${encodeURIComponent(code)}`, locale)}>{reportWords(locale).back}</Link>
    </div>
  );
}
