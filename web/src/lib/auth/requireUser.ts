// Pages that show values are for signed-in readers: an anonymous visitor (or one whose session ended) is sent to the
// login page, which brings them back to the address they asked for.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { PATH_HEADER } from '@/components/layout/localeHeader';
import { loadMe, type Me } from './loadMe';

/** The login page's address, coming back to `next` (a path of this site) afterwards. */
export function loginHref(next: string): string {
  return `/login?${new URLSearchParams({ next })}`;
}

/** The signed-in reader, or a redirect to the login page. */
export async function requireUser(): Promise<Me> {
  const me = await loadMe();
  if (me) return me;
  redirect(loginHref((await headers()).get(PATH_HEADER) ?? '/'));
}
