// The web app's server: Next.js, plus the reuse of whole rendered pages while the data have not changed. Pages are
// rendered on the server from the API's data; the API names the version of what it serves (GET /healthz), so a page
// rendered for one URL is sent again, byte for byte, until that version changes (a write, here or in another API
// process) or the day turns. Live pages refresh themselves over RSC requests, which always render. A page depends on
// who reads it (their scope, their name in the top bar): a signed-in reader's pages are kept under a hash of their
// session cookie, for a few minutes at most (so that a session revoked elsewhere stops being served soon), never
// shared with anyone else; a request with an Authorization header is always rendered.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import next from 'next';

const port = Number(process.env.PORT ?? 3000);
const apiUrl = process.env.API_URL ?? `http://127.0.0.1:${process.env.API_PORT ?? 4000}/graphql`;
const healthUrl = new URL('/healthz', apiUrl).toString();
/** WEB_PAGE_REUSE=off renders every request (the benchmark measures both ways). */
const reuse = process.env.WEB_PAGE_REUSE !== 'off';

interface Rendered {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: Buffer;
}

/** Pages kept, and the largest page kept (a bigger one is rendered every time). */
const pages = new LRUCache<string, Rendered>({
  max: 500,
  maxSize: 64 * 1024 * 1024,
  sizeCalculation: (p) => p.body.length || 1,
});
const MAX_PAGE = 4 * 1024 * 1024;
/** How long a signed-in reader's page is kept at most (their session may end without a data change). */
const SESSION_PAGE_TTL_MS = 5 * 60_000;
const SESSION_COOKIE = 'ioc_session';

/** The API's data version and the day (UTC and Vietnam's): a kept page is valid while both stay the same. */
async function dataVersion(): Promise<string | undefined> {
  try {
    const response = await fetch(healthUrl, { signal: AbortSignal.timeout(2_000) });
    if (!response.ok) return undefined;
    const { data } = (await response.json()) as { data?: string };
    if (!data) return undefined;
    const vn = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    return `${data}|${new Date().toISOString().slice(0, 10)}|${vn}`;
  } catch {
    return undefined; // API unreachable: render, and let the page say so
  }
}

/** Only a plain GET of a page's HTML is kept: not RSC requests, not Next's assets, not the API proxy routes. */
function reusable(req: IncomingMessage): boolean {
  if (req.method !== 'GET' || req.headers.rsc || req.headers['next-router-state-tree']) return false;
  if (req.headers.authorization) return false;
  const path = req.url ?? '/';
  return !path.startsWith('/_next/') && !path.startsWith('/graphiql/api') && !path.startsWith('/live/status');
}

/**
 * Whose page this is: '' for an anonymous reader, else a hash of the session cookie (the token itself is never kept).
 * Other cookies do not change what a page shows.
 */
function reader(req: IncomingMessage): string {
  const cookie = req.headers.cookie ?? '';
  for (const part of cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE && value.length > 0) {
      return createHash('sha256').update(value.join('=')).digest('base64url');
    }
  }
  return '';
}

/** Sends the page and keeps a copy of what was sent, if it is a complete 200 HTML page. */
function capture(res: ServerResponse, keep: (page: Rendered) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const add = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
    size += buffer.length;
    if (size <= MAX_PAGE) chunks.push(buffer);
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    add(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as ServerResponse['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    add(chunk, rest[0]);
    const html = String(res.getHeader('content-type') ?? '').startsWith('text/html');
    if (res.statusCode === 200 && html && size <= MAX_PAGE) {
      // The date is the one of each response, not of the first.
      const { date: _date, ...headers } = res.getHeaders();
      keep({ status: res.statusCode, headers, body: Buffer.concat(chunks) });
    }
    return end(chunk, ...rest);
  }) as ServerResponse['end'];
}

const app = next({ dev: false, dir: import.meta.dirname, port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  // The reader's address, appended as a proxy does, for the API's rate limits (it trusts this server on the loopback;
  // the API calls of server components and actions pass the header on, see src/lib/urql.ts).
  const peer = req.socket.remoteAddress;
  if (peer) {
    const forwarded = req.headers['x-forwarded-for'];
    req.headers['x-forwarded-for'] = forwarded ? `${forwarded}, ${peer}` : peer;
  }
  const serve = async () => {
    if (!reuse || !reusable(req)) return handle(req, res);
    const version = await dataVersion();
    if (!version) return handle(req, res);
    // The same URL can be answered compressed or not: the encoding the client accepts is part of the key; and each
    // reader has their own pages.
    const who = reader(req);
    // The host too: the page's Content-Security-Policy names the API's WebSocket at the host the reader used.
    const key = `${version}\n${who}\n${req.headers['accept-encoding'] ?? ''}\n${req.headers.host ?? ''}\n${req.url}`;
    const kept = pages.get(key);
    if (kept) {
      res.writeHead(kept.status, { ...kept.headers, 'x-ioc-page': 'reused' } as Record<string, string | string[]>);
      res.end(kept.body);
      return;
    }
    capture(res, (page) => pages.set(key, page, who ? { ttl: SESSION_PAGE_TTL_MS } : undefined));
    return handle(req, res);
  };
  serve().catch((error: Error) => {
    console.error(`web: ${req.url}: ${error.message}`);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Internal server error');
  });
}).listen(port, () => console.log(`web on http://localhost:${port}${reuse ? '' : ' (pages not reused)'}`));
