// Runs before every page: passes the language of the URL (`?lang=en`, else Vietnamese) and the address to the server
// components in request headers, so that the root layout renders `<html lang>`, the navigation and the banner in it,
// and a page that needs sign-in knows where to come back to. Headers of the same names sent by the client are
// overwritten: only the URL decides. It also sets the page's Content-Security-Policy with a fresh nonce, which Next.js
// reads from the request's copy of the header and puts on its own scripts.
import { type NextRequest, NextResponse } from 'next/server';
import { LOCALE_HEADER, PATH_HEADER } from '@/components/layout/localeHeader';
import { contentSecurityPolicy, newNonce } from '@/contentSecurityPolicy';
import { localeFrom } from '@/lib/i18n';

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, localeFrom(request.nextUrl.searchParams));
  // The address asked for, so that a page that needs a signed-in reader can send them back to it after login.
  headers.set(PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const policy = contentSecurityPolicy(newNonce(), request.headers.get('host'));
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Pages only: static files, icons and the web manifest need no language.
  matcher: ['/((?!_next/static|_next/image|icons/|favicon\\.ico|icon\\.svg|apple-icon|manifest\\.webmanifest).*)'],
};
