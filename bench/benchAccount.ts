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
