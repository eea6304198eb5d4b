// The session cookie the web sets after Mutation.login: the API reads the same cookie (HTTP and the WebSocket of the
// live pages), and the web's server components send its token as `Authorization: Bearer`.
import { cookies } from 'next/headers';

export const SESSION_COOKIE = 'ioc_session';

/** The session token of the request being rendered, if any. */
export async function sessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value || undefined;
}
