// The API server: Apollo Server on express 5 at /graphql, graphql-ws subscriptions on the same port and path, plus
// /healthz. It joins the change bus (Redis with REDIS_URL) so live subscribers hear other processes' writes.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { parse, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Context } from './context';
import { protection } from './http/protection';
import { limitsFromEnv, type ProtectionLimits } from './http/protectionLimits';
import type { ChangeBus } from './live/changeBus';
import { changeBusFromEnv } from './live/changeBusFromEnv';
import type { LiveData } from './live/liveData';
import { buildSchema } from './schema/buildSchema';

export interface ApiServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startApiServer(options: {
  data: LiveData;
  port?: number;
  host?: string;
  /** Overrides of the limits read from the environment (tests use small ones). */
  limits?: Partial<ProtectionLimits>;
  /** The change bus shared with other API processes; by default from the environment (see changeBusFromEnv). */
  bus?: ChangeBus;
}): Promise<ApiServer> {
  const production = process.env.NODE_ENV === 'production';
  const limits = { ...limitsFromEnv(), ...options.limits };
  const { data } = options;
  const { catalog, units } = data;
  const app = express();
  // requestTimeout bounds how long a client may take to send its request (slow senders hold sockets open).
  const httpServer: Server = createServer(
    { requestTimeout: limits.requestTimeoutMs, headersTimeout: Math.min(60_000, limits.requestTimeoutMs) },
    app,
  );
  const guard = protection<Context>({
    limits,
    production,
    introspection: !production || process.env.GRAPHQL_INTROSPECTION === 'true',
    catalog,
    units,
  });
  const schema = buildSchema(catalog);
  const context = async (): Promise<Context> => {
    // Another API process may have written since the last request: apply its changes first.
    await data.refresh();
    return { catalog, units, data, actor: 'api' };
  };

  const bus = options.bus ?? (await changeBusFromEnv());
  const leaveBus = data.connect(bus);
  // Subscriptions get the same parser and validation limits as HTTP requests.
  const rules = [...specifiedRules, ...(guard.validationRules ?? [])].filter((r) => typeof r === 'function');
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const subscriptions = useServer<Record<string, unknown>>(
    {
      schema,
      context,
      parse: (source) => parse(source, guard.parseOptions),
      validate: (s, document) => validate(s, document, rules),
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    ...guard,
    // Stack traces never reach a client, in development either.
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        // Ends every subscription and closes the sockets when the server stops.
        serverWillStart: async () => ({
          drainServer: async () => {
            await subscriptions.dispose();
          },
        }),
      },
      ApolloServerPluginLandingPageDisabled(),
      ...guard.plugins,
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    '/graphql',
    cors({ origin: [/^http:\/\/localhost(:\d+)?$/, /^http:\/\/127\.0\.0\.1(:\d+)?$/] }),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context,
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(options.port ?? 4000, options.host ?? '0.0.0.0', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    close: async () => {
      await apollo.stop();
      leaveBus();
      if (!options.bus) await bus.close();
    },
  };
}
