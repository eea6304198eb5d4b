// The directive workflow in its domain functions, on SQLite and PostgreSQL: issue, explain, return, explain again,
// accept, with the thread in order and an audit row per step; every refusal changes nothing in any table.
import { beforeEach, describe, expect, it } from 'vitest';
import { alertBoard } from '../../src/alerts/alertBoard';
import { explain } from '../../src/alerts/explain';
import { issueDirective } from '../../src/alerts/issueDirective';
import { listAlerts } from '../../src/alerts/listAlerts';
import { acceptExplanation, returnExplanation } from '../../src/alerts/reviewExplanation';
import { sweepAlerts } from '../../src/alerts/sweepAlerts';
import { localDay } from '../../src/alerts/today';
import { WorkflowError } from '../../src/alerts/workflowError';
import type { Actor } from '../../src/auth/actor';
import { scopeOf } from '../../src/auth/scope';
import type { LiveData } from '../../src/live/liveData';
import { describeEachDatabase } from '../db/harness';
import { actorOf, COMMUNE, clearAll, meta, openLive, PROVINCE, rows, snapshot, TODAY } from './support';

const today = localDay();
const nextWeek = localDay(new Date(Date.now() + 7 * 86_400_000));

describeEachDatabase('the directive workflow', (getDb) => {
  let data: LiveData;
  let leader: Actor;
  let officer: Actor;
  let communeAlert: number;
  let provinceAlert: number;

  beforeEach(async () => {
    const db = getDb();
    await clearAll(db);
    await db.em().execute('delete from users');
    data = await openLive(db);
    await data.recordValues([{ indicator: 'F_PART', unit: COMMUNE, period: '2025-09', value: 5 }], meta);
    await sweepAlerts({ data, today: TODAY });
    await data.refresh();
    const board = await alertBoard(data);
    communeAlert = board.alerts.find((a) => a.unit === COMMUNE)?.id as number;
    provinceAlert = board.alerts.find((a) => a.unit === PROVINCE)?.id as number;
    leader = await actorOf(db, 'LEADER');
    officer = await actorOf(db, 'OFFICER', { unit: COMMUNE });
  });

  const issue = (alertId = communeAlert, more: Partial<{ message: string; deadline: string; at: Date }> = {}) =>
    issueDirective({
      data,
      actor: leader,
      alertId,
      message: 'Giải trình vì sao không đạt',
      deadline: nextWeek,
      ...more,
    });

  it('keeps the whole thread in order, with one audit row and one change per step', async () => {
    const changesBefore = (await rows(getDb(), `select seq from changes where kind = 'alert'`)).length;
    const d = await issue();
    expect(d).toMatchObject({ state: 'AWAITING_EXPLANATION', unit: COMMUNE, agency: null, deadline: nextWeek });
    await explain({ data, actor: officer, directiveId: d.id, explanation: 'Mưa bão', remedyPlan: 'Tăng ca' });
    await returnExplanation({ data, actor: leader, directiveId: d.id, comment: 'Chưa rõ số liệu' });
    await explain({ data, actor: officer, directiveId: d.id, explanation: 'Mưa bão 3 ngày', remedyPlan: 'Tăng ca' });
    const done = await acceptExplanation({ data, actor: leader, directiveId: d.id });
    expect(done.state).toBe('ACCEPTED');

    const events = await rows(
      getDb(),
      `select kind, message, remedy_plan, deadline, author_id from alert_events where alert_id = ${communeAlert} order by id`,
    );
    expect(events.map((e) => [e.kind, e.message, e.remedy_plan, e.deadline, e.author_id])).toEqual([
      ['RAISED', null, null, null, null],
      ['DIRECTIVE', 'Giải trình vì sao không đạt', null, nextWeek, leader.userId],
      ['EXPLANATION', 'Mưa bão', 'Tăng ca', null, officer.userId],
      ['RETURNED', 'Chưa rõ số liệu', null, null, leader.userId],
      ['EXPLANATION', 'Mưa bão 3 ngày', 'Tăng ca', null, officer.userId],
      ['ACCEPTED', null, null, null, leader.userId],
    ]);
    const audit = await rows(
      getDb(),
      `select actor, action, entity, entity_key, before, after from audit_log where entity = 'directives' order by id`,
    );
    expect(audit.map((a) => [a.actor, a.action, a.entity, a.entity_key])).toEqual([
      [leader.username, 'issueDirective', 'directives', String(d.id)],
      [officer.username, 'explain', 'directives', String(d.id)],
      [leader.username, 'returnExplanation', 'directives', String(d.id)],
      [officer.username, 'explain', 'directives', String(d.id)],
      [leader.username, 'acceptExplanation', 'directives', String(d.id)],
    ]);
    expect(audit[0]?.before).toBeNull();
    expect(JSON.parse(String(audit[1]?.before))).toMatchObject({ id: d.id, state: 'AWAITING_EXPLANATION' });
    expect(JSON.parse(String(audit[1]?.after))).toMatchObject({ state: 'EXPLAINED', explanation: 'Mưa bão' });
    expect(JSON.parse(String(audit[4]?.after))).toMatchObject({ state: 'ACCEPTED', deadline: nextWeek });
    expect((await rows(getDb(), `select seq from changes where kind = 'alert'`)).length - changesBefore).toBe(5);
    // Accepted: a new directive may follow.
    expect((await issue()).state).toBe('AWAITING_EXPLANATION');
  });

  it('addresses a province alert to the indicator’s agency', async () => {
    expect((await issue(provinceAlert)).agency).toBe('Kiểm thử');
  });

  it('flags a directive overdue past its deadline while the alert is open, and counts it by subtree', async () => {
    const d = await issue(communeAlert, { at: new Date('2026-01-10T03:00:00Z'), deadline: '2026-01-12' });
    const scope = scopeOf(data.units, leader);
    const filter = { scope, subtree: null, sector: null, period: null, state: null, awaitingExplanation: null };
    const overdueOn = async (day: string) =>
      (await listAlerts(data, { ...filter, overdue: true, today: day })).map((a) => a.id);
    expect(await overdueOn('2026-01-12')).toEqual([]);
    expect(await overdueOn('2026-01-13')).toEqual([communeAlert]);
    const board = await alertBoard(data);
    const edition = data.units.byId(board.unitOf(board.byId.get(communeAlert) as never)?.edition.edition.id ?? '');
    const province = data.units.get(edition as never, PROVINCE) as never;
    const commune = data.units.get(edition as never, COMMUNE) as never;
    expect(board.countsOf(province, '2026-01-13')).toEqual({ open: 2, awaitingExplanation: 1, overdue: 1 });
    expect(board.countsOf(commune, '2026-01-13')).toEqual({ open: 1, awaitingExplanation: 1, overdue: 1 });
    // Explained: no longer awaiting, no longer overdue.
    await explain({ data, actor: officer, directiveId: d.id, explanation: 'x', remedyPlan: 'y' });
    expect((await alertBoard(data)).countsOf(province, '2026-01-13')).toEqual({
      open: 2,
      awaitingExplanation: 0,
      overdue: 0,
    });
  });

  describe('refusals change nothing', () => {
    const refused = async (work: () => Promise<unknown>, expected: Partial<WorkflowError>) => {
      const before = await snapshot(getDb());
      const error = await work().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WorkflowError);
      expect(error).toMatchObject(expected);
      expect(await snapshot(getDb())).toEqual(before);
    };

    it('a directive on a closed alert', async () => {
      await data.recordValues([{ indicator: 'F_PART', unit: COMMUNE, period: '2025-09', value: 50 }], meta);
      await sweepAlerts({ data, today: TODAY });
      await refused(() => issue(), { kind: 'BAD_USER_INPUT', argument: 'alert' });
    });

    it('a second directive while the first is not accepted', async () => {
      await issue();
      await refused(() => issue(), { kind: 'BAD_USER_INPUT', argument: 'alert' });
    });

    it('an empty or too long message, a past or malformed deadline, an unknown alert', async () => {
      await refused(() => issue(communeAlert, { message: '   ' }), { argument: 'message' });
      await refused(() => issue(communeAlert, { message: 'x'.repeat(2001) }), { argument: 'message' });
      await refused(() => issue(communeAlert, { deadline: '2020-01-01' }), { argument: 'deadline' });
      await refused(() => issue(communeAlert, { deadline: '2026-02-30' }), { argument: 'deadline' });
      await refused(() => issue(999_999), { argument: 'alert' });
      expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('an explanation after acceptance, an empty explanation, and a review of an unexplained directive', async () => {
      const d = await issue();
      await refused(() => acceptExplanation({ data, actor: leader, directiveId: d.id }), { argument: 'directive' });
      await refused(() => explain({ data, actor: officer, directiveId: d.id, explanation: '', remedyPlan: 'y' }), {
        argument: 'explanation',
      });
      await explain({ data, actor: officer, directiveId: d.id, explanation: 'x', remedyPlan: 'y' });
      await refused(() => returnExplanation({ data, actor: leader, directiveId: d.id, comment: ' ' }), {
        argument: 'comment',
      });
      await acceptExplanation({ data, actor: leader, directiveId: d.id });
      await refused(() => explain({ data, actor: officer, directiveId: d.id, explanation: 'x', remedyPlan: 'y' }), {
        kind: 'BAD_USER_INPUT',
        argument: 'directive',
      });
    });

    it('an officer outside the alert’s unit, an officer of another agency, and the wrong roles', async () => {
      const d = await issue();
      const elsewhere = await actorOf(getDb(), 'OFFICER', { unit: '22918' });
      await refused(() => explain({ data, actor: elsewhere, directiveId: d.id, explanation: 'x', remedyPlan: 'y' }), {
        kind: 'FORBIDDEN',
      });
      const p = await issue(provinceAlert);
      const health = await actorOf(getDb(), 'OFFICER', { unit: PROVINCE, agency: 'Sở Y tế' });
      await refused(() => explain({ data, actor: health, directiveId: p.id, explanation: 'x', remedyPlan: 'y' }), {
        kind: 'FORBIDDEN',
      });
      await refused(() => explain({ data, actor: leader, directiveId: d.id, explanation: 'x', remedyPlan: 'y' }), {
        kind: 'FORBIDDEN',
      });
      await refused(
        () => issueDirective({ data, actor: officer, alertId: communeAlert, message: 'm', deadline: nextWeek }),
        { kind: 'FORBIDDEN' },
      );
    });
  });

  it('is atomic with its audit row: when the audit insert fails, the directive does not change', async () => {
    const d = await issue();
    const db = getDb();
    const postgres = db.kind === 'postgresql';
    if (postgres) {
      await db
        .em()
        .execute(
          `create or replace function refuse_audit() returns trigger as $$ begin raise exception 'audit refused'; end; $$ language plpgsql`,
        );
      await db
        .em()
        .execute(`create trigger refuse_audit before insert on audit_log for each row execute function refuse_audit()`);
    } else {
      await db
        .em()
        .execute(
          `create trigger refuse_audit before insert on audit_log begin select raise(abort, 'audit refused'); end`,
        );
    }
    try {
      const before = await snapshot(db);
      await expect(
        explain({ data, actor: officer, directiveId: d.id, explanation: 'x', remedyPlan: 'y' }),
      ).rejects.toThrow(/audit refused/);
      expect(await snapshot(db)).toEqual(before);
      expect((await rows(db, `select state from directives where id = ${d.id}`))[0]?.state).toBe(
        'AWAITING_EXPLANATION',
      );
    } finally {
      await db.em().execute(postgres ? 'drop trigger refuse_audit on audit_log' : 'drop trigger refuse_audit');
    }
  });
});
