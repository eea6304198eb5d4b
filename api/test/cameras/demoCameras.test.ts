// The demo's cameras: registered once, into an empty registry only, all simulated, at wards of the current edition,
// pointing at the simulator named by CAMERA_SIM_URL (or its default), each answering at the simulator's routes.
import { expect, it } from 'vitest';
import { DEFAULT_CAMERA_SIM_URL, DEMO_CAMERAS, demoCameraUrl, ensureDemoCameras } from '../../src/seed/demoCameras';
import { listCameras } from '../../src/store/cameras';
import { UnitDirectory } from '../../src/units/unitDirectory';
import { describeEachDatabase } from '../db/harness';

const units = new UnitDirectory();

it('points each camera at the simulator: the frame of a snapshot, the live playlist of a stream', () => {
  expect(demoCameraUrl({ slug: 'cho-da-lat', kind: 'SNAPSHOT' }, 'http://sim.local:9000/cameras/')).toBe(
    'http://sim.local:9000/cameras/cho-da-lat/frame.svg',
  );
  expect(demoCameraUrl({ slug: 'ho-xuan-huong', kind: 'HLS' }, '')).toBe(
    `${DEFAULT_CAMERA_SIM_URL}/ho-xuan-huong/live.m3u8`,
  );
});

it('places every demo camera at a ward or commune of the current edition, none on the province', () => {
  const current = units.current();
  for (const camera of DEMO_CAMERAS) {
    expect(current.get(camera.unit)?.level, camera.slug).toBe('commune');
  }
  expect(new Set(DEMO_CAMERAS.map((c) => c.slug)).size).toBe(DEMO_CAMERAS.length);
});

describeEachDatabase('demo cameras', (getDb) => {
  it('registers the demo cameras into an empty registry once, labelled simulated', async () => {
    expect(await ensureDemoCameras({ em: getDb().em(), units })).toBe(DEMO_CAMERAS.length);
    expect(await ensureDemoCameras({ em: getDb().em(), units })).toBe(0);
    const cameras = await listCameras({ em: getDb().em(), units: null, includeInactive: true });
    expect(cameras).toHaveLength(DEMO_CAMERAS.length);
    expect(cameras.every((c) => c.simulated && c.active)).toBe(true);
    expect(
      cameras
        .filter((c) => c.kind === 'HLS')
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Bãi biển Mũi Né', 'Hồ Xuân Hương']);
  });
});
