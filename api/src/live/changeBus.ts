// The change bus: how API processes tell each other that they wrote. A message is only a nudge: the receiver reads
// what changed from the store's change log (LiveData.refresh), which stays the one source of truth.
import type { ChangeKind } from '../db/entities/Change';

/** One written key, as the change log records it. */
export interface ChangedKey {
  kind: ChangeKind;
  indicator: string;
  unit: string;
  period: string | null;
  year: number | null;
}

export interface ChangeMessage {
  /** The LiveData that wrote: it ignores its own messages. */
  origin: string;
  /** The keys written, at most MAX_KEYS_PER_MESSAGE; `truncated` when there were more. */
  keys: ChangedKey[];
  truncated: boolean;
}

export const MAX_KEYS_PER_MESSAGE = 1_000;

export interface ChangeBus {
  /** Announces local writes to every process on the bus (this one included). Never throws. */
  publish(message: ChangeMessage): Promise<void>;
  /** Calls `listener` for every message on the bus; returns the unsubscribe function. */
  subscribe(listener: (message: ChangeMessage) => void): () => void;
  close(): Promise<void>;
}

export function changeMessage(origin: string, keys: readonly ChangedKey[]): ChangeMessage {
  return {
    origin,
    keys: keys.slice(0, MAX_KEYS_PER_MESSAGE),
    truncated: keys.length > MAX_KEYS_PER_MESSAGE,
  };
}
