// The registry through the real HTTP server, which reuses the results of queries until the data change: a camera
// registered (or deactivated) on one API process shows at once in the same reader's next query, on that process and
// on another one sharing the database, although no indicator value moved.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadServedCatalog } from '../../src/servedCatalog';
import { signIn } from '../accounts';
import { queryData } from '../graphqlClient';
import { startTestServer, type TestServer } from '../testServer';

const catalog = loadServedCatalog();
const dir = mkdtempSync(join(tmpdir(), 'ioc-cameras-'));
let writer: TestServer;
let other: TestServer;

beforeAll(async () => {
  const url = join(dir, 'ioc.sqlite');
  writer = await startTestServer(catalog, url);
  other = await startTestServer(catalog, url);
}, 30_000);

afterAll(async () => {
  await writer?.close();
  await other?.close();
  rmSync(dir, { recursive: true, force: true });
});

const CAMERAS = '{ unit(code: "24781") { cameras { name } } }';
const names = async (server: TestServer) =>
  (await queryData<{ unit: { cameras: { name: string }[] } }>(server.url, CAMERAS)).unit.cameras.map((c) => c.name);

it('a registry write shows in the next read of every process, reused results notwithstanding', async () => {
  // Read twice first: the second answer is a reused result.
  expect(await names(writer)).toEqual([]);
  expect(await names(writer)).toEqual([]);
  expect(await names(other)).toEqual([]);
  const admin = await signIn(writer.url, 'ADMIN');
  const created = await queryData<{ createCamera: { id: string } }>(
    writer.url,
    'mutation { createCamera(input: { unit: "24781", name: "Chợ Đà Lạt", location: "Khu Hòa Bình", kind: HLS, url: "https://cam.example.vn/live.m3u8" }) { id } }',
    undefined,
    { token: admin },
  );
  expect(await names(writer)).toEqual(['Chợ Đà Lạt']);
  await expect.poll(() => names(other), { timeout: 5_000 }).toEqual(['Chợ Đà Lạt']);
  await queryData(
    writer.url,
    'mutation($id: ID!) { updateCamera(id: $id, input: { active: false }) { id } }',
    { id: created.createCamera.id },
    { token: admin },
  );
  expect(await names(writer)).toEqual([]);
  await expect.poll(() => names(other), { timeout: 5_000 }).toEqual([]);
});
