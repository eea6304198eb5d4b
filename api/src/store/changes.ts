// Reading the change log: API processes poll it by sequence number to learn what other processes wrote, so caches
// are invalidated without assuming one process holds all state.
import type { EntityManager } from '../db/database';
import { ChangeEntity, type ChangeKind } from '../db/entities/Change';

export interface ChangeEvent {
  seq: number;
  kind: ChangeKind;
  indicator: string;
  unit: string;
  /** The observation's period; null for target changes. */
  period: string | null;
  /** The target's year; null for observation changes. */
  year: number | null;
  at: Date;
}

/** At most this many rows per call; a poller that gets a full page asks again from the last seq it saw. */
export const defaultChangePage = 10_000;

/** Change rows with seq greater than `seq`, in seq order. */
export async function changesSince({
  em,
  seq,
  limit = defaultChangePage,
}: {
  em: EntityManager;
  seq: number;
  limit?: number;
}): Promise<ChangeEvent[]> {
  // No identity map: pollers call this often and only need the values.
  const rows = await em.find(
    ChangeEntity,
    { seq: { $gt: seq } },
    { orderBy: { seq: 'asc' }, limit, disableIdentityMap: true },
  );
  return rows.map((row) => ({
    seq: row.seq,
    kind: row.kind,
    indicator: row.indicator,
    unit: row.unit,
    period: row.period ?? null,
    year: row.year ?? null,
    at: row.at,
  }));
}

/** The newest seq, or 0 when nothing was ever written. Take it before a full load, then poll from it. */
export async function latestChangeSeq({ em }: { em: EntityManager }): Promise<number> {
  const rows: { seq: unknown }[] = await em.execute('select max(seq) as seq from changes');
  const seq = rows[0]?.seq;
  return seq === null || seq === undefined ? 0 : Number(seq);
}
