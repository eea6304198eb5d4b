// The request header that carries the page's language from proxy.ts to server components that get no searchParams
// (the root layout, not-found): set on every request from `?lang=`, never taken from the client.
export const LOCALE_HEADER = 'x-ioc-locale';
