// `npm run feed:sim`: the simulated national 766 endpoint (and the demo cameras) on FEED_SIM_PORT (default 4100), a
// new synthetic payload every FEED_SIM_INTERVAL_MS (default 5000).
import { startSimulator } from './simulator';

function setting(name: string, fallback: number, min: number): number {
  const text = process.env[name];
  const n = text === undefined || text === '' ? fallback : Number(text);
  if (!Number.isSafeInteger(n) || n < min) {
    console.error(`feed:sim: ${name} must be a whole number, at least ${min}; got "${text}"`);
    process.exit(1);
  }
  return n;
}

const port = setting('FEED_SIM_PORT', 4100, 0);
const intervalMs = setting('FEED_SIM_INTERVAL_MS', 5_000, 1_000);
try {
  const sim = await startSimulator({ port, intervalMs, host: process.env.FEED_SIM_HOST ?? '127.0.0.1' });
  console.log(
    `Simulated national 766 endpoint (synthetic data) on ${sim.feedUrl}, a payload every ${intervalMs / 1000} s; cameras on ${sim.url}/cameras`,
  );
  const stop = () => sim.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  console.error(`feed:sim: ${(e as Error).message}`);
  process.exit(1);
}
