// The frame of every page: the top bar (brand, navigation by the reader's role, language switch, the reader), the
// synthetic-data banner and the main content, in the language of the address (`?lang=en`, else Vietnamese), passed
// by proxy.ts.
import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { type ReactNode, Suspense } from 'react';
import { Account } from '@/components/layout/Account';
import { loadAlertCount } from '@/components/layout/loadAlertCount';
import { requestLocale } from '@/components/layout/requestLocale';
import { SyntheticDataBanner } from '@/components/layout/SyntheticDataBanner';
import { TopNav } from '@/components/layout/TopNav';
import { loadMe } from '@/lib/auth/loadMe';
import { messages, withLang } from '@/lib/i18n';
import './globals.css';

const WORDS = {
  vi: {
    title: 'IOC Lâm Đồng — Chỉ tiêu kinh tế - xã hội',
    description: 'Trung tâm Điều hành thông minh tỉnh Lâm Đồng: 283 chỉ tiêu kinh tế - xã hội từ tỉnh đến xã.',
    skip: 'Bỏ qua, đến nội dung chính',
  },
  en: {
    title: 'IOC Lâm Đồng — Socio-economic indicators',
    description:
      'Intelligent Operations Center of Lâm Đồng province: 283 socio-economic indicators from the province to each commune.',
    skip: 'Skip to main content',
  },
};

export async function generateMetadata(): Promise<Metadata> {
  const m = messages(await requestLocale(), WORDS);
  return {
    title: { default: m.title, template: '%s — IOC Lâm Đồng' },
    description: m.description,
    applicationName: 'IOC Lâm Đồng',
    // Added to a phone's home screen, it opens full screen like the installed web app (iOS reads these tags).
    appleWebApp: { capable: true, title: 'IOC Lâm Đồng', statusBarStyle: 'default' },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b4f6c' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  const m = messages(locale, WORDS);
  const me = await loadMe();
  const reader = me && {
    admin: me.role === 'ADMIN',
    officer: me.role === 'OFFICER',
    alertCount: await loadAlertCount(me),
  };
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {m.skip}
        </a>
        <header className="topbar">
          <div className="topbar-row">
            <Link href={withLang('/', locale)} className="brand">
              IOC Lâm Đồng
            </Link>
            {/* No fallback needed: every page renders on request, so the address is known on the server. */}
            <Suspense>
              <TopNav rendered={locale} reader={reader ?? undefined} />
            </Suspense>
            <Account me={me} locale={locale} />
          </div>
          <SyntheticDataBanner locale={locale} />
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
