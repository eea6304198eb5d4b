'use client';
// The top bar's links: the main navigation by the reader's role (the current section marked for screen readers; the
// alerts with their count; the audit log and the camera registry for administrators) and the language switch, a link to the same address
// with `lang=en` added or removed. Client-side so both follow the address as the reader
// navigates: the root layout around them is not rendered again on client-side navigation.
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect } from 'react';
import { type Locale, localeFrom, messages, withLang } from '@/lib/i18n';

const WORDS = {
  vi: {
    label: 'Điều hướng chính',
    province: 'Tổng quan',
    alerts: 'Cảnh báo',
    catalog: 'Danh mục',
    audit: 'Nhật ký kiểm toán',
    cameras: 'Camera',
    open: 'cảnh báo đang mở',
    awaiting: 'chỉ đạo chờ giải trình',
  },
  en: {
    label: 'Main navigation',
    province: 'Overview',
    alerts: 'Alerts',
    catalog: 'Catalog',
    audit: 'Audit log',
    cameras: 'Cameras',
    open: 'open alerts',
    awaiting: 'directives awaiting explanation',
  },
};

type Section = 'province' | 'alerts' | 'catalog' | 'audit' | 'cameras' | 'graphiql';

/** Which section a path belongs to: a unit page is under the overview, an indicator page under the catalog. */
function section(pathname: string): Section | undefined {
  if (pathname === '/' || pathname.startsWith('/units/') || pathname.startsWith('/live/')) return 'province';
  if (pathname.startsWith('/alerts')) return 'alerts';
  if (pathname.startsWith('/catalog') || pathname.startsWith('/indicators/')) return 'catalog';
  if (pathname.startsWith('/audit')) return 'audit';
  if (pathname.startsWith('/cameras')) return 'cameras';
  if (pathname.startsWith('/graphiql')) return 'graphiql';
  return undefined;
}

/** What the navigation offers a reader: set by the layout from the signed-in user. */
export interface NavReader {
  admin: boolean;
  officer: boolean;
  /** Open alerts, or for an officer the directives awaiting explanation. */
  alertCount?: number;
}

export function TopNav({ rendered, reader }: { rendered: Locale; reader?: NavReader }) {
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
  const item = (key: Section, href: string, text: string, count?: { n: number; of: string }) => (
    // GraphiQL is heavy and seldom opened from a phone: not prefetched.
    <Link
      href={withLang(href, locale)}
      aria-current={current === key ? 'page' : undefined}
      prefetch={key === 'graphiql' ? false : undefined}
    >
      {text}
      {count && (
        <>
          {' '}
          <span className="nav-count" data-count={count.n}>
            {count.n}
            <span className="visually-hidden"> {count.of}</span>
          </span>
        </>
      )}
    </Link>
  );
  const count =
    reader?.alertCount === undefined ? undefined : { n: reader.alertCount, of: reader.officer ? m.awaiting : m.open };
  const other: Locale = locale === 'en' ? 'vi' : 'en';
  const search = searchParams.toString();
  return (
    <>
      <nav aria-label={m.label}>
        {item('province', '/', m.province)}
        {reader && item('alerts', '/alerts', m.alerts, count)}
        {item('catalog', '/catalog', m.catalog)}
        {reader?.admin && item('audit', '/audit', m.audit)}
        {reader?.admin && item('cameras', '/cameras', m.cameras)}
        {item('graphiql', '/graphiql', 'GraphiQL')}
      </nav>
      {/* A plain link: the full load renders the whole layout in the other language at once. */}
      <a className="lang-switch" href={withLang(search ? `${pathname}?${search}` : pathname, other)} hrefLang={other}>
        <span lang={other}>{other === 'en' ? 'English' : 'Tiếng Việt'}</span>
      </a>
    </>
  );
}
