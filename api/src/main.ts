// Starts the API on API_PORT (default 4000): `npm start -w api`. Opens (creating and migrating) the database of
// DATABASE_URL, loads its observations for the engine, then serves GraphQL; with NATIONAL_FEED_URL set, it also polls
// the national 766 feed.
import { startAlerts } from './alerts/startAlerts';
import { openDatabase } from './db/database';
import { feedConfig } from './feed/feedConfig';
import { startNationalFeed } from './feed/startNationalFeed';
import { LiveData } from './live/liveData';
import { loadServedCatalog } from './servedCatalog';
import { startApiServer } from './server';
import { UnitDirectory } from './units/unitDirectory';

try {
  const catalog = loadServedCatalog();
  const feed = feedConfig();
  const db = await openDatabase();
  const data = await LiveData.open({ db, catalog, units: new UnitDirectory() });
  const alerts = startAlerts(data);
  const server = await startApiServer({ data, port: Number(process.env.API_PORT ?? 4000) });
  const connector = startNationalFeed(data, feed);
  console.log(
    `GraphQL API on http://localhost:${server.port}/graphql (${catalog.indicators.length} indicators, ${data.observations.size} observations, ${db.kind})`,
  );
  if (connector) console.log(`National 766 feed: polling ${feed.url} every ${feed.intervalMs / 1000} s`);
  const stop = () =>
    server
      .close()
      .then(() => connector?.stop())
      .then(() => alerts.stop())
      .then(() => db.close())
      .then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  console.error(`api: ${(e as Error).message}`);
  process.exit(1);
}
