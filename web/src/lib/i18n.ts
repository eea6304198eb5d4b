// Vietnamese by default, English with `?lang=en`: the language is part of the URL like the rest of a view's state, so
// a shared link opens in the same language. Each component keeps its own small table of words (see `messages`).
export type Locale = 'vi' | 'en';

export const LOCALES: readonly Locale[] = ['vi', 'en'];

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

const first = (v: string | string[] | null | undefined) => (Array.isArray(v) ? v[0] : (v ?? undefined));

/** The language a request asks for: `?lang=en` gives English, anything else Vietnamese. */
export function localeFrom(params: SearchParams | undefined): Locale {
  const lang = params instanceof URLSearchParams ? params.get('lang') : first(params?.lang);
  return lang === 'en' ? 'en' : 'vi';
}

/** A component's words in the request's language: `const m = messages(locale, { vi: {...}, en: {...} })`. */
export function messages<T>(locale: Locale, table: Record<Locale, T>): T {
  return table[locale];
}

/** A link that keeps the language: `?lang=en` is added (or kept) for English, left out for Vietnamese. */
export function withLang(href: string, locale: Locale): string {
  const [path = '', query = ''] = href.split('?');
  const params = new URLSearchParams(query);
  if (locale === 'en') params.set('lang', 'en');
  else params.delete('lang');
  const rest = params.toString();
  return rest ? `${path}?${rest}` : path;
}
