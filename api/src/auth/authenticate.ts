// Who is asking: the actor behind a request's `Authorization: Bearer <token>` header or `ioc_session` cookie. No
// credential means anonymous (null); a credential that is unknown, expired or revoked fails the request, so a client
// whose session ended hears it instead of silently seeing less. Resolved credentials are remembered for a second, so a
// dashboard's many requests do not each cost a query; signing out or revoking in this process forgets them at once.
import type { IncomingHttpHeaders } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Database } from '../db/database';
import { findValidApiToken, touchApiToken } from '../store/apiTokens';
import { findValidSession } from '../store/sessions';
import type { User } from '../store/users';
import type { Actor } from './actor';
import { type CredentialKind, hashToken, kindOfToken } from './tokens';

export const SESSION_COOKIE = 'ioc_session';
export const CREDENTIAL_REJECTED = 'your session or token is unknown, expired or revoked: sign in again';

/** How long a resolved credential is trusted without looking again (another process's revocation waits this long). */
const CACHE_MS = 1_000;
/** An API token's last use is written at most this often. */
const TOUCH_MS = 60_000;

interface Cached {
  actor: Actor;
  until: number;
}

const cache = new Map<string, Cached>();
const touched = new Map<string, number>();

export function credentialRejected(message = CREDENTIAL_REJECTED): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== name) continue;
    const value = part
      .slice(at + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return null;
}

/** The secret a request presents: the bearer token first, else the session cookie; null when there is none. */
export function presentedToken(headers: IncomingHttpHeaders): string | null {
  const authorization = headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match?.[1]) throw credentialRejected('the Authorization header must be "Bearer <token>"');
    return match[1];
  }
  return cookieValue(headers.cookie, SESSION_COOKIE) || null;
}

function actorOf(user: User, kind: CredentialKind, id: number): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unit: user.unit,
    agency: user.agency,
    credential: { kind, id },
  };
}

async function resolve(db: Database, token: string, hash: string, now: Date): Promise<Actor | null> {
  const kind = kindOfToken(token);
  const em = db.em();
  if (kind === 'session') {
    const found = await findValidSession({ em, tokenHash: hash, now });
    return found && !found.user.disabled ? actorOf(found.user, 'session', found.session.id) : null;
  }
  if (kind === 'token') {
    const found = await findValidApiToken({ em, tokenHash: hash, now });
    return found && !found.user.disabled ? actorOf(found.user, 'token', found.apiToken.id) : null;
  }
  return null;
}

/** The actor of a request, null when it presents no credential; UNAUTHENTICATED when its credential is not valid. */
export async function authenticate(db: Database, headers: IncomingHttpHeaders): Promise<Actor | null> {
  const token = presentedToken(headers);
  if (token === null) return null;
  const hash = hashToken(token);
  const now = Date.now();
  const cached = cache.get(hash);
  let actor: Actor | null;
  if (cached && cached.until > now) {
    actor = cached.actor;
  } else {
    actor = await resolve(db, token, hash, new Date(now));
    if (!actor) {
      cache.delete(hash);
      throw credentialRejected();
    }
    if (cache.size > 10_000) for (const [key, entry] of cache) if (entry.until <= now) cache.delete(key);
    cache.set(hash, { actor, until: now + CACHE_MS });
  }
  if (actor.credential.kind === 'token' && now - (touched.get(hash) ?? 0) >= TOUCH_MS) {
    if (touched.size > 10_000) for (const [key, at] of touched) if (now - at >= TOUCH_MS) touched.delete(key);
    touched.set(hash, now);
    // Bookkeeping: a failure to note the use must not fail the request.
    void touchApiToken({ em: db.em(), id: actor.credential.id, now: new Date(now) }).catch(() => undefined);
  }
  return actor;
}

/** Forgets a session or token this process remembered (after signing out or revoking). */
export function forgetCredential(kind: CredentialKind, id: number): void {
  for (const [hash, entry] of cache) {
    if (entry.actor.credential.kind === kind && entry.actor.credential.id === id) cache.delete(hash);
  }
}

/** Forgets every credential of a user (after their account changed: role, unit, disabled). */
export function forgetUser(userId: number): void {
  for (const [hash, entry] of cache) if (entry.actor.userId === userId) cache.delete(hash);
}
