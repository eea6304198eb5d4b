// Starts the API on API_PORT (default 4000): `npm start -w api`.

import { loadServedCatalog } from './servedCatalog';
import { startApiServer } from './server';

try {
  const catalog = loadServedCatalog();
  const server = await startApiServer({ catalog, port: Number(process.env.API_PORT ?? 4000) });
  console.log(`GraphQL API on http://localhost:${server.port}/graphql (${catalog.indicators.length} indicators)`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  console.error(`api: ${(e as Error).message}`);
  process.exit(1);
}
