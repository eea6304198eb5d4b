// PostGraphile 4 in library mode over the benchmark's PostgreSQL database, for bench/api.bench.ts; loaded from this
// folder's own node_modules. `node --import tsx bench/postgraphile/server.ts <DATABASE_URL> <port>`.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

interface PostGraphileOptions {
  disableDefaultMutations: boolean;
  graphiql: boolean;
  enableQueryBatching: boolean;
  disableQueryLog: boolean;
  retryOnInitFail: boolean;
  ignoreRBAC: boolean;
  setofFunctionsContainNulls: boolean;
  dynamicJson: boolean;
  watchPg: boolean;
}

// Required, not imported: the package lives in bench/postgraphile/node_modules, installed by the benchmark on demand,
// so the type check of bench/ does not depend on it.
const { postgraphile } = createRequire(import.meta.url)('postgraphile') as {
  postgraphile: (url: string, schema: string, options: PostGraphileOptions) => Handler;
};

const [url = '', port = '0'] = process.argv.slice(2);
// The production-like options of the PostGraphile 4 docs: no GraphiQL, no per-query log, read-only schema.
const handler = postgraphile(url, 'public', {
  disableDefaultMutations: true,
  graphiql: false,
  enableQueryBatching: false,
  disableQueryLog: true,
  retryOnInitFail: false,
  ignoreRBAC: false,
  setofFunctionsContainNulls: false,
  dynamicJson: true,
  watchPg: false,
});
const server = createServer(handler);
server.listen(Number(port), '127.0.0.1', () => console.log('ready postgraphile'));
const stop = () => process.exit(0);
process.on('SIGINT', stop).on('SIGTERM', stop);
