// A real API server for integration tests: the given catalog, a fresh in-memory SQLite database, port 0.
import type { Catalog } from '@ioc/schema/catalog';
import { openDatabase } from '../src/db/database';
import { LiveData } from '../src/live/liveData';
import { type ApiServer, startApiServer } from '../src/server';
import { UnitDirectory } from '../src/units/unitDirectory';

export interface TestServer extends ApiServer {
  data: LiveData;
}

export async function startTestServer(catalog: Catalog, databaseUrl = ':memory:'): Promise<TestServer> {
  const db = await openDatabase(databaseUrl);
  const data = await LiveData.open({ db, catalog, units: new UnitDirectory() });
  const server = await startApiServer({ data, port: 0, host: '127.0.0.1' });
  return {
    ...server,
    data,
    close: async () => {
      await server.close();
      await db.close();
    },
  };
}
