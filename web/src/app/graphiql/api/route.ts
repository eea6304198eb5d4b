// POST /graphiql/api: GraphiQL's same-origin endpoint, forwarding the operation to the API (API_URL) as JSON, which
// passes its CSRF prevention and needs no CORS; as the signed-in reader (the session cookie) by default.
import { sessionToken } from '@/lib/auth/sessionCookie';
import { API_URL } from '@/lib/urql';

export const dynamic = 'force-dynamic';

/** The API's own body limit (express.json, 1 MB): larger bodies are refused here rather than forwarded. */
const MAX_BODY_BYTES = 1024 * 1024;
/** Request headers worth passing on (the reader's address for the API's rate limits); cookies and the rest stay here. */
const FORWARDED_HEADERS = ['authorization', 'apollo-require-preflight', 'x-forwarded-for'];

export async function POST(request: Request): Promise<Response> {
  const body = await request.text();
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) {
    return Response.json({ errors: [{ message: 'Request body too large' }] }, { status: 413 });
  }
  const headers = new Headers({ 'content-type': 'application/json', accept: 'application/json' });
  for (const name of FORWARDED_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  // A signed-in reader's queries run as them: their session token, unless GraphiQL's own headers name another.
  const token = await sessionToken();
  if (token && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
  try {
    const upstream = await fetch(API_URL, { method: 'POST', headers, body, cache: 'no-store', signal: request.signal });
    return new Response(upstream.body, {
      status: upstream.status,
      headers: { 'content-type': upstream.headers.get('content-type') ?? 'application/json' },
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return Response.json({ errors: [{ message: `API unreachable: ${message}` }] }, { status: 502 });
  }
}
