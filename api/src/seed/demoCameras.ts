// The demo's cameras: simulated cameras at real places of real wards, served by the simulator (`npm run feed:sim`,
// CAMERA_SIM_URL, default http://127.0.0.1:4100/cameras) and labelled simulated. None on the province: its page is
// everyone's landing page, and a stream there would load for every visitor. Registered when the registry is
// empty, so seeding twice changes nothing and an admin's own registry is never touched. Coordinates are approximate.
import type { EntityManager } from '../db/database';
import type { CameraKind } from '../db/entities/Camera';
import { createCamera, listCameras } from '../store/cameras';
import type { UnitDirectory } from '../units/unitDirectory';

export const DEFAULT_CAMERA_SIM_URL = 'http://127.0.0.1:4100/cameras';

export interface DemoCamera {
  /** The simulator's name for it: the path under CAMERA_SIM_URL. */
  slug: string;
  unit: string;
  name: string;
  location: string;
  latitude: number;
  longitude: number;
  kind: CameraKind;
  refreshSeconds?: number;
}

export const DEMO_CAMERAS: readonly DemoCamera[] = [
  {
    slug: 'deo-prenn',
    unit: '24781',
    name: 'Quốc lộ 20 – đèo Prenn',
    location: 'Đèo Prenn, cửa ngõ phía nam Đà Lạt',
    latitude: 11.9062,
    longitude: 108.4612,
    kind: 'SNAPSHOT',
    refreshSeconds: 10,
  },
  {
    slug: 'ho-xuan-huong',
    unit: '24781',
    name: 'Hồ Xuân Hương',
    location: 'Bờ hồ, đường Trần Quốc Toản',
    latitude: 11.9404,
    longitude: 108.4418,
    kind: 'HLS',
  },
  {
    slug: 'cho-da-lat',
    unit: '24781',
    name: 'Chợ Đà Lạt',
    location: 'Khu Hòa Bình, lối vào chợ Đà Lạt',
    latitude: 11.9428,
    longitude: 108.4372,
    kind: 'SNAPSHOT',
    refreshSeconds: 5,
  },
  {
    slug: 'phu-dong-thien-vuong',
    unit: '24778',
    name: 'Ngã ba Phù Đổng Thiên Vương',
    location: 'Đường Phù Đổng Thiên Vương – Xô Viết Nghệ Tĩnh',
    latitude: 11.9575,
    longitude: 108.4436,
    kind: 'SNAPSHOT',
    refreshSeconds: 10,
  },
  {
    slug: 'cau-tran-hung-dao',
    unit: '22945',
    name: 'Cầu Trần Hưng Đạo',
    location: 'Cầu Trần Hưng Đạo qua sông Cà Ty',
    latitude: 10.9291,
    longitude: 108.1019,
    kind: 'SNAPSHOT',
    refreshSeconds: 10,
  },
  {
    slug: 'mui-ne',
    unit: '22918',
    name: 'Bãi biển Mũi Né',
    location: 'Đường Nguyễn Đình Chiểu, bãi biển Mũi Né',
    latitude: 10.9446,
    longitude: 108.2617,
    kind: 'HLS',
  },
  {
    slug: 'gia-nghia',
    unit: '24611',
    name: 'Trung tâm Gia Nghĩa',
    location: 'Quảng trường trung tâm, phường Bắc Gia Nghĩa',
    latitude: 12.0025,
    longitude: 107.6908,
    kind: 'SNAPSHOT',
    refreshSeconds: 10,
  },
  {
    slug: 'bao-loc',
    unit: '24823',
    name: 'Quốc lộ 20 – trung tâm Bảo Lộc',
    location: 'Đường Trần Phú, phường 1 Bảo Lộc',
    latitude: 11.5477,
    longitude: 107.8075,
    kind: 'SNAPSHOT',
    refreshSeconds: 10,
  },
];

/** The simulator's URL of a demo camera: the live playlist or the frame. */
export function demoCameraUrl(camera: Pick<DemoCamera, 'slug' | 'kind'>, base = process.env.CAMERA_SIM_URL): string {
  const root = (base || DEFAULT_CAMERA_SIM_URL).replace(/\/+$/, '');
  return `${root}/${camera.slug}/${camera.kind === 'HLS' ? 'live.m3u8' : 'frame.svg'}`;
}

/** Registers the demo cameras when the registry holds none; returns how many were registered. */
export async function ensureDemoCameras({ em, units }: { em: EntityManager; units: UnitDirectory }): Promise<number> {
  if ((await listCameras({ em, units: null, includeInactive: true })).length > 0) return 0;
  for (const camera of DEMO_CAMERAS) {
    await createCamera({
      em,
      units,
      input: {
        unit: camera.unit,
        name: camera.name,
        location: camera.location,
        latitude: camera.latitude,
        longitude: camera.longitude,
        kind: camera.kind,
        url: demoCameraUrl(camera),
        refreshSeconds: camera.refreshSeconds ?? null,
        simulated: true,
      },
      by: { id: null, username: 'seed' },
    });
  }
  return DEMO_CAMERAS.length;
}
