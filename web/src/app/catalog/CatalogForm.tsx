// The catalog's search and filters as a plain GET form: the state is in the URL, and it works without JavaScript.
import Link from 'next/link';
import {
  ADMIN_LEVELS,
  FREQUENCIES,
  frequencyLabel,
  levelLabel,
  SOURCES,
  sourceLabel,
} from '@/components/indicator/enumLabels';
import { type Locale, messages, withLang } from '@/lib/i18n';
import styles from './catalog.module.css';
import type { CatalogFilter } from './catalogFilter';

const WORDS = {
  vi: {
    search: 'Tìm chỉ tiêu',
    hint: 'Tên (có hoặc không dấu), tên tiếng Anh hoặc mã',
    sector: 'Lĩnh vực',
    frequency: 'Tần suất',
    level: 'Cấp',
    source: 'Nguồn',
    all: 'Tất cả',
    submit: 'Lọc',
    reset: 'Bỏ lọc',
  },
  en: {
    search: 'Search indicators',
    hint: 'Name (Vietnamese, with or without diacritics, or English) or code',
    sector: 'Sector',
    frequency: 'Frequency',
    level: 'Level',
    source: 'Source',
    all: 'All',
    submit: 'Filter',
    reset: 'Clear filters',
  },
};

type Props = {
  filter: CatalogFilter;
  sectors: { code: string; name: string; nameEn: string }[];
  locale: Locale;
};

export function CatalogForm({ filter, sectors, locale }: Props) {
  const m = messages(locale, WORDS);
  return (
    <search>
      <form className={styles.form} action="/catalog" method="get">
        {locale === 'en' && <input type="hidden" name="lang" value="en" />}
        <label className={styles.search}>
          {m.search}
          <input type="search" name="q" defaultValue={filter.q ?? ''} aria-describedby="catalog-search-hint" />
          <small id="catalog-search-hint">{m.hint}</small>
        </label>
        <label>
          {m.sector}
          <select name="sector" defaultValue={filter.sector ?? ''}>
            <option value="">{m.all}</option>
            {sectors.map((s) => (
              <option key={s.code} value={s.code}>
                {locale === 'en' ? s.nameEn : s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.frequency}
          <select name="frequency" defaultValue={filter.frequency ?? ''}>
            <option value="">{m.all}</option>
            {FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {frequencyLabel(locale, f)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.level}
          <select name="level" defaultValue={filter.level ?? ''}>
            <option value="">{m.all}</option>
            {ADMIN_LEVELS.map((l) => (
              <option key={l} value={l}>
                {levelLabel(locale, l)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.source}
          <select name="source" defaultValue={filter.source ?? ''}>
            <option value="">{m.all}</option>
            {SOURCES.map((s) => (
              <option key={s} value={s}>
                {sourceLabel(locale, s)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{m.submit}</button>
        <Link href={withLang('/catalog', locale)}>{m.reset}</Link>
      </form>
    </search>
  );
}
