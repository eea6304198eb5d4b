// The change bus inside one process: the default without REDIS_URL. Every LiveData of the process shares it, so two
// API servers in one process (as in tests) nudge each other like two processes on Redis.
import type { ChangeBus, ChangeMessage } from './changeBus';

export class MemoryChangeBus implements ChangeBus {
  readonly #listeners = new Set<(message: ChangeMessage) => void>();

  async publish(message: ChangeMessage): Promise<void> {
    // Delivered on a later tick, like a message from a network: a publisher never re-enters its own listeners.
    const copy = structuredClone(message);
    setImmediate(() => {
      for (const listener of this.#listeners) listener(copy);
    });
  }

  subscribe(listener: (message: ChangeMessage) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The process-wide bus is never closed: other servers of the process may still use it. */
  async close(): Promise<void> {}
}

export const processChangeBus = new MemoryChangeBus();
