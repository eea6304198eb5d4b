// An indicator's page: its catalog definition, its series for a unit with the target, the ranking of units at a level
// and the bar chart of units. Each panel is an async server component in its own Suspense: a slow one blocks no other.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { frequencyLabel } from '@/components/indicator/enumLabels';
import { IndicatorDefinition } from '@/components/indicator/IndicatorDefinition';
import { loadIndicatorHeader } from '@/components/indicator/loadIndicatorHeader';
import { PanelSkeleton } from '@/components/indicator/PanelSkeleton';
import { ProjectionPanel } from '@/components/indicator/ProjectionPanel';
import { RankingPanel } from '@/components/indicator/RankingPanel';
import { SeriesPanel } from '@/components/indicator/SeriesPanel';
import { UnitsBarPanel } from '@/components/indicator/UnitsBarPanel';
import { indicatorViewFrom, rankingChoice, seriesRange } from '@/components/indicator/viewParams';
import { homeUnitOf } from '@/lib/auth/homeUnit';
import { loadMe } from '@/lib/auth/loadMe';
import { loginHref } from '@/lib/auth/requireUser';
import { localeFrom, messages, withLang } from '@/lib/i18n';
import styles from './page.module.css';

export const dynamic = 'force-dynamic';

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ code: string }>; searchParams: Promise<SearchParams> };

const WORDS = {
  vi: {
    catalog: 'Danh mục chỉ tiêu',
    derived: 'Chỉ tiêu tính theo công thức',
    input: 'Chỉ tiêu thu thập',
    definition: 'Định nghĩa',
    series: 'Diễn biến theo thời gian',
    projection: 'Dự báo cuối năm',
    ranking: 'Xếp hạng đơn vị',
    bars: 'Biểu đồ cột theo đơn vị',
    error: 'Không hiển thị được chỉ tiêu',
    deprecated: 'Ngừng sử dụng',
    noData: 'Chưa có số liệu cho chỉ tiêu này: chọn một kỳ báo cáo trong địa chỉ (?period=…).',
    signIn: 'Đăng nhập để xem số liệu của chỉ tiêu theo thời gian và theo đơn vị',
  },
  en: {
    catalog: 'Indicator catalog',
    derived: 'Derived indicator (formula)',
    input: 'Collected indicator',
    definition: 'Definition',
    series: 'Over time',
    projection: 'Year-end projection',
    ranking: 'Ranking of units',
    bars: 'Bar chart of units',
    error: 'The indicator cannot be shown',
    deprecated: 'Deprecated',
    noData: 'No data for this indicator yet: name a period in the address (?period=…).',
    signIn: 'Sign in to see the figures of this indicator over time and by unit',
  },
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  const header = await loadIndicatorHeader(code, homeUnitOf(await loadMe()));
  if (typeof header !== 'object' || 'error' in header) return { title: code };
  const i = header.indicator;
  return { title: `${localeFrom(query) === 'en' ? i.nameEn : i.name} (${i.code})` };
}

export default async function IndicatorPage({ params, searchParams }: Props) {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  // The definition is the catalog's, public like the catalog; the values are for signed-in readers.
  const me = await loadMe();
  const locale = localeFrom(query);
  const m = messages(locale, WORDS);
  const home = homeUnitOf(me);
  const header = await loadIndicatorHeader(code, home);
  if (header === 'not-found') notFound();
  if ('error' in header) {
    return (
      <div className="error" role="alert">
        <h1>
          {m.error} {code}
        </h1>
        <p>{header.error}</p>
      </div>
    );
  }
  const { indicator, editions, latestPeriod } = header;
  const view = indicatorViewFrom(query);
  const name = locale === 'en' ? indicator.nameEn : indicator.name;
  const ranking = rankingChoice(view, indicator, editions, latestPeriod);
  // An indicator shorter than a year is projected to its year's end from the series' last period, for the series'
  // unit: summed, averaged or read at its latest period over time, or derived (the API answers null where it cannot).
  const time = indicator.aggregation?.time;
  const projectable =
    indicator.frequency !== 'YEAR' && (indicator.derived || time === 'SUM' || time === 'AVERAGE' || time === 'LAST');
  const projectFrom = projectable ? seriesRange(view, latestPeriod)?.to : undefined;
  return (
    <article lang={locale} className={styles.page}>
      <nav className="breadcrumbs" aria-label={m.catalog}>
        <ol>
          <li>
            <Link href={withLang('/catalog', locale)}>{m.catalog}</Link>
          </li>
          <li aria-current="page">{indicator.code}</li>
        </ol>
      </nav>
      <h1>{name}</h1>
      <p className="meta">
        <code>{indicator.code}</code> · {indicator.derived ? m.derived : m.input} ·{' '}
        {frequencyLabel(locale, indicator.frequency)} · <span lang="vi">{indicator.unit}</span>
        {indicator.deprecated && ` · ${m.deprecated}`}
      </p>
      <Suspense fallback={<PanelSkeleton title={m.definition} lines={8} />}>
        <IndicatorDefinition code={indicator.code} locale={locale} />
      </Suspense>
      {!me && (
        <p className="meta" id="sign-in-for-values">
          <Link href={withLang(loginHref(withLang(`/indicators/${indicator.code}`, locale)), locale)}>{m.signIn}</Link>
        </p>
      )}
      {me && (
        <>
          <Suspense key={`${view.unit}|${view.from}|${view.to}`} fallback={<PanelSkeleton title={m.series} chart />}>
            <SeriesPanel
              code={indicator.code}
              name={name}
              unitOfMeasure={indicator.unit}
              indicator={indicator}
              editions={editions}
              latest={latestPeriod}
              view={view}
              locale={locale}
              home={home}
            />
          </Suspense>
          {projectFrom && (
            <Suspense key={`p|${view.unit}|${projectFrom}`} fallback={<PanelSkeleton title={m.projection} chart />}>
              <ProjectionPanel
                code={indicator.code}
                name={name}
                unitOfMeasure={indicator.unit}
                unit={view.unit ?? home}
                period={projectFrom}
                locale={locale}
              />
            </Suspense>
          )}
          <div className={styles.units}>
            <Suspense
              key={`r|${ranking?.level}|${ranking?.period}`}
              fallback={<PanelSkeleton title={m.ranking} lines={12} />}
            >
              {ranking ? (
                <RankingPanel
                  code={indicator.code}
                  view={view}
                  locale={locale}
                  period={ranking.period}
                  level={ranking.level}
                  levels={ranking.levels}
                />
              ) : (
                <section id="ranking" aria-labelledby="ranking-heading">
                  <h2 id="ranking-heading">{m.ranking}</h2>
                  <p className="meta">{m.noData}</p>
                </section>
              )}
            </Suspense>
            <Suspense key={`b|${ranking?.level}|${ranking?.period}`} fallback={<PanelSkeleton title={m.bars} chart />}>
              {ranking ? (
                <UnitsBarPanel
                  code={indicator.code}
                  name={name}
                  locale={locale}
                  period={ranking.period}
                  level={ranking.level}
                />
              ) : null}
            </Suspense>
          </div>
        </>
      )}
    </article>
  );
}
