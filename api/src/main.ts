// Starts the API on API_PORT (default 4000): `npm start -w api`. Opens (creating and migrating) the database of
// DATABASE_URL, loads its observations for the engine, then serves GraphQL.
import { startAlerts } from './alerts/startAlerts';
import { openDatabase } from './db/database';
import { LiveData } from './live/liveData';
import { loadServedCatalog } from './servedCatalog';
import { startApiServer } from './server';
import { UnitDirectory } from './units/unitDirectory';

try {
  const catalog = loadServedCatalog();
  const db = await openDatabase();
  const data = await LiveData.open({ db, catalog, units: new UnitDirectory() });
  const alerts = startAlerts(data);
  const server = await startApiServer({ data, port: Number(process.env.API_PORT ?? 4000) });
  console.log(
    `GraphQL API on http://localhost:${server.port}/graphql (${catalog.indicators.length} indicators, ${data.observations.size} observations, ${db.kind})`,
  );
  const stop = () =>
    server
      .close()
      .then(() => alerts.stop())
      .then(() => db.close())
      .then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  console.error(`api: ${(e as Error).message}`);
  process.exit(1);
}
