// /units/68/explain?indicator=TOU_INTL_SHARE&period=2025-06: where a number comes from, reached from any tile of a
// unit page and from each input of another explanation.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { AccessDenied } from '@/components/auth/AccessDenied';
import { ExplanationPanel } from '@/components/explain/ExplanationPanel';
import { EXPLAIN_WORDS } from '@/components/explain/explainWords';
import { explanationHref } from '@/components/explain/explanationHref';
import { loadExplanation } from '@/components/explain/loadExplanation';
import { apiProblem } from '@/lib/apiError';
import { loginHref, requireUser } from '@/lib/auth/requireUser';
import { type Locale, localeFrom, messages, withLang } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  const m = messages(localeFrom(query), EXPLAIN_WORDS);
  return { title: `${m.title}: ${one(query.indicator) || '?'} · ${code} · ${one(query.period)}` };
}

export default async function ExplainPage({ params, searchParams }: Props) {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  await requireUser();
  const locale: Locale = localeFrom(query);
  const m = messages(locale, EXPLAIN_WORDS);
  const indicator = one(query.indicator);
  const period = one(query.period);
  if (!indicator || !period) {
    return (
      <div className="error" role="alert">
        <h1>{m.error}</h1>
        <p>{m.missingParams}</p>
      </div>
    );
  }
  const result = await loadExplanation(code, indicator, period);
  const problem = apiProblem(result.error);
  if (problem?.code === 'FORBIDDEN') return <AccessDenied locale={locale} />;
  if (problem?.code === 'UNAUTHENTICATED')
    redirect(loginHref(withLang(explanationHref(code, indicator, period), locale)));
  if (problem) {
    // A bad indicator or period: the API's message says which and why.
    return (
      <div className="error" role="alert">
        <h1>{m.error}</h1>
        <p>{problem.message}</p>
      </div>
    );
  }
  const unit = result.data?.unit;
  const value = unit?.value;
  if (!unit || !value) notFound();
  const name = locale === 'en' ? value.indicator.nameEn : value.indicator.name;
  return (
    <article lang={locale}>
      <nav className="breadcrumbs" aria-label={m.back}>
        <ol>
          <li>
            <Link href={withLang(`/units/${unit.code}?period=${encodeURIComponent(period)}`, locale)} prefetch={false}>
              {unit.fullName}
            </Link>
          </li>
          <li aria-current="page">{value.indicator.code}</li>
        </ol>
      </nav>
      <h1>{name}</h1>
      <p className="meta">
        <code>{value.indicator.code}</code> · {unit.fullName}
      </p>
      <ExplanationPanel unit={unit.code} value={value} locale={locale} />
    </article>
  );
}
