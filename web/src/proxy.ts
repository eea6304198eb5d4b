// Runs before every page: passes the language of the URL (`?lang=en`, else Vietnamese) to the server components in a
// request header, so that the root layout renders `<html lang>`, the navigation and the banner in it. A header of the
// same name sent by the client is overwritten: only the URL decides.
import { type NextRequest, NextResponse } from 'next/server';
import { LOCALE_HEADER } from '@/components/layout/localeHeader';
import { localeFrom } from '@/lib/i18n';

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, localeFrom(request.nextUrl.searchParams));
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: static files, icons and the web manifest need no language.
  matcher: ['/((?!_next/static|_next/image|icons/|favicon\\.ico|icon\\.svg|apple-icon|manifest\\.webmanifest).*)'],
};
