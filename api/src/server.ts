// The HTTP server: Apollo Server on express 5 at /graphql, plus /healthz. Used by main.ts and by the tests.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { Context } from './context';
import { protection } from './http/protection';
import { limitsFromEnv, type ProtectionLimits } from './http/protectionLimits';
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
  const apollo = new ApolloServer<Context>({
    schema: buildSchema(catalog),
    ...guard,
    // Stack traces never reach a client, in development either.
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
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
      context: async (): Promise<Context> => {
        // Another API process may have written since the last request: apply its changes first.
        await data.refresh();
        return { catalog, units, data, actor: 'api' };
      },
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(options.port ?? 4000, options.host ?? '0.0.0.0', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    close: async () => {
      await apollo.stop();
    },
  };
}
