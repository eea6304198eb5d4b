// Shared by the integration suites: the engine fixture catalog, an API server over a harness database, and a snapshot
// of every row the store keeps, to prove that a refused write left the database exactly as it was.
import { join } from 'node:path';
import { type Catalog, loadCatalog } from '@ioc/schema/catalog';
import type { Database } from '../../src/db/database';
import { LiveData } from '../../src/live/liveData';
import { type ApiServer, startApiServer } from '../../src/server';
import { UnitDirectory } from '../../src/units/unitDirectory';
import { forgetServer, type SignedInServer, signInServer } from '../accounts';

export const FIXTURE_CATALOG_DIR = join(import.meta.dirname, '..', 'fixtures', 'engine');

export function fixtureCatalog(): Catalog {
  const result = loadCatalog(FIXTURE_CATALOG_DIR);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.catalog;
}

/** Loaded once per test file: building the unit tree and the crosswalk takes a moment. */
export const catalog = fixtureCatalog();
export const units = new UnitDirectory();

export function openLive(db: Database): Promise<LiveData> {
  return LiveData.open({ db, catalog, units });
}

export interface ServerOnDatabase extends ApiServer, SignedInServer {
  data: LiveData;
}

/**
 * A real API server on port 0 over the given database (the harness's); closing it leaves the database open. Requests
 * are signed in as an analyst by default; `writerToken` is an officer of the province "68", who may record values.
 */
export async function startServerOn(db: Database): Promise<ServerOnDatabase> {
  const data = await openLive(db);
  const server = await startApiServer({ data, port: 0, host: '127.0.0.1' });
  const signedIn = await signInServer(server.url, db);
  return {
    ...server,
    ...signedIn,
    data,
    close: async () => {
      forgetServer(server.url);
      await server.close();
    },
  };
}

const TABLES = {
  observations: 'id',
  observation_history: 'id',
  targets: 'id',
  changes: 'seq',
} as const;

export type StoreSnapshot = Record<keyof typeof TABLES, Record<string, unknown>[]>;

/** Every row of every table the store writes, in key order: equal snapshots mean nothing was written. */
export async function storeSnapshot(db: Database): Promise<StoreSnapshot> {
  const em = db.em();
  const entries = await Promise.all(
    Object.entries(TABLES).map(
      async ([table, key]) => [table, await em.execute(`select * from ${table} order by ${key}`)] as const,
    ),
  );
  return Object.fromEntries(entries) as StoreSnapshot;
}

/** Empties the store, for suites that start each case from nothing. */
export async function clearStore(db: Database): Promise<void> {
  const em = db.em();
  for (const table of Object.keys(TABLES)) await em.execute(`delete from ${table}`);
}
