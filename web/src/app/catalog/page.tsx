// The catalog: every indicator, searchable (name with or without diacritics, English name, code) and filterable by
// sector, frequency, level and source through a GET form, grouped by sector; each row links to its indicator page.
import type { Metadata } from 'next';
import Link from 'next/link';
import { frequencyLabel, levelLabel, sourceLabel } from '@/components/indicator/enumLabels';
import { TableScroll } from '@/components/layout/TableScroll';
import { graphql } from '@/gql';
import { localeFrom, messages, withLang } from '@/lib/i18n';
import { getClient } from '@/lib/urql';
import { CatalogForm } from './CatalogForm';
import styles from './catalog.module.css';
import { catalogFilterFrom, isFiltered, matchesCatalogFilter } from './catalogFilter';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const CatalogPageQuery = graphql(`
  query CatalogPage {
    sectors {
      code
      name
      nameEn
      indicators {
        code
        name
        nameEn
        unit
        frequency
        levels
        levelAfterReform
        source
        formula
        agency
      }
    }
  }
`);

const WORDS = {
  vi: {
    title: 'Danh mục chỉ tiêu',
    summary: (total: number, sectors: number) => `${total} chỉ tiêu trong ${sectors} lĩnh vực, định nghĩa trong`,
    found: (shown: number, total: number) => `${shown} / ${total} chỉ tiêu khớp bộ lọc.`,
    none: 'Không có chỉ tiêu nào khớp bộ lọc.',
    code: 'Mã',
    indicator: 'Chỉ tiêu',
    unit: 'Đơn vị tính',
    frequency: 'Tần suất',
    levels: 'Cấp',
    source: 'Nguồn',
    error: 'Không tải được danh mục',
    noAnswer: 'Máy chủ dữ liệu không trả lời.',
  },
  en: {
    title: 'Indicator catalog',
    summary: (total: number, sectors: number) => `${total} indicators in ${sectors} sectors, defined in`,
    found: (shown: number, total: number) => `${shown} of ${total} indicators match the filters.`,
    none: 'No indicator matches the filters.',
    code: 'Code',
    indicator: 'Indicator',
    unit: 'Unit of measure',
    frequency: 'Frequency',
    levels: 'Levels',
    source: 'Source',
    error: 'The catalog could not be loaded',
    noAnswer: 'The data server did not answer.',
  },
};

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: messages(localeFrom(await searchParams), WORDS).title };
}

export default async function CatalogPage({ searchParams }: Props) {
  const query = await searchParams;
  const locale = localeFrom(query);
  const m = messages(locale, WORDS);
  const filter = catalogFilterFrom(query);
  const result = await getClient().query(CatalogPageQuery, {});
  if (result.error || !result.data) {
    return (
      <div className="error" role="alert">
        <h1>{m.error}</h1>
        <p>{result.error?.graphQLErrors[0]?.message ?? m.noAnswer}</p>
      </div>
    );
  }
  const { sectors } = result.data;
  const total = sectors.reduce((n, s) => n + s.indicators.length, 0);
  const shown = sectors
    .map((s) => ({ ...s, indicators: s.indicators.filter((i) => matchesCatalogFilter(i, s.code, filter)) }))
    .filter((s) => s.indicators.length > 0);
  const count = shown.reduce((n, s) => n + s.indicators.length, 0);
  return (
    <article lang={locale}>
      <h1>{m.title}</h1>
      <p className="meta">
        {m.summary(total, sectors.length)} <code>schema/catalog</code>.
      </p>
      <CatalogForm filter={filter} sectors={sectors} locale={locale} />
      {isFiltered(filter) && (
        <p role="status" data-testid="catalog-count">
          {count > 0 ? m.found(count, total) : m.none}
        </p>
      )}
      {shown.map((s) => (
        <section key={s.code} aria-labelledby={`sector-${s.code}`}>
          <h2 id={`sector-${s.code}`}>
            {locale === 'en' ? s.nameEn : s.name}{' '}
            <small lang={locale === 'en' ? 'vi' : 'en'}>({locale === 'en' ? s.name : s.nameEn})</small>
          </h2>
          <TableScroll label={locale === 'en' ? s.nameEn : s.name}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{m.code}</th>
                  <th scope="col">{m.indicator}</th>
                  <th scope="col">{m.unit}</th>
                  <th scope="col">{m.frequency}</th>
                  <th scope="col">{m.levels}</th>
                  <th scope="col">{m.source}</th>
                </tr>
              </thead>
              <tbody>
                {s.indicators.map((i) => {
                  const href = withLang(`/indicators/${i.code}`, locale);
                  return (
                    <tr key={i.code} data-code={i.code}>
                      <td className={styles.code}>
                        <code>{i.code}</code>
                      </td>
                      <td>
                        <Link href={href}>{locale === 'en' ? i.nameEn : i.name}</Link>
                        <span className={styles.nameEn} lang={locale === 'en' ? 'vi' : 'en'}>
                          {locale === 'en' ? i.name : i.nameEn}
                        </span>
                        {i.formula && (
                          <code className={styles.formula} lang="en">
                            = {i.formula}
                          </code>
                        )}
                      </td>
                      <td lang="vi">{i.unit}</td>
                      <td>{frequencyLabel(locale, i.frequency)}</td>
                      <td>{i.levels.map((l) => levelLabel(locale, l)).join(', ')}</td>
                      <td>{sourceLabel(locale, i.source)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ))}
    </article>
  );
}
