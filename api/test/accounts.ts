// Signed-in test clients: accounts and API tokens created through the real stores in a test server's database, so
// tests authenticate exactly as clients do (Authorization: Bearer). The test server helpers register their database
// here and make an analyst's token the default of their URL; `signIn` gives a token of any other role.

import WebSocket from 'ws';
import type { Role } from '../src/auth/actor';
import type { Database } from '../src/db/database';
import { createApiToken } from '../src/store/apiTokens';
import { createUser, type User } from '../src/store/users';
import { UnitDirectory } from '../src/units/unitDirectory';
import { defaultTokenFor, setDefaultToken } from './graphqlClient';

export const TEST_PASSWORD = 'test-password-2026';

const databases = new Map<string, Database>();
const writers = new Map<string, string>();
let units: UnitDirectory | undefined;
let serial = 0;

export interface AccountOptions {
  unit?: string | null;
  agency?: string | null;
  /** Default: a unique name from the role. */
  username?: string;
  password?: string;
}

/** Creates a user (unique username) of a role in a database. Officers default to the province "68". */
export async function createAccount(db: Database, role: Role, options: AccountOptions = {}): Promise<User> {
  units ??= new UnitDirectory();
  serial++;
  const username =
    options.username ?? `test.${role.toLowerCase()}.${process.pid}.${serial}.${Math.random().toString(36).slice(2, 6)}`;
  return createUser({
    em: db.em(),
    units,
    input: {
      username,
      displayName: `Test ${role.toLowerCase()} ${serial}`,
      role,
      unit: role === 'OFFICER' ? (options.unit ?? '68') : null,
      agency: role === 'OFFICER' ? (options.agency ?? null) : null,
      password: options.password ?? TEST_PASSWORD,
    },
    by: { id: null, username: 'test' },
  });
}

/** A new API token of a user. */
export async function tokenOf(db: Database, user: Pick<User, 'id' | 'username'>): Promise<string> {
  const { token } = await createApiToken({ em: db.em(), user, name: 'test' });
  return token;
}

/** A bearer token of a new user of the role, in the database of the server at `url`. */
export async function signIn(
  url: string,
  role: Role,
  options: Omit<AccountOptions, 'username' | 'password'> = {},
): Promise<string> {
  const db = databases.get(url);
  if (!db) throw new Error(`no test server registered at ${url}: start it with startTestServer or startServerOn`);
  return tokenOf(db, await createAccount(db, role, options));
}

export interface SignedInServer {
  /** The default token of the server's URL: an analyst (reads everything, writes nothing). */
  token: string;
  /** An officer of the province "68" (no agency): may record values of every unit. */
  writerToken: string;
  /** The writer's username: what histories and the audit log record as who wrote. */
  writer: string;
}

/** Registers a test server's database and signs in its default analyst and its writer. */
export async function signInServer(url: string, db: Database): Promise<SignedInServer> {
  databases.set(url, db);
  const token = await signIn(url, 'ANALYST');
  const writer = await createAccount(db, 'OFFICER', { unit: '68' });
  const writerToken = await tokenOf(db, writer);
  setDefaultToken(url, token);
  writers.set(url, writerToken);
  return { token, writerToken, writer: writer.username };
}

/** The writer token (an officer of "68") of the test server at `url`. */
export function writerTokenFor(url: string): string {
  const token = writers.get(url);
  if (!token) throw new Error(`no test server registered at ${url}: start it with startTestServer or startServerOn`);
  return token;
}

/** Forgets a closed server. */
export function forgetServer(url: string): void {
  databases.delete(url);
  writers.delete(url);
  setDefaultToken(url, null);
}

/**
 * A WebSocket class for graphql-ws clients that sends a bearer token on the upgrade request (by default the default
 * token of the server at `url`, its http URL): pass it as `webSocketImpl`.
 */
export function signedInWebSocket(url: string, token: string | null = defaultTokenFor(url)): unknown {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  return class SignedInWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  };
}
