// Where the login page sends the reader afterwards: a path of this site only, never another host (an open redirect).
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
