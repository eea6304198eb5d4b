// The change log: one row per write (observation or target), appended in the writer's transaction. API processes
// poll it by seq to invalidate their caches, so no process has to hold all state.
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { AutoIncrementBigIntType } from '../types/AutoIncrementBigIntType';

/** observation and target changes invalidate values; an alert change (raised, closed, a step of its thread) only
 * tells other processes that alerts moved, so they drop reused results and wake live subscribers; a feed change (its
 * `indicator` is the feed's name) tells them a feed's freshness moved (it failed, or recovered); a camera change (the
 * registry changed) only makes them drop reused results. */
export type ChangeKind = 'observation' | 'target' | 'alert' | 'feed' | 'camera';

export const ChangeEntity = defineEntity({
  name: 'Change',
  tableName: 'changes',
  properties: {
    seq: p.type(AutoIncrementBigIntType).$type<number>().primary().autoincrement(),
    indicator: p.string().length(40),
    unit: p.string().length(8),
    /** Set for an observation change. */
    period: p.string().length(10).nullable(),
    /** Set for a target change. */
    year: p.integer().nullable(),
    kind: p.string().length(16).$type<ChangeKind>(),
    at: p.datetime(),
  },
});

export type ChangeRow = InferEntity<typeof ChangeEntity>;
