// Query.auditLog: admins read who wrote what, newest first, a page at a time, filtered by actor and action.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessApi, openInProcessApi, testActor } from '../authorization/inProcess';
import { catalog } from '../integration/support';

const admin = testActor('ADMIN', 9);
const officer = testActor('OFFICER', 3, '68');
const leader = testActor('LEADER', 1);

const RECORD = 'mutation($v: [ValueInput!]!) { recordValues(values: $v) { inserted } }';
const TARGETS = 'mutation($t: [TargetInput!]!) { setTargets(targets: $t) { inserted } }';
const LOG = `query($first: Int, $after: String, $actor: String, $action: String) {
  auditLog(first: $first, after: $after, actor: $actor, action: $action) {
    edges { cursor node { id at actor action entity entityKey before after } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

interface Page {
  auditLog: {
    edges: Array<{ cursor: string; node: { actor: string; action: string; entityKey: string; after: string | null } }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

let api: InProcessApi;

beforeAll(async () => {
  api = await openInProcessApi(catalog);
  for (const value of [1, 2, 3]) {
    const r = await api.run(officer, RECORD, {
      v: [{ indicator: 'F_COUNT', unit: '24781', period: '2025-08', value }],
    });
    expect(r.errors).toBeUndefined();
  }
  const r = await api.run(leader, TARGETS, { t: [{ indicator: 'F_COUNT', unit: '68', year: 2025, value: 9 }] });
  expect(r.errors).toBeUndefined();
});

afterAll(() => api?.close());

async function page(variables: Record<string, unknown>): Promise<Page['auditLog']> {
  const result = await api.run(admin, LOG, variables);
  expect(result.errors).toBeUndefined();
  return (result.data as unknown as Page).auditLog;
}

describe('Query.auditLog', () => {
  it('lists the writes newest first, with who, what and the values', async () => {
    const { edges, pageInfo } = await page({});
    expect(edges.map((e) => `${e.node.actor} ${e.node.action} ${e.node.entityKey}`)).toEqual([
      'leader-1 setTargets 1 target: 68 F_COUNT 2025',
      'officer-3 recordValues 1 value: 24781 F_COUNT 2025-08',
      'officer-3 recordValues 1 value: 24781 F_COUNT 2025-08',
      'officer-3 recordValues 1 value: 24781 F_COUNT 2025-08',
    ]);
    expect(JSON.parse(edges[1]?.node.after ?? '')).toEqual([
      { indicator: 'F_COUNT', unit: '24781', period: '2025-08', value: 3 },
    ]);
    expect(pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it('pages on with after, and filters by actor and action', async () => {
    const first = await page({ first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page({ first: 2, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => JSON.parse(e.node.after ?? '')[0].value)).toEqual([2, 1]);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect((await page({ actor: 'leader-1' })).edges).toHaveLength(1);
    expect((await page({ action: 'recordValues' })).edges).toHaveLength(3);
    expect((await page({ actor: 'nobody' })).edges).toEqual([]);
  });

  it('refuses a page past 100 and a cursor it did not give', async () => {
    const big = await api.run(admin, LOG, { first: 101 });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    const bad = await api.run(admin, LOG, { after: 'nonsense' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('is for admins only', async () => {
    const result = await api.run(leader, LOG, {});
    expect(result.errors?.[0]?.message).toBe(
      'only admins may read the audit log; you are signed in as leader-1 (LEADER)',
    );
    expect((await api.run(null, LOG, {})).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
