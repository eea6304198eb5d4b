// Bearer secrets: 32 random bytes, base64url, behind a prefix that says what they are (`ioc_s_` a browser session,
// `ioc_t_` an API token). Only their SHA-256 is stored; an API token also keeps its first characters for display.
import { createHash, randomBytes } from 'node:crypto';

export const SESSION_PREFIX = 'ioc_s_';
export const API_TOKEN_PREFIX = 'ioc_t_';
/** How many leading characters of an API token are kept, to tell tokens apart in a list. */
const DISPLAY_PREFIX_LENGTH = 10;

export type CredentialKind = 'session' | 'token';

export interface NewSecret {
  /** The secret itself: shown once, never stored. */
  token: string;
  /** Its SHA-256, hex: what the database keeps. */
  hash: string;
  /** Its first characters, for display. */
  prefix: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newSecret(kind: CredentialKind): NewSecret {
  const token = (kind === 'session' ? SESSION_PREFIX : API_TOKEN_PREFIX) + randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token), prefix: token.slice(0, DISPLAY_PREFIX_LENGTH) };
}

/** What a presented secret claims to be, by its prefix; null for anything else. */
export function kindOfToken(token: string): CredentialKind | null {
  if (token.startsWith(SESSION_PREFIX)) return 'session';
  if (token.startsWith(API_TOKEN_PREFIX)) return 'token';
  return null;
}
