// readRevisionPages on every database: keyset pages of an observation's revisions from either end, ranges between two
// revisions, pages that stay put while newer revisions are recorded, and many pages read in one statement.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import type { WriteMeta } from '../../src/domain/observation';
import { upsertObservations } from '../../src/store/observations';
import { type RevisionPageRequest, readRevisionPages, type ValueRevision } from '../../src/store/valueRevisions';
import { describeEachDatabase } from './harness';

const KEY = { indicator: 'TOU_VISITORS', unit: '24778', period: '2025-08' };
/** Same indicator and unit, another period: its revisions must never show up in KEY's pages. */
const NEIGHBOUR = { indicator: 'TOU_VISITORS', unit: '24778', period: '2025-09' };

/** The n-th write (from 1): a known source, actor and time, a minute apart. */
function meta(n: number): WriteMeta {
  return {
    source: n % 2 === 0 ? 'import' : 'manual',
    actor: `officer-${n}`,
    at: new Date(Date.UTC(2025, 8, 1, 8, n)),
  };
}

async function record(db: Database, key: typeof KEY, value: number, n: number): Promise<void> {
  await upsertObservations({ em: db.em(), items: [{ ...key, value }], meta: meta(n) });
}

function page(
  db: Database,
  request: Partial<RevisionPageRequest> & Pick<RevisionPageRequest, 'from' | 'limit'>,
): Promise<{ values: number[]; more: boolean; revisions: ValueRevision[] }> {
  return readRevisionPages({
    em: db.em(),
    requests: [{ ...KEY, olderThan: null, newerThan: null, ...request }],
  }).then(([p]) => {
    if (!p) throw new Error('no page');
    return { values: p.revisions.map((r) => r.value), more: p.more, revisions: p.revisions };
  });
}

describeEachDatabase('readRevisionPages', (getDb) => {
  /** Revision ids of KEY by value: 10 (first) … 50 (current). */
  const idOf = new Map<number, number>();

  beforeAll(async () => {
    const db = getDb();
    // Interleaved with the neighbour's writes, so ids of one observation are not consecutive.
    for (const [n, value] of [10, 20, 30, 40, 50].entries()) {
      await record(db, KEY, value, 2 * n + 1);
      await record(db, NEIGHBOUR, value + 1, 2 * n + 2);
    }
    const all = await page(db, { from: 'newest', limit: 100 });
    for (const r of all.revisions) idOf.set(r.value, r.id);
  });

  it('reads every revision newest first, the current value first, with what it replaced, who and when', async () => {
    const all = await page(getDb(), { from: 'newest', limit: 100 });
    expect(all.more).toBe(false);
    expect(all.revisions.map(({ id: _, ...r }) => r)).toEqual([
      { value: 50, previousValue: 40, source: 'manual', actor: 'officer-9', recordedAt: meta(9).at },
      { value: 40, previousValue: 30, source: 'manual', actor: 'officer-7', recordedAt: meta(7).at },
      { value: 30, previousValue: 20, source: 'manual', actor: 'officer-5', recordedAt: meta(5).at },
      { value: 20, previousValue: 10, source: 'manual', actor: 'officer-3', recordedAt: meta(3).at },
      { value: 10, previousValue: null, source: 'manual', actor: 'officer-1', recordedAt: meta(1).at },
    ]);
    const ids = all.revisions.map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(ids.every((id) => typeof id === 'number')).toBe(true);
  });

  it('pages from the newest end, older than a revision, and says whether more follow', async () => {
    const db = getDb();
    expect(await page(db, { from: 'newest', limit: 2 })).toMatchObject({ values: [50, 40], more: true });
    expect(await page(db, { from: 'newest', limit: 2, olderThan: idOf.get(40) })).toMatchObject({
      values: [30, 20],
      more: true,
    });
    expect(await page(db, { from: 'newest', limit: 2, olderThan: idOf.get(20) })).toMatchObject({
      values: [10],
      more: false,
    });
  });

  it('pages from the oldest end, newer than a revision, still newest first within the page', async () => {
    const db = getDb();
    expect(await page(db, { from: 'oldest', limit: 2 })).toMatchObject({ values: [20, 10], more: true });
    expect(await page(db, { from: 'oldest', limit: 2, newerThan: idOf.get(20) })).toMatchObject({
      values: [40, 30],
      more: true,
    });
    expect(await page(db, { from: 'oldest', limit: 2, newerThan: idOf.get(40) })).toMatchObject({
      values: [50],
      more: false,
    });
  });

  it('reads the range between two revisions from either end', async () => {
    const db = getDb();
    const between = { olderThan: idOf.get(50), newerThan: idOf.get(10) };
    expect(await page(db, { from: 'newest', limit: 10, ...between })).toMatchObject({
      values: [40, 30, 20],
      more: false,
    });
    expect(await page(db, { from: 'newest', limit: 2, ...between })).toMatchObject({ values: [40, 30], more: true });
    expect(await page(db, { from: 'oldest', limit: 2, ...between })).toMatchObject({ values: [30, 20], more: true });
  });

  it('gives an empty page for a limit of 0, telling whether the range holds anything', async () => {
    const db = getDb();
    expect(await page(db, { from: 'newest', limit: 0 })).toMatchObject({ values: [], more: true });
    expect(await page(db, { from: 'newest', limit: 0, olderThan: idOf.get(10) })).toMatchObject({
      values: [],
      more: false,
    });
  });

  it('reads many pages, of several observations and ranges, in one statement and in request order', async () => {
    const db = getDb();
    const statements: string[] = [];
    const listen = (query: { sql: string }) => statements.push(query.sql);
    const knex = db.orm.em.getKnex();
    knex.on('query', listen);
    const base = { olderThan: null, newerThan: null };
    const pages = await readRevisionPages({
      em: db.em(),
      requests: [
        { ...NEIGHBOUR, ...base, from: 'newest', limit: 1 },
        { ...KEY, ...base, olderThan: idOf.get(30) ?? null, from: 'newest', limit: 5 },
        { ...KEY, period: '2025-07', ...base, from: 'newest', limit: 5 },
        { ...KEY, ...base, from: 'oldest', limit: 1 },
      ],
    }).finally(() => knex.off('query', listen));
    expect(statements).toHaveLength(1);
    expect(pages.map((p) => [p.revisions.map((r) => r.value), p.more])).toEqual([
      [[51], true],
      [[20, 10], false],
      [[], false],
      [[10], true],
    ]);
  });

  describe('while newer revisions are recorded', () => {
    it('keeps a page older than a revision exactly where it was', async () => {
      const db = getDb();
      const before = await page(db, { from: 'newest', limit: 2, olderThan: idOf.get(40) });
      await record(db, KEY, 60, 11);
      const after = await page(db, { from: 'newest', limit: 2, olderThan: idOf.get(40) });
      expect(after).toEqual(before);
      expect(await page(db, { from: 'newest', limit: 2 })).toMatchObject({ values: [60, 50], more: true });
    });
  });
});
