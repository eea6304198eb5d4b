// Numbers, dates and periods as people read them: vi-VN in Vietnamese (1.234,5 and 28/11/2026), en-GB in English
// (1,234.5 and 28/11/2026). Periods are the API's SDMX identifiers (2026, 2026-Q3, 2026-10, 2026-W47, 2026-11-28).
import type { Locale } from './i18n';

const NUMBER_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}|${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALE[locale], { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format;
}

/** A value for display: at most 2 decimals below 100, 1 below 10,000, none above; an em dash for no value. */
export function formatNumber(locale: Locale, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  const digits = abs >= 10_000 ? 0 : abs >= 100 ? 1 : 2;
  return numberFormat(locale, digits).format(value);
}

/** A change in percent with its sign: +12,5% / −3,1%; an em dash when there is nothing to compare. */
export function formatChange(locale: Locale, ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  const text = numberFormat(locale, 1).format(Math.abs(ratio * 100));
  return `${ratio > 0 ? '+' : ratio < 0 ? '−' : ''}${text}%`;
}

/** A share (0.24) as a whole percent: 24%; an em dash for none. */
export function formatPercent(locale: Locale, ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return `${numberFormat(locale, 0).format(Math.round(ratio * 100))}%`;
}

/** A date (YYYY-MM-DD) as dd/mm/yyyy. */
export function formatDate(_locale: Locale, isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

const WORDS: Record<Locale, { week: string; month: string; quarter: string; year: string }> = {
  vi: { week: 'Tuần', month: 'Tháng', quarter: 'Quý', year: 'Năm' },
  en: { week: 'Week', month: '', quarter: 'Q', year: '' },
};

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A period identifier for display: Tháng 10/2026, Quý 3/2026, Tuần 47/2026, Năm 2026, 28/11/2026 (en: Oct 2026, Q3 2026…). */
export function formatPeriod(locale: Locale, id: string): string {
  const w = WORDS[locale];
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(id);
  if (m) return formatDate(locale, id);
  m = /^(\d{4})-W(\d{2})$/.exec(id);
  if (m) return locale === 'vi' ? `${w.week} ${Number(m[2])}/${m[1]}` : `${w.week} ${Number(m[2])} ${m[1]}`;
  m = /^(\d{4})-Q(\d)$/.exec(id);
  if (m) return locale === 'vi' ? `${w.quarter} ${m[2]}/${m[1]}` : `Q${m[2]} ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(id);
  if (m) return locale === 'vi' ? `${w.month} ${m[2]}/${m[1]}` : `${MONTHS_EN[Number(m[2]) - 1]} ${m[1]}`;
  m = /^(\d{4})$/.exec(id);
  if (m) return locale === 'vi' ? `${w.year} ${m[1]}` : (m[1] ?? id);
  return id;
}

const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant (ISO 8601) as Vietnam's local time, dd/mm/yyyy hh:mm, the same in both languages. */
export function formatDateTime(_locale: Locale, iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return DATE_TIME.format(at).replace(',', '');
}
