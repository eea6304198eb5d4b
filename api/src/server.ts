// The API server: Apollo Server on express 5 at /graphql, graphql-ws subscriptions on the same port and path, plus
// /healthz. It joins the change bus (Redis with REDIS_URL) so live subscribers hear other processes' writes.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { type DocumentNode, GraphQLError, getOperationAST, parse, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { authenticate } from './auth/authenticate';
import type { Context } from './context';
import { isDatabaseUnavailable } from './db/unavailable';
import { answerBodyErrors } from './http/bodyErrors';
import { databaseUnavailableError } from './http/databaseUnavailable';
import { Deadline } from './http/executionDeadline';
import { jitGateway, stringifyReusedResults } from './http/jitExecutor';
import { nulCharactersPlugin } from './http/nulCharacters';
import { operationLimitError } from './http/operationLimits';
import { subscriptionNotPersisted } from './http/persistedDocuments';
import { protection } from './http/protection';
import { limitsFromEnv, type ProtectionLimits } from './http/protectionLimits';
import { mutationRateLimitPlugin, RateLimits, trustProxyFromEnv } from './http/rateLimits';
import type { ChangeBus } from './live/changeBus';
import { changeBusFromEnv } from './live/changeBusFromEnv';
import type { LiveData } from './live/liveData';
import { buildSchema } from './schema/buildSchema';

/** How stale another process's writes may be when no change bus message arrived (see LiveData.refreshIfOlder). */
const REFRESH_INTERVAL_MS = 200;

export interface ApiServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

function subscriptionsOnly(kind: string): GraphQLError {
  return new GraphQLError(`only subscriptions run over the WebSocket; send this ${kind} over HTTP (POST /graphql)`, {
    extensions: { code: 'BAD_REQUEST' },
  });
}

export async function startApiServer(options: {
  data: LiveData;
  port?: number;
  host?: string;
  /** Overrides of the limits read from the environment (tests use small ones). */
  limits?: Partial<ProtectionLimits>;
  /** The change bus shared with other API processes; by default from the environment (see changeBusFromEnv). */
  bus?: ChangeBus;
  /** How often a request looks at the change log for other processes' writes (tests use 0: every request). */
  refreshIntervalMs?: number;
}): Promise<ApiServer> {
  const production = process.env.NODE_ENV === 'production';
  const reuseResults = process.env.GRAPHQL_RESULT_REUSE !== 'off';
  const limits = { ...limitsFromEnv(), ...options.limits };
  const { data, refreshIntervalMs = REFRESH_INTERVAL_MS } = options;
  const { catalog, units } = data;
  const app = express();
  // The client's address (req.ip) as a trusted proxy in front names it: what the rate limits count by.
  app.set('trust proxy', trustProxyFromEnv());
  const redisUrl = process.env.REDIS_URL?.trim();
  const rateLimits = RateLimits.create(
    limits,
    redisUrl ? { url: redisUrl, prefix: process.env.REDIS_CHANNEL_PREFIX?.trim() || 'ioc' } : undefined,
  );
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
  // Who is asking, from the bearer token or session cookie: a bad credential fails the request (UNAUTHENTICATED).
  const context = async (headers: IncomingHttpHeaders, clientIp: string | undefined): Promise<Context> => {
    let actor: Context['actor'];
    try {
      actor = await authenticate(data.db, headers);
      // Another API process may have written since the last look: apply its changes first (looked at most every
      // REFRESH_INTERVAL_MS; the change bus makes this process look at once when another one writes).
      await data.refreshIfOlder(refreshIntervalMs);
    } catch (e) {
      if (isDatabaseUnavailable(e)) throw databaseUnavailableError();
      throw e;
    }
    return { catalog, units, data, actor, deadline: new Deadline(limits.executionTimeoutMs), clientIp, rateLimits };
  };
  // A subscription lives on: its events are small and are not held to one operation's deadline. Its credential is
  // read from the WebSocket upgrade request (cookie or Authorization header).
  const subscriptionContext = async (ctx: { extra: { request: IncomingMessage } }) => ({
    ...(await context(ctx.extra.request.headers, ctx.extra.request.socket.remoteAddress)),
    deadline: new Deadline(Number.POSITIVE_INFINITY),
  });

  const bus = options.bus ?? (await changeBusFromEnv());
  const leaveBus = data.connect(bus);
  // Subscriptions get the same parser and validation limits as HTTP requests.
  const { operationLimits, persistedDocuments } = guard;
  const persistedTexts = new Set(persistedDocuments?.values() ?? []);
  const rules = [...specifiedRules, ...(guard.apollo.validationRules ?? [])].filter((r) => typeof r === 'function');
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const subscriptions = useServer<Record<string, unknown>, { request: IncomingMessage }>(
    {
      schema,
      context: subscriptionContext,
      parse: (source) => parse(source, guard.apollo.parseOptions),
      validate: (s, document) => validate(s, document, rules),
      // The cost and list-size limits too, priced with the subscription's variables.
      onSubscribe: async (ctx, _id, payload) => {
        // A bad credential ends this subscription with UNAUTHENTICATED (the context below would only close the socket).
        try {
          await authenticate(data.db, ctx.extra.request.headers);
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        // With a manifest, only its documents (by their exact text), as over HTTP.
        if (persistedDocuments && !persistedTexts.has(payload.query)) return [subscriptionNotPersisted()];
        let document: DocumentNode;
        try {
          document = parse(payload.query, guard.apollo.parseOptions);
        } catch {
          return; // graphql-ws parses again and reports the syntax error itself.
        }
        // Queries and mutations go over HTTP, where the rate limits, deadlines and audit of requests apply.
        const operation = getOperationAST(document, payload.operationName ?? undefined);
        if (operation && operation.operation !== 'subscription') return [subscriptionsOnly(operation.operation)];
        const error = operationLimitError(operationLimits, {
          schema,
          document,
          operationName: payload.operationName ?? undefined,
          variables: payload.variables ?? undefined,
        });
        return error ? [error] : undefined;
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    // graphql-jit runs the operations (see jitExecutor); Apollo keeps parsing, validation and the plugins.
    // A query's result is reused until the data change or the day turns (defaults such as the current edition follow
    // the date), and only for the same user: what a result holds depends on who asks (their role and unit scope).
    gateway: jitGateway<Context>(schema, {
      // GRAPHQL_RESULT_REUSE=off runs every query (the benchmark measures both ways).
      resultKey: reuseResults
        ? (ctx) =>
            `${ctx.actor ? ctx.actor.userId : 'anon'}|${ctx.data.version}|${new Date().toISOString().slice(0, 10)}`
        : undefined,
    }),
    stringifyResult: stringifyReusedResults(),
    ...guard.apollo,
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
      // Cache hints are unused, and its per-field hook would make Apollo wrap every resolver.
      ApolloServerPluginCacheControlDisabled(),
      ...guard.apollo.plugins,
      nulCharactersPlugin<Context>(),
      mutationRateLimitPlugin<Context>(),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    // `data` changes whenever what this process serves may have changed (another process's writes are applied
    // first): the web server reuses a rendered page while it stays the same.
    void data
      .refreshIfOlder(refreshIntervalMs)
      .catch(() => undefined)
      .then(() => res.json({ ok: true, data: `${data.id}:${data.version}` }));
  });
  app.use(
    '/graphql',
    // Credentials: the web app's pages in the browser send the session cookie.
    cors({ origin: [/^http:\/\/localhost(:\d+)?$/, /^http:\/\/127\.0\.0\.1(:\d+)?$/], credentials: true }),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: ({ req }) => context(req.headers, req.ip),
    }),
    answerBodyErrors,
  );

  await new Promise<void>((resolve) => httpServer.listen(options.port ?? 4000, options.host ?? '0.0.0.0', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    close: async () => {
      await apollo.stop();
      await rateLimits.close();
      leaveBus();
      if (!options.bus) await bus.close();
    },
  };
}
