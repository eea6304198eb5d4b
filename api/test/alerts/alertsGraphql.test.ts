// The alert API over HTTP and graphql-ws, signed in as each role: reading alerts within one's scope, the directive
// workflow's mutations and their errors, alert counts by subtree, and live alert activity.
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AlertKeeper, keepAlertsCurrent } from '../../src/alerts/keepAlertsCurrent';
import { localDay } from '../../src/alerts/today';
import { signedInWebSocket, signIn } from '../accounts';
import { onlyError, postGraphQL, queryData } from '../graphqlClient';
import { startTestServer, type TestServer } from '../testServer';
import { alertCatalog, COMMUNE, PROVINCE, TODAY } from './support';

const RECORD = `mutation Record($values: [ValueInput!]!) { recordValues(values: $values) { inserted updated } }`;
const ALERTS = `query Alerts($unit: String, $state: AlertState, $first: Int, $after: String, $awaiting: Boolean) {
  alerts(unit: $unit, state: $state, first: $first, after: $after, awaitingExplanation: $awaiting) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id indicator { code } unit { code } period status value target state overdue
      directive { id state } current { status } } }
  }
}`;
const ISSUE = `mutation Issue($alert: ID!, $message: String!, $deadline: String!) {
  issueDirective(alert: $alert, message: $message, deadline: $deadline) {
    id state deadline agency overdue unit { code } issuedBy { username } alert { id }
  }
}`;
const EXPLAIN = `mutation Explain($directive: ID!) {
  explain(directive: $directive, explanation: "Mưa bão kéo dài", remedyPlan: "Tăng ca tháng sau") { id state }
}`;
const RETURN = `mutation Return($directive: ID!, $comment: String!) {
  returnExplanation(directive: $directive, comment: $comment) { id state }
}`;
const ACCEPT = `mutation Accept($directive: ID!) { acceptExplanation(directive: $directive) { id state } }`;
const THREAD = `query Thread($id: ID!) {
  alert(id: $id) { id state events { kind message remedyPlan deadline author { username role } at } }
}`;

interface AlertNode {
  id: string;
  unit: { code: string };
  state: string;
  directive: { id: string; state: string } | null;
}
interface AlertsData {
  alerts: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: AlertNode }[] };
}

const nextWeek = localDay(new Date(Date.now() + 7 * 86_400_000));

describe('alerts over GraphQL', () => {
  let server: TestServer;
  let keeper: AlertKeeper;
  let leader: string;
  let officer: string;
  let outsider: string;
  let communeAlert: string;
  let provinceAlert: string;

  const record = async (value: number) => {
    await queryData(
      server.url,
      RECORD,
      { values: [{ indicator: 'F_PART', unit: COMMUNE, period: '2025-09', value }] },
      { token: server.writerToken },
    );
    await keeper.settled();
  };

  beforeAll(async () => {
    server = await startTestServer(alertCatalog);
    keeper = keepAlertsCurrent(server.data, { today: () => TODAY });
    leader = await signIn(server.url, 'LEADER');
    officer = await signIn(server.url, 'OFFICER', { unit: COMMUNE });
    outsider = await signIn(server.url, 'OFFICER', { unit: '22918' });
    await record(5);
    const { alerts } = await queryData<AlertsData>(server.url, ALERTS, {});
    communeAlert = alerts.edges.find((e) => e.node.unit.code === COMMUNE)?.node.id as string;
    provinceAlert = alerts.edges.find((e) => e.node.unit.code === PROVINCE)?.node.id as string;
  });
  afterAll(async () => {
    keeper?.stop();
    await server?.close();
  });

  it('lists the alerts a recorded value raised, newest first, with the value as it is now', async () => {
    const { alerts } = await queryData<AlertsData>(server.url, ALERTS, {});
    expect(alerts.totalCount).toBe(2);
    expect(alerts.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ unit: { code: PROVINCE }, period: '2025-09', status: 'NOT_ACHIEVED', value: 5 }),
      expect.objectContaining({ unit: { code: COMMUNE }, target: '≥ 10', state: 'OPEN', overdue: false }),
    ]);
    expect(alerts.edges[0]?.node).toMatchObject({ indicator: { code: 'F_PART' }, current: { status: 'NOT_ACHIEVED' } });
    const page = await queryData<AlertsData>(server.url, ALERTS, { first: 1 });
    expect(page.alerts.pageInfo.hasNextPage).toBe(true);
    const rest = await queryData<AlertsData>(server.url, ALERTS, { first: 1, after: page.alerts.pageInfo.endCursor });
    expect(rest.alerts.edges.map((e) => e.node.id)).toEqual([communeAlert]);
    expect(rest.alerts.pageInfo.hasNextPage).toBe(false);
  });

  it('limits an officer to their subtree, and refuses the anonymous', async () => {
    const own = await queryData<AlertsData>(server.url, ALERTS, {}, { token: officer });
    expect(own.alerts.edges.map((e) => e.node.id)).toEqual([communeAlert]);
    const none = await queryData<AlertsData>(server.url, ALERTS, {}, { token: outsider });
    expect(none.alerts.totalCount).toBe(0);
    expect(onlyError(await postGraphQL(server.url, THREAD, { id: communeAlert }, { token: outsider }))).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    expect(onlyError(await postGraphQL(server.url, ALERTS, { unit: COMMUNE }, { token: outsider }))).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    expect(onlyError(await postGraphQL(server.url, ALERTS, {}, { token: null }))).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const first = await postGraphQL(server.url, ALERTS, { first: 101 });
    expect(onlyError(first)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'first' } });
  });

  it('counts open alerts by subtree', async () => {
    const COUNTS = `query Counts($code: String!) { unit(code: $code) { alertCounts { open awaitingExplanation overdue } } }`;
    const count = async (code: string) =>
      (await queryData<{ unit: { alertCounts: unknown } }>(server.url, COUNTS, { code })).unit.alertCounts;
    expect(await count(PROVINCE)).toEqual({ open: 2, awaitingExplanation: 0, overdue: 0 });
    expect(await count(COMMUNE)).toEqual({ open: 1, awaitingExplanation: 0, overdue: 0 });
    expect(await count('22918')).toEqual({ open: 0, awaitingExplanation: 0, overdue: 0 });
  });

  it('runs the workflow: issue, explain, return, explain, accept, with each refusal a clear error', async () => {
    const refused = async (query: string, variables: Record<string, unknown>, token: string, code: string) => {
      const error = onlyError(await postGraphQL(server.url, query, variables, { token }));
      expect(error.extensions?.code, error.message).toBe(code);
      return error;
    };
    const issue = { alert: communeAlert, message: 'Đề nghị giải trình', deadline: nextWeek };
    await refused(ISSUE, issue, server.token, 'FORBIDDEN'); // an analyst
    expect(await refused(ISSUE, { ...issue, deadline: '2020-01-01' }, leader, 'BAD_USER_INPUT')).toMatchObject({
      extensions: { argument: 'deadline' },
    });
    expect(await refused(ISSUE, { ...issue, message: '' }, leader, 'BAD_USER_INPUT')).toMatchObject({
      extensions: { argument: 'message' },
    });
    const { issueDirective: d } = await queryData<{ issueDirective: { id: string } }>(server.url, ISSUE, issue, {
      token: leader,
    });
    expect(d).toMatchObject({
      state: 'AWAITING_EXPLANATION',
      deadline: nextWeek,
      agency: null,
      overdue: false,
      unit: { code: COMMUNE },
      alert: { id: communeAlert },
    });
    expect(await refused(ISSUE, issue, leader, 'BAD_USER_INPUT')).toMatchObject({ extensions: { argument: 'alert' } });
    const awaiting = await queryData<AlertsData>(server.url, ALERTS, { awaiting: true });
    expect(awaiting.alerts.edges.map((e) => e.node.directive)).toEqual([{ id: d.id, state: 'AWAITING_EXPLANATION' }]);

    await refused(EXPLAIN, { directive: d.id }, outsider, 'FORBIDDEN');
    await refused(EXPLAIN, { directive: d.id }, leader, 'FORBIDDEN');
    await queryData(server.url, EXPLAIN, { directive: d.id }, { token: officer });
    expect(await refused(RETURN, { directive: d.id, comment: ' ' }, leader, 'BAD_USER_INPUT')).toMatchObject({
      extensions: { argument: 'comment' },
    });
    await queryData(server.url, RETURN, { directive: d.id, comment: 'Thiếu số liệu' }, { token: leader });
    await queryData(server.url, EXPLAIN, { directive: d.id }, { token: officer });
    const { acceptExplanation } = await queryData<{ acceptExplanation: { state: string } }>(
      server.url,
      ACCEPT,
      { directive: d.id },
      { token: leader },
    );
    expect(acceptExplanation.state).toBe('ACCEPTED');
    expect(await refused(EXPLAIN, { directive: d.id }, officer, 'BAD_USER_INPUT')).toMatchObject({
      extensions: { argument: 'directive' },
    });

    const { alert } = await queryData<{ alert: { events: { kind: string; author: { role: string } | null }[] } }>(
      server.url,
      THREAD,
      { id: communeAlert },
      { token: officer },
    );
    expect(alert.events.map((e) => [e.kind, e.author?.role ?? null])).toEqual([
      ['RAISED', null],
      ['DIRECTIVE', 'LEADER'],
      ['EXPLANATION', 'OFFICER'],
      ['RETURNED', 'LEADER'],
      ['EXPLANATION', 'OFFICER'],
      ['ACCEPTED', 'LEADER'],
    ]);
  });

  it('tells subscribers of new steps of the alerts in their scope, and only those', async () => {
    const client = (token: string) =>
      createClient({
        url: server.url.replace(/^http/, 'ws'),
        webSocketImpl: signedInWebSocket(server.url, token),
        lazy: true,
      });
    const SUB = `subscription { alertActivity { alert { id unit { code } state } event { kind message } } }`;
    const listen = (token: string) => {
      const got: { alert: { id: string; state: string }; event: { kind: string } }[] = [];
      const c = client(token);
      const stop = c.subscribe<{ alertActivity: (typeof got)[number] }>(
        { query: SUB },
        { next: (r) => r.data && got.push(r.data.alertActivity), error: () => undefined, complete: () => undefined },
      );
      return { got, stop, dispose: () => c.dispose() };
    };
    const before = server.data.listenerCount;
    const leaderFeed = listen(leader);
    const outsiderFeed = listen(outsider);
    const officerFeed = listen(officer);
    await until(() => server.data.listenerCount >= before + 3, 'three subscriptions');
    await new Promise((r) => setTimeout(r, 200)); // each has read where the thread stands

    await queryData(
      server.url,
      ISSUE,
      { alert: provinceAlert, message: 'Tỉnh giải trình', deadline: nextWeek },
      {
        token: leader,
      },
    );
    await until(() => leaderFeed.got.length >= 1, 'the directive');
    expect(leaderFeed.got[0]).toMatchObject({ alert: { id: provinceAlert }, event: { kind: 'DIRECTIVE' } });

    await record(20); // both recover
    await until(() => leaderFeed.got.length >= 3, 'the two closings');
    expect(leaderFeed.got.slice(1).map((g) => [g.event.kind, g.alert.state])).toEqual([
      ['CLOSED', 'CLOSED'],
      ['CLOSED', 'CLOSED'],
    ]);
    await until(() => officerFeed.got.length >= 1, 'the commune closing');
    expect(officerFeed.got.map((g) => [g.alert.id, g.event.kind])).toEqual([[communeAlert, 'CLOSED']]);
    expect(outsiderFeed.got).toEqual([]);
    for (const feed of [leaderFeed, outsiderFeed, officerFeed]) {
      feed.stop();
      await feed.dispose();
    }
  });
});

async function until(condition: () => boolean, what: string, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
