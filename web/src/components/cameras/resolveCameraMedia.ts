// Which address a request under /camera-media/ID/... stands for: the registered URL itself (its last path part), or,
// for an HLS stream, a file beside it (a segment, a variant playlist) in the same directory of the same origin. Nothing
// else: the proxy must never become a way to fetch any address from the server.

export function resolveCameraMedia(registered: string, path: readonly string[], search: string): URL | null {
  const base = new URL(registered);
  const last = base.pathname.split('/').pop() || 'media';
  if (path.length === 1 && path[0] === last) return base;
  if (path.some((part) => part === '' || part === '.' || part === '..' || part.includes('/') || part.includes('\\'))) {
    return null;
  }
  const target = new URL(path.map(encodeURIComponent).join('/'), base);
  const directory = base.pathname.slice(0, base.pathname.lastIndexOf('/') + 1);
  if (target.origin !== base.origin || !target.pathname.startsWith(directory)) return null;
  target.search = search;
  return target;
}

/** The kinds of content a camera may send through this site: pictures and HLS, never a page or a script. */
export function allowedMediaType(contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return (
    /^image\/(jpeg|png|webp|gif|svg\+xml|avif)$/.test(type) ||
    /^(application\/vnd\.apple\.mpegurl|application\/x-mpegurl|audio\/mpegurl|audio\/x-mpegurl)$/.test(type) ||
    /^(video\/mp2t|video\/mp4|video\/iso\.segment|audio\/mp4|audio\/aac|audio\/mpeg|application\/octet-stream)$/.test(
      type,
    )
  );
}
