// GET /live/status: whether the API answers this web server, asked by a live page before it reconnects its WebSocket
// (see components/live/liveConnection.ts). Always 200, so that "down" is an answer rather than an error in the console.
import { API_URL } from '@/lib/urql';

export const dynamic = 'force-dynamic';

const TIMEOUT_MS = 2_000;

export async function GET(): Promise<Response> {
  let up = false;
  try {
    const response = await fetch(new URL('/healthz', API_URL), {
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    up = response.ok;
  } catch {}
  return Response.json({ up }, { headers: { 'cache-control': 'no-store' } });
}
