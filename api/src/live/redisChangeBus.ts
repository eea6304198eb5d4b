// The change bus over Redis pub/sub, for several API processes serving one database: one connection publishes, one
// subscribes (a subscribed Redis connection can do nothing else). The channel is `${prefix}:changes`.
import { Redis } from 'ioredis';
import type { ChangeBus, ChangeMessage } from './changeBus';

export class RedisChangeBus implements ChangeBus {
  readonly #publisher: Redis;
  readonly #subscriber: Redis;
  readonly #channel: string;
  readonly #listeners = new Set<(message: ChangeMessage) => void>();

  private constructor(url: string, prefix: string) {
    this.#channel = `${prefix}:changes`;
    this.#publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
    this.#subscriber = new Redis(url, { lazyConnect: true });
    for (const connection of [this.#publisher, this.#subscriber]) {
      // ioredis reconnects by itself; without a listener an error event would crash the process.
      connection.on('error', (e: Error) => console.error(`redis: ${e.message}`));
    }
    this.#subscriber.on('message', (channel: string, text: string) => {
      if (channel !== this.#channel) return;
      let message: ChangeMessage;
      try {
        message = JSON.parse(text) as ChangeMessage;
      } catch {
        console.error(`redis: ignored a malformed message on ${channel}`);
        return;
      }
      for (const listener of this.#listeners) listener(message);
    });
  }

  /** Connects both connections and subscribes; fails when Redis does not answer. */
  static async open(options: { url: string; prefix?: string }): Promise<RedisChangeBus> {
    const bus = new RedisChangeBus(options.url, options.prefix ?? 'ioc');
    try {
      await Promise.all([bus.#publisher.connect(), bus.#subscriber.connect()]);
      await bus.#subscriber.subscribe(bus.#channel);
    } catch (e) {
      bus.#publisher.disconnect();
      bus.#subscriber.disconnect();
      throw new Error(`cannot use Redis at ${redactedUrl(options.url)}: ${(e as Error).message}`);
    }
    return bus;
  }

  async publish(message: ChangeMessage): Promise<void> {
    try {
      await this.#publisher.publish(this.#channel, JSON.stringify(message));
    } catch (e) {
      // The change is in the store either way: other processes see it at their next refresh.
      console.error(`redis: could not publish a change: ${(e as Error).message}`);
    }
  }

  subscribe(listener: (message: ChangeMessage) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.#listeners.clear();
    await Promise.allSettled([this.#subscriber.quit(), this.#publisher.quit()]);
  }
}

/** The URL without its password, for messages. */
function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'REDIS_URL';
  }
}
