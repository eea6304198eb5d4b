// The language of the request being rendered, for server components without searchParams (layouts, not-found,
// shared widgets): proxy.ts derives it from `?lang=` and passes it in a request header. Reading it makes the render
// dynamic, as every page of this app is.
import { headers } from 'next/headers';
import type { Locale } from '@/lib/i18n';
import { LOCALE_HEADER } from './localeHeader';

export async function requestLocale(): Promise<Locale> {
  return (await headers()).get(LOCALE_HEADER) === 'en' ? 'en' : 'vi';
}
