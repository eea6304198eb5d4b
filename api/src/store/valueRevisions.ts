// The revisions of stored observations a page at a time, for many observations in one statement. Pages are keyset
// pages on the history row's id, never offsets, so a page stays where it is while newer revisions are recorded.
import type { Source } from '@ioc/schema/catalogSchema';
import type { Knex } from '@mikro-orm/knex';
import type { EntityManager } from '../db/database';
import type { ObservationKey } from './observationWrites';
import { chunks, rawRows, toDate, toNullableNumber, toNumber } from './sql';

/** One recorded value of an observation: a row of its history. The newest revision holds the current value. */
export interface ValueRevision {
  /** The history row's id: grows with every revision recorded and is never reused, so it names the revision. */
  id: number;
  value: number;
  /** The value this revision replaced; null for the first one. */
  previousValue: number | null;
  source: Source;
  /** Who recorded it. */
  actor: string;
  recordedAt: Date;
}

/** A page of the revisions of one observation: a range of revision ids, and the end of the range to take from. */
export interface RevisionPageRequest extends ObservationKey {
  /** Only revisions older than the revision with this id (exclusive). */
  olderThan: number | null;
  /** Only revisions newer than the revision with this id (exclusive). */
  newerThan: number | null;
  /** Take the newest revisions of the range, or the oldest. */
  from: 'newest' | 'oldest';
  /** At most this many revisions. */
  limit: number;
}

export interface RevisionPage {
  /** Newest first, whichever end they were taken from. */
  revisions: ValueRevision[];
  /** Whether the range holds more revisions past the page, on the side away from the end it was taken from. */
  more: boolean;
}

/**
 * Requests per statement: 8 bind parameters each keeps a statement far below SQLite's 32,766 and PostgreSQL's 65,535,
 * and above the largest list of units a query returns, so one level of a query is one statement.
 */
export const revisionChunkSize = 1_000;

/**
 * The pages asked for, in request order: one statement per chunk of requests, whatever their ranges and ends. Each
 * request is numbered and joined as a VALUES row; row_number() over each request's rows in the order of its end takes
 * its page plus one row that tells whether there is more.
 */
export async function readRevisionPages({
  em,
  requests,
}: {
  em: EntityManager;
  requests: readonly RevisionPageRequest[];
}): Promise<RevisionPage[]> {
  const knex = em.getTransactionContext<Knex.Transaction>() ?? em.getKnex();
  const pages: RevisionPage[] = [];
  for (const part of chunks(requests, revisionChunkSize)) pages.push(...(await readChunk(knex, part)));
  return pages;
}

interface RevisionDbRow {
  request: unknown;
  id: unknown;
  old_value: unknown;
  new_value: unknown;
  source: Source;
  changed_by: string;
  changed_at: unknown;
}

async function readChunk(knex: Knex | Knex.Transaction, part: readonly RevisionPageRequest[]): Promise<RevisionPage[]> {
  for (const r of part) {
    if (!Number.isSafeInteger(r.limit) || r.limit < 0) throw new RangeError(`limit must be a count, got ${r.limit}`);
  }
  // Casts type the VALUES columns on PostgreSQL, where a column of parameters (or of nulls) would otherwise be text.
  const tuple =
    '(cast(? as integer), ?, ?, ?, cast(? as bigint), cast(? as bigint), cast(? as integer), cast(? as integer))';
  const bindings = part.flatMap((r, i) => [
    i,
    r.indicator,
    r.unit,
    r.period,
    r.olderThan,
    r.newerThan,
    r.from === 'newest' ? 1 : -1,
    r.limit + 1,
  ]);
  const rows = rawRows<RevisionDbRow>(
    await knex.raw(
      'select p.request, p.id, p.old_value, p.new_value, p.source, p.changed_by, p.changed_at from (' +
        'select k.column1 as request, k.column8 as take, h.id, h.old_value, h.new_value, h.source, h.changed_by, ' +
        'h.changed_at, row_number() over (partition by k.column1 order by h.id * k.column7 desc) as position ' +
        `from observation_history h join (values ${part.map(() => tuple).join(', ')}) as k ` +
        'on h.indicator = k.column2 and h.unit = k.column3 and h.period = k.column4 ' +
        'where (k.column5 is null or h.id < k.column5) and (k.column6 is null or h.id > k.column6)' +
        ') p where p.position <= p.take order by p.request, p.position',
      bindings,
    ),
  );
  const taken: ValueRevision[][] = part.map(() => []);
  for (const row of rows) taken[toNumber(row.request)]?.push(fromDbRow(row));
  return part.map((request, i) => {
    const revisions = taken[i] ?? [];
    const more = revisions.length > request.limit;
    const page = revisions.slice(0, request.limit);
    return { revisions: request.from === 'newest' ? page : page.reverse(), more };
  });
}

function fromDbRow(row: RevisionDbRow): ValueRevision {
  return {
    id: toNumber(row.id),
    value: toNumber(row.new_value),
    previousValue: toNullableNumber(row.old_value),
    source: row.source,
    actor: row.changed_by,
    recordedAt: toDate(row.changed_at),
  };
}
