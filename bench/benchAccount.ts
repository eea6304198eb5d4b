// The benchmark's client identity: an analyst (who sees every unit, like a leader's dashboard) and an API token,
// created through the API's own stores in the benchmark's database, sent as `Authorization: Bearer` by every request.
import { openDatabase } from '../api/src/db/database';
import { createApiToken } from '../api/src/store/apiTokens';
import { createUser } from '../api/src/store/users';
import { UnitDirectory } from '../api/src/units/unitDirectory';

/** A new analyst's API token in the database at `url` (a SQLite file or a PostgreSQL URL). */
export async function benchToken(url: string): Promise<string> {
  const db = await openDatabase(url);
  try {
    const user = await createUser({
      em: db.em(),
      units: new UnitDirectory(),
      input: {
        username: `bench.${process.pid}.${Date.now()}`,
        displayName: 'Benchmark analyst',
        role: 'ANALYST',
        password: `bench-${crypto.randomUUID()}`,
      },
      by: { id: null, username: 'bench' },
    });
    const { token } = await createApiToken({ em: db.em(), user, name: 'benchmark' });
    return token;
  } finally {
    await db.close();
  }
}

/** A session token of a demo account (the web's `ioc_session` cookie), from the API's login mutation. */
export async function demoSessionToken(
  apiPort: number,
  username = 'phantich',
  password = 'demo-2026',
): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: username, p: password },
    }),
  });
  const body = (await response.json()) as { data?: { login: { token: string } } };
  if (!body.data) throw new Error(`cannot sign in as ${username}: ${JSON.stringify(body)}`);
  return body.data.login.token;
}
