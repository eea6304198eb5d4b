// The camera registry through GraphQL, on SQLite and PostgreSQL: an admin registers, changes and removes cameras
// (each located refusal a BAD_USER_INPUT naming its argument); readers see the active cameras of the units in their
// scope, an officer none outside it; inactive cameras only admins.
import { execute, type GraphQLSchema, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/auth/actor';
import { Deadline } from '../../src/http/executionDeadline';
import { LiveData } from '../../src/live/liveData';
import { buildSchema } from '../../src/schema/buildSchema';
import { loadServedCatalog } from '../../src/servedCatalog';
import { UnitDirectory } from '../../src/units/unitDirectory';
import { testActor } from '../authorization/inProcess';
import { describeEachDatabase } from '../db/harness';

const catalog = loadServedCatalog();
const units = new UnitDirectory();
const schema: GraphQLSchema = buildSchema(catalog);
const ADMIN = testActor('ADMIN', 1);
const OFFICER = testActor('OFFICER', 2, '24781'); // Phường Xuân Hương - Đà Lạt
const LEADER = testActor('LEADER', 3);

const CREATE = `mutation($input: CreateCameraInput!) {
  createCamera(input: $input) { id name kind url refreshSeconds simulated active unit { code fullName } }
}`;
const UPDATE = 'mutation($id: ID!, $input: UpdateCameraInput!) { updateCamera(id: $id, input: $input) { id active } }';
/** What the operations below answer (each reads its own part). */
type Seen = { id: string; name: string } & Record<string, unknown>;
interface Data {
  createCamera: Seen;
  updateCamera: Seen;
  deleteCamera: Seen;
  camera: Seen;
  cameras: Seen[];
  unit: { cameras: Seen[] };
}

const UNIT_CAMERAS = 'query($code: String!) { unit(code: $code) { cameras { name kind } } }';

describeEachDatabase('cameras in GraphQL', (getDb) => {
  let data: LiveData;
  const run = async (actor: Actor | null, document: string, variableValues?: Record<string, unknown>) => {
    const contextValue = { catalog, units, data, actor, deadline: new Deadline(60_000) };
    const result = await execute({ schema, document: parse(document), variableValues, contextValue });
    return { data: result.data as unknown as Data | null, errors: result.errors ?? [] };
  };
  const create = (input: Record<string, unknown>) => run(ADMIN, CREATE, { input });
  const cameraCount = async () => Number((await getDb().em().execute('select count(*) as n from cameras'))[0]?.n);

  beforeAll(async () => {
    data = await LiveData.open({ db: getDb(), catalog, units });
  });

  describe('writes', () => {
    it('an admin registers a camera and reads it back with its unit', async () => {
      const { data, errors } = await create({
        unit: '24781',
        name: 'Chợ Đà Lạt',
        location: 'Khu Hòa Bình',
        kind: 'SNAPSHOT',
        url: 'http://127.0.0.1:4100/cameras/cho-da-lat/frame.svg',
        refreshSeconds: 5,
        simulated: true,
      });
      expect(errors).toEqual([]);
      expect(data?.createCamera).toMatchObject({
        name: 'Chợ Đà Lạt',
        kind: 'SNAPSHOT',
        refreshSeconds: 5,
        simulated: true,
        active: true,
        unit: { code: '24781', fullName: 'Phường Xuân Hương - Đà Lạt' },
      });
    });

    it('a bad field is refused as BAD_USER_INPUT naming the argument, and nothing is written', async () => {
      const before = await cameraCount();
      const { errors } = await create({ unit: '24781', name: 'X', location: 'Y', kind: 'HLS', url: 'ftp://cam/x' });
      expect(errors.map((e) => [e.message, e.extensions])).toEqual([
        ['a camera URL is http or https, not ftp', { code: 'BAD_USER_INPUT', argument: 'url' }],
      ]);
      const badId = await run(ADMIN, UPDATE, { id: 'seven', input: { active: false } });
      expect(badId.errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'id' });
      expect(await cameraCount()).toBe(before);
    });

    it('only admins write: a leader and an officer are FORBIDDEN, an anonymous caller UNAUTHENTICATED', async () => {
      const input = { unit: '24781', name: 'X', location: 'Y', kind: 'HLS', url: 'https://cam.example.vn/x.m3u8' };
      const before = await cameraCount();
      expect((await run(LEADER, CREATE, { input })).errors[0]?.message).toBe(
        'only admins may register cameras; you are signed in as leader-3 (LEADER)',
      );
      expect((await run(OFFICER, CREATE, { input })).errors[0]?.extensions.code).toBe('FORBIDDEN');
      expect((await run(null, CREATE, { input })).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect(await cameraCount()).toBe(before);
    });
  });

  describe('reads', () => {
    let hidden: string;
    beforeAll(async () => {
      const base = { location: 'Đà Lạt', kind: 'HLS', url: 'https://cam.example.vn/live.m3u8' };
      await create({ ...base, unit: '24778', name: 'Lâm Viên' });
      hidden = (await create({ ...base, unit: '24781', name: 'Hỏng', active: false })).data?.createCamera.id ?? '';
    });

    it("an officer sees their ward's active cameras, not a ward outside their unit", async () => {
      const own = await run(OFFICER, UNIT_CAMERAS, { code: '24781' });
      expect(own.data?.unit.cameras).toEqual([{ name: 'Chợ Đà Lạt', kind: 'SNAPSHOT' }]);
      const other = await run(OFFICER, UNIT_CAMERAS, { code: '24778' });
      expect(other.errors[0]?.message).toBe(
        'you may not see Phường Lâm Viên - Đà Lạt (24778): officer-2 acts for unit 24781 and the units below it',
      );
      const list = await run(OFFICER, '{ cameras { name unit { code } } }');
      expect(list.data?.cameras).toEqual([{ name: 'Chợ Đà Lạt', unit: { code: '24781' } }]);
    });

    it('a leader sees every active camera; only an admin the inactive ones too', async () => {
      const leader = await run(LEADER, '{ cameras { name } }');
      expect(leader.data?.cameras.map((c) => c.name)).toEqual(['Lâm Viên', 'Chợ Đà Lạt']);
      const refused = await run(LEADER, '{ cameras(includeInactive: true) { name } }');
      expect(refused.errors[0]?.extensions.code).toBe('FORBIDDEN');
      const admin = await run(ADMIN, '{ cameras(unit: "24781", includeInactive: true) { name active } }');
      expect(admin.data?.cameras).toEqual([
        { name: 'Chợ Đà Lạt', active: true },
        { name: 'Hỏng', active: false },
      ]);
      const one = '{ camera(id: "ID") { name } }'.replace('ID', hidden);
      expect((await run(LEADER, one)).errors[0]?.message).toBe(`no camera has the id ${hidden}`);
      expect((await run(ADMIN, one)).data?.camera).toEqual({ name: 'Hỏng' });
    });

    it('an unknown unit is a located error', async () => {
      const { errors } = await run(LEADER, '{ cameras(unit: "00000") { name } }');
      expect(errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'unit' });
    });

    it('an admin takes a camera off the unit page, and deletes it', async () => {
      const created = await create({
        unit: '24781',
        name: 'Cổng trường',
        location: 'Đường Hùng Vương',
        kind: 'SNAPSHOT',
        url: 'https://cam.example.vn/f.jpg',
      });
      const id = created.data?.createCamera.id;
      const names = async () =>
        (await run(LEADER, UNIT_CAMERAS, { code: '24781' })).data?.unit.cameras.map((c) => c.name);
      expect(await names()).toContain('Cổng trường');
      expect((await run(ADMIN, UPDATE, { id, input: { active: false } })).data?.updateCamera).toEqual({
        id,
        active: false,
      });
      expect(await names()).not.toContain('Cổng trường');
      const deleted = await run(ADMIN, 'mutation($id: ID!) { deleteCamera(id: $id) { name } }', { id });
      expect(deleted.data?.deleteCamera).toEqual({ name: 'Cổng trường' });
      const again = await run(ADMIN, 'mutation($id: ID!) { deleteCamera(id: $id) { name } }', { id });
      expect(again.errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'id' });
    });
  });
});
