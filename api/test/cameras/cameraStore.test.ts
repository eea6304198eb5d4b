// The camera registry on SQLite and on PostgreSQL: what a new camera holds by default, changes merged and checked
// whole, deactivation and deletion, an audit row in the same transaction as each write, and every refusal located
// (its field named) and writing nothing.
import { expect, it } from 'vitest';
import { CameraInputError } from '../../src/cameras/cameraInputError';
import {
  type CreateCameraInput,
  createCamera,
  deleteCamera,
  findCamera,
  listCameras,
  updateCamera,
} from '../../src/store/cameras';
import { UnitDirectory } from '../../src/units/unitDirectory';
import { describeEachDatabase } from '../db/harness';

const units = new UnitDirectory();
const by = { id: null, username: 'test' };

const lake: CreateCameraInput = {
  unit: '24781',
  name: '  Hồ Xuân Hương ',
  location: 'Bờ hồ',
  kind: 'SNAPSHOT',
  url: 'https://cam.example.vn/ho/frame.jpg',
};

// biome-ignore format: a table, one bad input per line
const REFUSED: Array<[string, Partial<CreateCameraInput>, string, string]> = [
  ['unknown unit', { unit: '99999' }, 'unit', 'no administrative unit of the current edition (from 2025-07-01) has the code "99999"'],
  ['a district of the old edition', { unit: '672' }, 'unit', 'no administrative unit of the current edition (from 2025-07-01) has the code "672"'],
  ['empty name', { name: '   ' }, 'name', 'a camera name is empty: write 1 to 120 characters'],
  ['long name', { name: 'x'.repeat(121) }, 'name', 'a camera name is at most 120 characters, got 121'],
  ['empty location', { location: '' }, 'location', 'a location is empty: write 1 to 200 characters'],
  ['not a URL', { url: 'cam/frame.jpg' }, 'url', '"cam/frame.jpg" is not an absolute URL (e.g. https://host/path)'],
  ['rtsp', { url: 'rtsp://cam.example.vn/live' }, 'url', 'a camera URL is http or https, not rtsp'],
  ['javascript', { url: 'javascript:alert(1)' }, 'url', 'a camera URL is http or https, not javascript'],
  ['password in the URL', { url: 'https://admin:secret@cam.example.vn/x.jpg' }, 'url', 'a camera URL carries no user name or password: give the camera a public URL'],
  ['latitude alone', { latitude: 11.9 }, 'longitude', 'give both latitude and longitude, or neither'],
  ['latitude out of range', { latitude: 91, longitude: 108 }, 'latitude', 'latitude is a number of degrees from -90 to 90, got 91'],
  ['refresh too fast', { refreshSeconds: 1 }, 'refreshSeconds', 'refreshSeconds is a whole number of seconds from 2 to 3600, got 1'],
  ['refresh on HLS', { kind: 'HLS', url: 'https://cam.example.vn/live.m3u8', refreshSeconds: 10 }, 'refreshSeconds', 'only snapshot cameras refresh on an interval: leave it empty for HLS'],
];

describeEachDatabase('camera registry', (getDb) => {
  const em = () => getDb().em();
  const count = async (sql: string) => Number((await em().execute(sql))[0]?.n);
  const rows = () =>
    Promise.all([count('select count(*) as n from cameras'), count('select count(*) as n from audit_log')]);

  it('registers a camera with its defaults, trimmed, and an audit row holding it', async () => {
    const camera = await createCamera({ em: em(), units, input: lake, by });
    expect(camera).toMatchObject({
      unit: '24781',
      name: 'Hồ Xuân Hương',
      kind: 'SNAPSHOT',
      refreshSeconds: 10,
      latitude: null,
      simulated: false,
      active: true,
    });
    expect(await findCamera({ em: em(), id: camera.id })).toEqual(camera);
    const [audit] = await em().execute(
      `select actor, entity, "after" from audit_log where action = 'createCamera' and entity_key = '${camera.id}'`,
    );
    expect(audit).toMatchObject({ actor: 'test', entity: 'cameras' });
    expect(JSON.parse(audit?.after)).toMatchObject({ id: camera.id, name: 'Hồ Xuân Hương', url: lake.url });
  });

  it.each(REFUSED)('refuses %s, naming the field, and writes nothing', async (_what, change, field, message) => {
    const before = await rows();
    const error = await createCamera({ em: em(), units, input: { ...lake, ...change }, by }).catch((e) => e);
    expect(error).toBeInstanceOf(CameraInputError);
    expect({ argument: error.argument, message: error.message }).toEqual({ argument: field, message });
    expect(await rows()).toEqual(before);
  });

  it('merges a change into the camera and checks the result whole', async () => {
    const camera = await createCamera({ em: em(), units, input: { ...lake, latitude: 11.94, longitude: 108.44 }, by });
    // Turning it into a stream drops the snapshot interval.
    const stream = await updateCamera({
      em: em(),
      units,
      id: camera.id,
      input: { kind: 'HLS', url: 'https://cam.example.vn/ho/live.m3u8' },
      by,
    });
    expect(stream).toMatchObject({ kind: 'HLS', refreshSeconds: null, name: 'Hồ Xuân Hương', latitude: 11.94 });
    // Clearing one coordinate alone leaves a camera the rules refuse: nothing changes.
    const before = await rows();
    await expect(updateCamera({ em: em(), units, id: camera.id, input: { latitude: null }, by })).rejects.toMatchObject(
      { argument: 'latitude', message: 'give both latitude and longitude, or neither' },
    );
    expect(await rows()).toEqual(before);
    expect(await findCamera({ em: em(), id: camera.id })).toEqual(stream);
    const [audit] = await em().execute(
      `select "before", "after" from audit_log where action = 'updateCamera' and entity_key = '${camera.id}'`,
    );
    expect(JSON.parse(audit?.before)).toMatchObject({ kind: 'SNAPSHOT', refreshSeconds: 10 });
    expect(JSON.parse(audit?.after)).toMatchObject({ kind: 'HLS', refreshSeconds: null });
  });

  it('lists the active cameras of units by name; inactive ones only when asked', async () => {
    const a = await createCamera({ em: em(), units, input: { ...lake, unit: '24787', name: 'B cổng' }, by });
    const b = await createCamera({ em: em(), units, input: { ...lake, unit: '24787', name: 'A chợ' }, by });
    await updateCamera({ em: em(), units, id: a.id, input: { active: false }, by });
    const names = async (includeInactive: boolean) =>
      (await listCameras({ em: em(), units: ['24787'], includeInactive })).map((c) => c.name);
    expect(await names(false)).toEqual(['A chợ']);
    expect(await names(true)).toEqual(['A chợ', 'B cổng']);
    expect((await listCameras({ em: em(), units: null })).some((c) => c.id === b.id)).toBe(true);
  });

  it('deletes a camera, audited with what it was; an unknown id is refused', async () => {
    const camera = await createCamera({ em: em(), units, input: { ...lake, name: 'Tạm' }, by });
    expect(await deleteCamera({ em: em(), id: camera.id, by })).toMatchObject({ id: camera.id, name: 'Tạm' });
    expect(await findCamera({ em: em(), id: camera.id })).toBeNull();
    const [audit] = await em().execute(`select "before" from audit_log where action = 'deleteCamera'`);
    expect(JSON.parse(audit?.before)).toMatchObject({ name: 'Tạm' });
    const before = await rows();
    await expect(deleteCamera({ em: em(), id: camera.id, by })).rejects.toMatchObject({
      argument: 'id',
      message: `no camera has the id ${camera.id}`,
    });
    await expect(updateCamera({ em: em(), units, id: 999_999, input: { name: 'x' }, by })).rejects.toMatchObject({
      argument: 'id',
    });
    expect(await rows()).toEqual(before);
  });
});
