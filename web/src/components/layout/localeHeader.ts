// The request headers that carry the page's language and address from proxy.ts to server components that get no
// searchParams (the root layout, not-found, the sign-in check): set on every request, never taken from the client.
export const LOCALE_HEADER = 'x-ioc-locale';
export const PATH_HEADER = 'x-ioc-path';
