// The authorization matrix: every mutation and every scoped query of the schema, for every role, on a unit inside and
// outside a commune officer's subtree, allowed or refused with the exact error code, as README "Roles" says. The schema
// runs in process (graphql `execute` on the real schema over a real SQLite database, with real Actor objects):
// authentication, which turns a cookie or a token into an Actor, is tested on its own. A refused mutation changes
// nothing: every table it could write is compared before and after.
import { type DocumentNode, execute, parse, subscribe } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explain } from '../../src/alerts/explain';
import { issueDirective } from '../../src/alerts/issueDirective';
import type { Actor, Role } from '../../src/auth/actor';
import { loadServedCatalog } from '../../src/servedCatalog';
import { insertAlertChange, insertOpenAlerts } from '../../src/store/alerts';
import { createApiToken } from '../../src/store/apiTokens';
import { createCamera } from '../../src/store/cameras';
import { createSession } from '../../src/store/sessions';
import { createUser } from '../../src/store/users';
import { UnitDirectory } from '../../src/units/unitDirectory';
import { testActor as actor, type InProcessApi, openInProcessApi } from './inProcess';

const catalog = loadServedCatalog();
const units = new UnitDirectory();

// The places: a commune officer's own ward, a ward beside it (outside their subtree, inside the province's), and for
// value fields the province reached through `parent` (structural fields stay readable; values do not).
const INSIDE = '24781'; // Phường Xuân Hương - Đà Lạt
const OUTSIDE = '24778'; // Phường Lâm Viên - Đà Lạt
const HEALTH = 'POP_BIRTHS'; // Sở Y tế, monthly, by commune
const OTHER_AGENCY = 'LAB_ACCIDENTS'; // Sở Nội vụ, monthly, by commune

type Who = Role | 'OFFICER_68' | 'anonymous';
const WHO: readonly Who[] = ['LEADER', 'ANALYST', 'OFFICER', 'OFFICER_68', 'CATALOG_MAINTAINER', 'ADMIN', 'anonymous'];

const ACTORS: Record<Who, Actor | null> = {
  LEADER: actor('LEADER', 1),
  ANALYST: actor('ANALYST', 2),
  OFFICER: actor('OFFICER', 3, INSIDE), // a ward officer: the ward only, every agency's indicators
  OFFICER_68: actor('OFFICER', 4, '68', 'Sở Y tế'), // a department officer: the province, Sở Y tế's indicators only
  CATALOG_MAINTAINER: actor('CATALOG_MAINTAINER', 5),
  ADMIN: actor('ADMIN', 6),
  anonymous: null,
};

/** allow: no error. hidden: allowed, but the place is left out of the list. Else the exact error code. */
type Outcome = 'allow' | 'hidden' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT';
const Y: Outcome = 'allow';
/** Refused as if the thing did not exist (another user's token, to anyone but an admin). */
const B: Outcome = 'BAD_USER_INPUT';
const H: Outcome = 'hidden';
const U: Outcome = 'UNAUTHENTICATED';
const F: Outcome = 'FORBIDDEN';

interface Operation {
  /** The operation and where it acts. */
  name: string;
  document: string;
  variables?: Record<string, unknown>;
  kind?: 'query' | 'mutation' | 'subscription';
  /** For lists: the code the list must hold when allowed, and must leave out when hidden. */
  lists?: string;
  /** How to read the listed codes from the data (default: `units { code }`). */
  listed?: (data: unknown) => string[];
  /** Makes what one cell needs (a fresh alert, a directive in a given state, a token) just before it runs. */
  prepare?: (who: Who) => Promise<{ variables?: Record<string, unknown>; actor?: Actor | null }>;
  /** One outcome per column of WHO. */
  expect: readonly Outcome[];
}

const unitQuery = (code: string, body: string) => `{ unit(code: "${code}", period: "2025-09") { ${body} } }`;
// The province reached from the officer's ward: readable structure, values refused to the ward officer.
const viaParent = (body: string) => unitQuery(INSIDE, `parent { code ${body} }`);

const VALUE = `value(indicator: ${HEALTH}, period: "2025-09") { value previous { value } recent(count: 3) { value } }`;
const VALUES = 'values(period: "2025-09", sector: POPULATION) { value }';
const SERIES = `series(indicator: ${HEALTH}, from: "2025-07", to: "2025-09") { value }`;
const LATEST = `latestValues(asOf: "2025-10-15", indicators: [${HEALTH}]) { value }`;
const COUNTS = 'statusCounts(period: "2025-09", sector: POPULATION) { total }';
const SECTOR = 'population(period: "2025-09") { popBirths { value } }';
const HISTORY = `valueHistory(indicator: ${HEALTH}, period: "2025-09") { edges { node { value } } }`;
const STRUCTURE = 'code name level ancestors { code } children { code } formedFrom { code }';

const record = (unit: string, indicator: string, value: number) => ({
  document: 'mutation($v: [ValueInput!]!) { recordValues(values: $v) { inserted updated unchanged } }',
  variables: { v: [{ indicator, unit, period: '2025-09', value }] },
  kind: 'mutation' as const,
});
const targets = (unit: string) => ({
  document: 'mutation($t: [TargetInput!]!) { setTargets(targets: $t) { inserted updated unchanged } }',
  variables: { t: [{ indicator: OTHER_AGENCY, unit, year: 2025, value: 2 }] },
  kind: 'mutation' as const,
});

// biome-ignore format: a table, one operation per line, one column per role
const MATRIX: Operation[] = [
  //                                                                                     LEADER ANALYST OFFICER OFFICER_68 CATALOG ADMIN anonymous
  // Catalog queries are public.
  { name: 'indicators', document: '{ indicators { code } }',                               expect: [Y, Y, Y, Y, Y, Y, Y] },
  { name: 'indicator', document: `{ indicator(code: ${HEALTH}) { code name } }`,           expect: [Y, Y, Y, Y, Y, Y, Y] },
  { name: 'sectors', document: '{ sectors { code } }',                                     expect: [Y, Y, Y, Y, Y, Y, Y] },
  // Units: a unit of the subtree; a unit outside; lists filtered to the scope.
  { name: 'unit inside', document: unitQuery(INSIDE, STRUCTURE),                           expect: [Y, Y, Y, Y, Y, Y, U] },
  { name: 'unit outside', document: unitQuery(OUTSIDE, 'code'),                            expect: [Y, Y, F, Y, Y, Y, U] },
  { name: 'unit parent: structure', document: viaParent('name level children { code }'),   expect: [Y, Y, Y, Y, Y, Y, U] },
  { name: 'units inside', document: '{ units(parent: "68") { code } }', lists: INSIDE,     expect: [Y, Y, Y, Y, Y, Y, U] },
  { name: 'units outside', document: '{ units(parent: "68") { code } }', lists: OUTSIDE,   expect: [Y, Y, H, Y, Y, Y, U] },
  { name: 'units by level outside', document: '{ units(level: COMMUNE) { code } }', lists: OUTSIDE, expect: [Y, Y, H, Y, Y, Y, U] },
  // Every value field, on the officer's ward and on the province reached through `parent`.
  { name: 'value inside', document: unitQuery(INSIDE, VALUE),                              expect: [Y, Y, Y, Y, Y, Y, U] },
  { name: 'value outside', document: viaParent(VALUE),                                     expect: [Y, Y, F, Y, Y, Y, U] },
  { name: 'values inside', document: unitQuery(INSIDE, VALUES),                            expect: [Y, Y, Y, Y, Y, Y, U] },
  { name: 'values outside', document: viaParent(VALUES),                                   expect: [Y, Y, F, Y, Y, Y, U] },
  { name: 'series inside', document: unitQuery(INSIDE, SERIES),                            expect: [Y, Y, Y, Y, Y, Y, U] },
  { name: 'series outside', document: viaParent(SERIES),                                   expect: [Y, Y, F, Y, Y, Y, U] },
  { name: 'latestValues inside', document: unitQuery(INSIDE, LATEST),                      expect: [Y, Y, Y, Y, Y, Y, U] },
  { name: 'latestValues outside', document: viaParent(LATEST),                             expect: [Y, Y, F, Y, Y, Y, U] },
  { name: 'statusCounts inside', document: unitQuery(INSIDE, COUNTS),                     expect: [Y, Y, Y, Y, Y, Y, U] },
  { name: 'statusCounts outside', document: viaParent(COUNTS),                             expect: [Y, Y, F, Y, Y, Y, U] },
  { name: 'sector fields inside', document: unitQuery(INSIDE, SECTOR),                     expect: [Y, Y, Y, Y, Y, Y, U] },
  { name: 'sector fields outside', document: viaParent(SECTOR),                            expect: [Y, Y, F, Y, Y, Y, U] },
  { name: 'valueHistory inside', document: unitQuery(INSIDE, HISTORY),                     expect: [Y, Y, Y, Y, Y, Y, U] },
  { name: 'valueHistory outside', document: viaParent(`children { code ${HISTORY} }`),     expect: [Y, Y, F, Y, Y, Y, U] },
  // Live values.
  { name: 'valuesChanged inside', document: `subscription { valuesChanged(unit: "${INSIDE}") { value } }`, kind: 'subscription', expect: [Y, Y, Y, Y, Y, Y, U] },
  { name: 'valuesChanged outside', document: `subscription { valuesChanged(unit: "${OUTSIDE}") { value } }`, kind: 'subscription', expect: [Y, Y, F, Y, Y, Y, U] },
  // Writes.
  { name: 'recordValues inside', ...record(INSIDE, HEALTH, 11),                             expect: [F, F, Y, Y, F, F, U] },
  { name: 'recordValues outside', ...record(OUTSIDE, HEALTH, 12),                           expect: [F, F, F, Y, F, F, U] },
  { name: "recordValues another agency's indicator", ...record(INSIDE, OTHER_AGENCY, 3),   expect: [F, F, Y, F, F, F, U] },
  { name: 'setTargets inside', ...targets(INSIDE),                                          expect: [Y, F, F, F, F, F, U] },
  { name: 'setTargets outside', ...targets(OUTSIDE),                                        expect: [Y, F, F, F, F, F, U] },
  { name: 'checkCatalogFile', document: 'mutation { checkCatalogFile(path: "99-new.yaml", text: "x: 1") { message } }', kind: 'mutation', expect: [F, F, F, F, Y, Y, U] },
  // Administration.
  { name: 'auditLog', document: '{ auditLog(first: 5) { edges { node { action } } } }',   expect: [F, F, F, F, F, Y, U] },
  // The national feed's freshness: anyone signed in.
  { name: 'nationalFeed', document: '{ nationalFeed { status lastError } }',                  expect: [Y, Y, Y, Y, Y, Y, U] },
];

// ---------------------------------------------------------------------------------------------------------------
type Place = 'inside' | 'outside' | 'province';
const PLACE_UNIT: Record<Place, string> = { inside: INSIDE, outside: OUTSIDE, province: '68' };
let serial = 0;

/** A new open alert of HEALTH at a place, each at a month of its own (one open alert per value). */
async function newAlert(place: Place): Promise<number> {
  const k = ++serial;
  const period = `${2026 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  const knex = api.db.em().getKnex();
  const at = new Date();
  const key = { indicator: HEALTH, unit: PLACE_UNIT[place], period };
  const [alert] = await insertOpenAlerts(knex, [{ ...key, status: 'NOT_ACHIEVED', value: 1, target: '≥ 2' }], at);
  await insertAlertChange(knex, key, at);
  await api.data.refresh();
  if (!alert) throw new Error(`no alert inserted for ${JSON.stringify(key)}`);
  return alert.id;
}

/** A directive (issued by the leader) on a fresh alert at a place, explained by that place's officer if asked. */
async function directiveOn(place: Place, state: 'AWAITING_EXPLANATION' | 'EXPLAINED'): Promise<number> {
  const alertId = await newAlert(place);
  const leader = ACTORS.LEADER as Actor;
  const directive = await issueDirective({
    data: api.data,
    actor: leader,
    alertId,
    message: 'Báo cáo',
    deadline: '2099-12-31',
  });
  if (state === 'EXPLAINED') {
    const officer = (place === 'province' ? ACTORS.OFFICER_68 : ACTORS.OFFICER) as Actor;
    await explain({
      data: api.data,
      actor: officer,
      directiveId: directive.id,
      explanation: 'Lý do',
      remedyPlan: 'Kế hoạch',
    });
  }
  return directive.id;
}

const fresh = (place: Place) => async () => ({ variables: { a: String(await newAlert(place)) } });

/** A token of the asking user (the anonymous cell gets one of the leader's, which it cannot revoke either). */
async function ownToken(who: Who) {
  const user = { id: ACTORS[who]?.userId ?? 1, username: ACTORS[who]?.username ?? 'leader-1' };
  const { apiToken } = await createApiToken({ em: api.db.em(), user, name: 'own' });
  return { variables: { id: String(apiToken.id) } };
}

/** A token of a seventh user, who is none of the columns. */
async function leadersToken() {
  const { apiToken } = await createApiToken({ em: api.db.em(), user: OTHER_USER, name: 'other' });
  return { variables: { id: String(apiToken.id) } };
}

/** A session of the asking user, which logout ends. */
async function ownSession(who: Who) {
  const actor = ACTORS[who];
  if (!actor) return {};
  const { session } = await createSession({ em: api.db.em(), user: { id: actor.userId, username: actor.username } });
  return { actor: { ...actor, credential: { kind: 'session' as const, id: session.id } } };
}

const alertUnits = (data: unknown) =>
  ((data as { alerts: { edges: Array<{ node: { unit: { code: string } } }> } }).alerts?.edges ?? []).map(
    (e) => e.node.unit.code,
  );

// Alerts, their workflow and accounts. Each allowed write acts on a fresh alert or directive made by `prepare` (a
// directive explained by one role cannot be explained again by the next), and users 1-6 are real accounts.
const ALERT_FIELDS = 'id state unit { code }';
const alertsOf = (unit: string) => `{ alerts(unit: "${unit}") { totalCount edges { node { ${ALERT_FIELDS} } } } }`;
const issue = () => ({
  document:
    'mutation($a: ID!) { issueDirective(alert: $a, message: "Giải trình lý do", deadline: "2099-12-31") { id state } }',
  kind: 'mutation' as const,
});
const explainOn = (place: Place) => ({
  document:
    'mutation($d: ID!) { explain(directive: $d, explanation: "Do thời tiết", remedyPlan: "Tăng cường") { id state } }',
  kind: 'mutation' as const,
  prepare: async () => ({ variables: { d: String(await directiveOn(place, 'AWAITING_EXPLANATION')) } }),
});
const review = (verb: 'acceptExplanation' | 'returnExplanation') => ({
  document: `mutation($d: ID!) { ${verb}(directive: $d, comment: "Chưa đủ") { id state } }`,
  kind: 'mutation' as const,
  prepare: async () => ({ variables: { d: String(await directiveOn('inside', 'EXPLAINED')) } }),
});

const cameraUnits = (data: unknown) =>
  ((data as { cameras?: Array<{ unit: { code: string } }> }).cameras ?? []).map((c) => c.unit.code);

/** A camera of the ward outside the officer's subtree, for one cell to delete. */
async function newCamera() {
  const input = {
    unit: OUTSIDE,
    name: 'Xóa',
    location: 'Chợ',
    kind: 'SNAPSHOT' as const,
    url: 'https://cam.example.vn/f.jpg',
  };
  const camera = await createCamera({ em: api.db.em(), units, input, by: { id: null, username: 'test' } });
  return { variables: { id: String(camera.id) } };
}

// biome-ignore format: a table, one operation per line, one column per role
const LATER: Operation[] = [
  //                                                                                     LEADER ANALYST OFFICER OFFICER_68 CATALOG ADMIN anonymous
  { name: 'alerts inside', document: alertsOf(INSIDE), listed: alertUnits, lists: INSIDE,  expect: [Y, Y, Y, Y, Y, Y, U] },
  { name: 'alerts outside', document: alertsOf(OUTSIDE),                                  expect: [Y, Y, F, Y, Y, Y, U] },
  { name: 'alerts of the scope', document: alertsOf('68').replace('(unit: "68")', ''), listed: alertUnits, lists: OUTSIDE, expect: [Y, Y, H, Y, Y, Y, U] },
  { name: 'alert inside', document: '{ alert(id: "1") { id } }',                          expect: [Y, Y, Y, Y, Y, Y, U] },
  { name: 'alert outside', document: '{ alert(id: "2") { id } }',                         expect: [Y, Y, F, Y, Y, Y, U] },
  { name: 'alertCounts inside', document: unitQuery(INSIDE, 'alertCounts { open }'),      expect: [Y, Y, Y, Y, Y, Y, U] },
  { name: 'alertCounts outside', document: viaParent('alertCounts { open }'),             expect: [Y, Y, F, Y, Y, Y, U] },
  { name: 'alertActivity', document: 'subscription { alertActivity { event { kind } } }', kind: 'subscription', expect: [Y, Y, Y, Y, Y, Y, U] },
  { name: 'issueDirective inside', ...issue(), prepare: fresh('inside'),               expect: [Y, F, F, F, F, F, U] },
  { name: 'issueDirective outside', ...issue(), prepare: fresh('outside'),             expect: [Y, F, F, F, F, F, U] },
  { name: 'explain inside', ...explainOn('inside'),                                       expect: [F, F, Y, F, F, F, U] },
  { name: 'explain outside', ...explainOn('outside'),                                     expect: [F, F, F, F, F, F, U] },
  { name: "explain the province's, to Sở Y tế", ...explainOn('province'),                expect: [F, F, F, Y, F, F, U] },
  { name: 'acceptExplanation', ...review('acceptExplanation'),                            expect: [Y, F, F, F, F, F, U] },
  { name: 'returnExplanation', ...review('returnExplanation'),                            expect: [Y, F, F, F, F, F, U] },
  { name: 'me', document: '{ me { username } }',                                          expect: [Y, Y, Y, Y, Y, Y, Y] },
  { name: 'users', document: '{ users(first: 5) { edges { node { username } } } }',     expect: [F, F, F, F, F, Y, U] },
  { name: 'createUser', document: 'mutation($u: CreateUserInput!) { createUser(input: $u) { id } }', kind: 'mutation', prepare: async () => ({ variables: { u: { username: `new.${++serial}`, displayName: 'Mới', role: 'ANALYST', password: 'mat-khau-dai' } } }), expect: [F, F, F, F, F, Y, U] },
  { name: 'updateUser', document: 'mutation { updateUser(id: "2", input: { displayName: "Phân tích" }) { id } }', kind: 'mutation', expect: [F, F, F, F, F, Y, U] },
  { name: 'createApiToken', document: 'mutation { createApiToken(name: "script") { apiToken { id } } }', kind: 'mutation', expect: [Y, Y, Y, Y, Y, Y, U] },
  { name: 'apiTokens', document: '{ apiTokens { id } }',                                  expect: [Y, Y, Y, Y, Y, Y, U] },
  { name: 'revokeApiToken (own)', document: 'mutation($id: ID!) { revokeApiToken(id: $id) { id } }', kind: 'mutation', prepare: ownToken, expect: [Y, Y, Y, Y, Y, Y, U] },
  { name: "revokeApiToken (another's)", document: 'mutation($id: ID!) { revokeApiToken(id: $id) { id } }', kind: 'mutation', prepare: leadersToken, expect: [B, B, B, B, B, Y, U] },
  { name: 'logout', document: 'mutation { logout }', kind: 'mutation', prepare: ownSession,  expect: [Y, Y, Y, Y, Y, Y, U] },
  // Cameras: read within the scope, kept by admins.
  { name: 'cameras of a unit inside', document: unitQuery(INSIDE, 'cameras { name }'),     expect: [Y, Y, Y, Y, Y, Y, U] },
  { name: 'cameras of a unit outside', document: unitQuery(OUTSIDE, 'cameras { name }'),   expect: [Y, Y, F, Y, Y, Y, U] },
  { name: 'cameras of the scope', document: '{ cameras { unit { code } } }', listed: cameraUnits, lists: OUTSIDE, expect: [Y, Y, H, Y, Y, Y, U] },
  { name: 'cameras including inactive', document: '{ cameras(includeInactive: true) { id } }', expect: [F, F, F, F, F, Y, U] },
  { name: 'camera outside', document: '{ camera(id: "1") { name } }',                      expect: [Y, Y, F, Y, Y, Y, U] },
  { name: 'createCamera', document: `mutation { createCamera(input: { unit: "${INSIDE}", name: "Mới", location: "Chợ", kind: HLS, url: "https://cam.example.vn/x.m3u8" }) { id } }`, kind: 'mutation', expect: [F, F, F, F, F, Y, U] },
  { name: 'updateCamera', document: 'mutation { updateCamera(id: "1", input: { name: "Lâm Viên" }) { id } }', kind: 'mutation', expect: [F, F, F, F, F, Y, U] },
  { name: 'deleteCamera', document: 'mutation($id: ID!) { deleteCamera(id: $id) { id } }', kind: 'mutation', prepare: newCamera, expect: [F, F, F, F, F, Y, U] },
];

let api: InProcessApi;

let OTHER_USER: { id: number; username: string };

beforeAll(async () => {
  api = await openInProcessApi(catalog, units);
  // The columns' users, as real accounts with the ids of ACTORS (1-6 on a fresh database), and a seventh.
  for (const who of WHO) {
    const actor = ACTORS[who];
    if (!actor) continue;
    const user = await createUser({
      em: api.db.em(),
      units,
      input: { ...actor, password: 'mat-khau-dai' },
      by: { id: null, username: 'test' },
    });
    expect(user.id).toBe(actor.userId);
  }
  const other = { username: 'other-7', displayName: 'Other', role: 'ANALYST' as const, unit: null, agency: null };
  OTHER_USER = await createUser({
    em: api.db.em(),
    units,
    input: { ...other, password: 'mat-khau-dai' },
    by: { id: null, username: 'test' },
  });
  // The alerts `alert inside` and `alert outside` read: ids 1 and 2.
  expect([await newAlert('inside'), await newAlert('outside')]).toEqual([1, 2]);
  // The camera the camera rows read and change: id 1, in the ward outside the officer's subtree.
  const camera = {
    unit: OUTSIDE,
    name: 'Lâm Viên',
    location: 'Chợ',
    kind: 'HLS' as const,
    url: 'https://cam.example.vn/x.m3u8',
  };
  expect((await createCamera({ em: api.db.em(), units, input: camera, by: { id: null, username: 'test' } })).id).toBe(
    1,
  );
});

afterAll(() => api?.close());

const contextOf = (who: Who) => api.context(ACTORS[who]);
const schemaOf = () => api.schema;

/** Every row of every table a write of this matrix could change. */
async function snapshot(): Promise<unknown> {
  const em = api.db.em();
  const tables = [
    'observations',
    'observation_history',
    'targets',
    'changes',
    'audit_log',
    'alerts',
    'directives',
    'alert_events',
    'users',
    'sessions',
    'api_tokens',
    'cameras',
  ];
  return Promise.all(tables.map((t) => em.execute(`select * from ${t} order by 1`)));
}

interface Seen {
  codes: string[];
  data: unknown;
}

async function run(
  op: Operation,
  who: Who,
  prepared: { variables?: Record<string, unknown>; actor?: Actor | null },
): Promise<Seen> {
  const document: DocumentNode = parse(op.document);
  const contextValue = prepared.actor === undefined ? contextOf(who) : api.context(prepared.actor);
  const variableValues = prepared.variables ?? op.variables;
  const args = { schema: schemaOf(), document, variableValues, contextValue };
  if (op.kind === 'subscription') {
    const result = await subscribe(args);
    if (Symbol.asyncIterator in result) {
      await result.return?.();
      return { codes: [], data: null };
    }
    return { codes: result.errors?.map((e) => String(e.extensions.code)) ?? [], data: result.data };
  }
  const result = await execute(args);
  return { codes: result.errors?.map((e) => String(e.extensions.code)) ?? [], data: result.data };
}

describe.each([...MATRIX, ...LATER])('$name', (op) => {
  it.each(WHO.map((who, i) => ({ who, outcome: op.expect[i] as Outcome })))(
    '$who: $outcome',
    async ({ who, outcome }) => {
      expect(op.expect).toHaveLength(WHO.length);
      const prepared = (await op.prepare?.(who)) ?? {};
      const before = op.kind === 'mutation' && outcome !== 'allow' ? await snapshot() : null;
      const seen = await run(op, who, prepared);
      if (outcome === 'allow' || outcome === 'hidden') {
        expect(seen.codes).toEqual([]);
        if (op.lists) {
          const read =
            op.listed ?? ((data) => ((data as { units: Array<{ code: string }> }).units ?? []).map((u) => u.code));
          expect(read(seen.data).includes(op.lists)).toBe(outcome === 'allow');
        }
      } else {
        expect(seen.codes.length).toBeGreaterThan(0);
        expect(new Set(seen.codes)).toEqual(new Set([outcome]));
      }
      if (before) expect(await snapshot()).toEqual(before);
    },
  );
});

describe('the messages say who may and what the scope is', () => {
  it('a ward officer asking for a ward outside their subtree', async () => {
    const result = await execute({
      schema: schemaOf(),
      document: parse(unitQuery(OUTSIDE, 'code')),
      contextValue: contextOf('OFFICER'),
    });
    expect(result.errors?.[0]?.message).toBe(
      'you may not see Phường Lâm Viên - Đà Lạt (24778): officer-3 acts for unit 24781 and the units below it',
    );
  });

  it('a batch with items outside is refused whole, naming each item', async () => {
    const before = await snapshot();
    const result = await execute({
      schema: schemaOf(),
      document: parse('mutation($v: [ValueInput!]!) { recordValues(values: $v) { inserted } }'),
      variableValues: {
        v: [
          { indicator: HEALTH, unit: INSIDE, period: '2025-10', value: 1 },
          { indicator: HEALTH, unit: OUTSIDE, period: '2025-10', value: 2 },
          { indicator: OTHER_AGENCY, unit: '24781', period: '2025-10', value: 3 },
        ],
      },
      contextValue: contextOf('OFFICER_68'),
    });
    const error = result.errors?.[0];
    expect(error?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      argument: 'values',
      items: [{ index: 2, field: 'indicator' }],
    });
    expect(error?.message).toBe(
      '1 of 3 values refused; nothing was recorded:\nvalues[2].indicator: LAB_ACCIDENTS is reported by Sở Nội vụ; officer-4 records only the indicators of Sở Y tế',
    );
    const ward = await execute({
      schema: schemaOf(),
      document: parse('mutation($v: [ValueInput!]!) { recordValues(values: $v) { inserted } }'),
      variableValues: {
        v: [
          { indicator: HEALTH, unit: INSIDE, period: '2025-10', value: 1 },
          { indicator: HEALTH, unit: OUTSIDE, period: '2025-10', value: 2 },
        ],
      },
      contextValue: contextOf('OFFICER'),
    });
    expect(ward.errors?.[0]?.message).toBe(
      '1 of 2 values refused; nothing was recorded:\nvalues[1].unit: Phường Lâm Viên - Đà Lạt (24778) is outside your scope: officer-3 acts for unit 24781 and the units below it',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('a ward officer records the months before the reform of the old wards that went into theirs', async () => {
    const old = units.formedFrom(units.get(units.current(), INSIDE) as never)[0];
    expect(old).toBeDefined();
    const result = await execute({
      schema: schemaOf(),
      document: parse('mutation($v: [ValueInput!]!) { recordValues(values: $v) { inserted } }'),
      variableValues: { v: [{ indicator: HEALTH, unit: old?.unit.code, period: '2025-05', value: 4 }] },
      contextValue: contextOf('OFFICER'),
    });
    expect(result.errors).toBeUndefined();
  });

  it('setTargets by anyone but a leader names who may', async () => {
    const result = await execute({
      schema: schemaOf(),
      document: parse(targets(INSIDE).document),
      variableValues: targets(INSIDE).variables,
      contextValue: contextOf('ANALYST'),
    });
    expect(result.errors?.[0]?.message).toBe('only leaders may set targets; you are signed in as analyst-2 (ANALYST)');
  });
});

describe('the allowed writes of the matrix', () => {
  it('are recorded under the username, each call with its audit row', async () => {
    const rows = await api.db
      .em()
      .execute(
        "select actor, actor_id, action from audit_log where action in ('recordValues', 'setTargets') order by id",
      );
    expect(new Set(rows.map((r) => `${r.actor} ${r.actor_id} ${r.action}`))).toEqual(
      new Set(['officer-3 3 recordValues', 'officer-4 4 recordValues', 'leader-1 1 setTargets']),
    );
    const recorded = await api.db.em().execute('select distinct recorded_by from observations order by 1');
    expect(recorded.map((r) => r.recorded_by)).toEqual(['officer-3', 'officer-4']);
  });
});
