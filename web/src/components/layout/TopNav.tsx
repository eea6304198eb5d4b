'use client';
// The top bar's links: the main navigation (the current section marked for screen readers) and the language switch,
// a link to the same address with `lang=en` added or removed. Client-side so both follow the address as the reader
// navigates: the root layout around them is not rendered again on client-side navigation.
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect } from 'react';
import { type Locale, localeFrom, messages, withLang } from '@/lib/i18n';

const WORDS = {
  vi: { label: 'Điều hướng chính', province: 'Toàn tỉnh', catalog: 'Danh mục chỉ tiêu' },
  en: { label: 'Main navigation', province: 'Province', catalog: 'Indicator catalog' },
};

/** Which section a path belongs to: a unit page is under the province, an indicator page under the catalog. */
function section(pathname: string): 'province' | 'catalog' | 'graphiql' | undefined {
  if (pathname === '/' || pathname.startsWith('/units/') || pathname.startsWith('/live/')) return 'province';
  if (pathname.startsWith('/catalog') || pathname.startsWith('/indicators/')) return 'catalog';
  if (pathname.startsWith('/graphiql')) return 'graphiql';
  return undefined;
}

export function TopNav({ rendered }: { rendered: Locale }) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const router = useRouter();
  const locale = localeFrom(searchParams);
  const m = messages(locale, WORDS);
  // A link of a page may change the language without a full load; then bring the rest of the layout (`<html lang>`,
  // the banner) along by rendering it again.
  useEffect(() => {
    if (locale === rendered) return;
    document.documentElement.lang = locale;
    router.refresh();
  }, [locale, rendered, router]);

  const current = section(pathname);
  const item = (key: 'province' | 'catalog' | 'graphiql', href: string, text: string) => (
    // GraphiQL is heavy and seldom opened from a phone: not prefetched.
    <Link
      href={withLang(href, locale)}
      aria-current={current === key ? 'page' : undefined}
      prefetch={key === 'graphiql' ? false : undefined}
    >
      {text}
    </Link>
  );
  const other: Locale = locale === 'en' ? 'vi' : 'en';
  const search = searchParams.toString();
  return (
    <>
      <nav aria-label={m.label}>
        {item('province', '/', m.province)}
        {item('catalog', '/catalog', m.catalog)}
        {item('graphiql', '/graphiql', 'GraphiQL')}
      </nav>
      {/* A plain link: the full load renders the whole layout in the other language at once. */}
      <a className="lang-switch" href={withLang(search ? `${pathname}?${search}` : pathname, other)} hrefLang={other}>
        <span lang={other}>{other === 'en' ? 'English' : 'Tiếng Việt'}</span>
      </a>
    </>
  );
}
