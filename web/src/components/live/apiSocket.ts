// Where the browser opens the API's WebSocket, decided on the server at request time (a dynamic name, so the build
// does not inline it: set it without rebuilding).
import { API_URL } from '@/lib/urql';

const WS_URL_VARIABLE = 'NEXT_PUBLIC_API_WS_URL';

/**
 * NEXT_PUBLIC_API_WS_URL when set (e.g. `wss://ioc.example.vn/graphql` behind a reverse proxy), else the page's own
 * host name at the API's port (API_PORT, else the port of API_URL). On the same host name, the browser sends the
 * `ioc_session` cookie with the WebSocket's upgrade request: the API knows the reader.
 */
export function apiSocket(): { url?: string; port: string } {
  const url = process.env[WS_URL_VARIABLE];
  if (url) return { url, port: '' };
  return { port: process.env.API_PORT ?? (new URL(API_URL).port || '4000') };
}
