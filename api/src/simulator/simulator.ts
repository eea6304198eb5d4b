// The simulator of the outside world for the demo and the tests: the national 766 endpoint and the locality
// cameras, on one express app. `startSimulator({ port: 0 })` in a test, `npm run feed:sim` as a process.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { cameraRoutes } from './cameraRoutes';
import { FEED_PATH, feedRoutes } from './feedRoutes';
import { NationalFeedSim } from './nationalFeed';

export interface Simulator {
  /** Base URL, e.g. http://127.0.0.1:4100. */
  url: string;
  /** The national endpoint the connector polls (NATIONAL_FEED_URL). */
  feedUrl: string;
  feed: NationalFeedSim;
  close(): Promise<void>;
}

export async function startSimulator(
  options: { port?: number; host?: string; intervalMs?: number; now?: () => number } = {},
): Promise<Simulator> {
  const feed = new NationalFeedSim({ intervalMs: options.intervalMs, now: options.now });
  const app = express();
  app.disable('x-powered-by');
  app.use(feedRoutes(feed));
  app.use('/cameras', cameraRoutes());
  const host = options.host ?? '127.0.0.1';
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(options.port ?? 4100, host, (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  return {
    url,
    feedUrl: `${url}${FEED_PATH}`,
    feed,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
