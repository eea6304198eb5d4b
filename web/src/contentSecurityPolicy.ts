// The Content-Security-Policy of every page: scripts only with this response's nonce (Next.js puts it on its own
// scripts, read from the request's policy header) and what they load; styles, images, media (camera pictures come
// through this site) and connections from this site, plus the API's WebSocket for live pages; no frames, plugins or
// foreign form targets.

/** A fresh, unguessable nonce for one response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

/**
 * Where browsers open the API's WebSocket, as a CSP source: NEXT_PUBLIC_API_WS_URL's origin when set, else the page's
 * host name at the API's port (see components/live/apiSocket.ts), over ws and wss.
 */
export function apiSocketSources(host: string | null, env: NodeJS.ProcessEnv = process.env): string[] {
  // Dynamic names: read when the request comes, not inlined by the build.
  const configured = env[['NEXT_PUBLIC', 'API_WS_URL'].join('_')];
  if (configured) {
    const url = new URL(configured);
    return [`${url.protocol}//${url.host}`];
  }
  const apiUrl = env.API_URL;
  const port = env.API_PORT || (apiUrl ? new URL(apiUrl).port : '') || '4000';
  // The Host header is the client's word: only a plain host name or address may enter the policy.
  const hostname = host?.replace(/:\d+$/, '') ?? '';
  const safe = /^[A-Za-z0-9.-]+$|^\[[0-9A-Fa-f:.]+\]$/.test(hostname) ? hostname : 'localhost';
  return [`ws://${safe}:${port}`, `wss://${safe}:${port}`];
}

export function contentSecurityPolicy(nonce: string, host: string | null): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    // Camera streams: hls.js feeds the video a MediaSource (a blob: URL); pictures come through this site.
    "media-src 'self' blob:",
    "font-src 'self' data:",
    // GraphiQL's Monaco editor runs its language services in workers of this site; hls.js transmuxes in a blob: worker.
    "worker-src 'self' blob:",
    `connect-src 'self' ${apiSocketSources(host).join(' ')}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}
