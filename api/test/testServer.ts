// A real API server for integration tests: the given catalog, a fresh in-memory SQLite database, port 0. Requests to
// it are signed in as an analyst by default (see accounts.ts); `writerToken` is an officer of the province "68".
import type { Catalog } from '@ioc/schema/catalog';
import { type Database, openDatabase } from '../src/db/database';
import { LiveData } from '../src/live/liveData';
import { type ApiServer, startApiServer } from '../src/server';
import { UnitDirectory } from '../src/units/unitDirectory';
import { forgetServer, type SignedInServer, signInServer } from './accounts';

export interface TestServer extends ApiServer, SignedInServer {
  data: LiveData;
  db: Database;
}

export async function startTestServer(catalog: Catalog, databaseUrl = ':memory:'): Promise<TestServer> {
  const db = await openDatabase(databaseUrl);
  const data = await LiveData.open({ db, catalog, units: new UnitDirectory() });
  const server = await startApiServer({ data, port: 0, host: '127.0.0.1' });
  const signedIn = await signInServer(server.url, db);
  return {
    ...server,
    ...signedIn,
    data,
    db,
    close: async () => {
      forgetServer(server.url);
      await server.close();
      await db.close();
    },
  };
}
