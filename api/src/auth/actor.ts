// Who is asking: the signed-in user behind a request (by session cookie or bearer token), or null for an anonymous
// request. Roles are data on the account; what each role may do is decided in auth/scope.ts and auth/permissions.ts.

export const ROLES = ['LEADER', 'ANALYST', 'OFFICER', 'CATALOG_MAINTAINER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  /** An officer's unit (GSO code); null for the other roles. */
  unit: string | null;
  /** A department officer's agency (Sở); null for commune officers and the other roles. */
  agency: string | null;
  /** How the request proved who it is, and which session or token it used (logout and revocation end it). */
  credential: { kind: 'session' | 'token'; id: number };
}

/** The name recorded with a write: the username, so history and audit read as people, not ids. */
export function actorLabel(actor: Actor): string {
  return actor.username;
}
