// The simulated national endpoint over HTTP: its payloads (province and 124 communes, synthetic and labelled so),
// paging after a cursor, and located errors for bad parameters and control requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedPage } from '../../src/simulator/nationalFeed';
import { type Simulator, startSimulator } from '../../src/simulator/simulator';
import { INTERVAL_MS, START } from './support';

describe('simulated national 766 endpoint', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ port: 0, intervalMs: INTERVAL_MS, now: () => START });
  });
  afterAll(() => sim.close());

  const get = async (query = '') => {
    const res = await fetch(`${sim.feedUrl}${query}`);
    return { status: res.status, body: (await res.json()) as FeedPage & { loi?: string } };
  };

  it('serves the latest payload without a cursor: the province and its 124 communes, labelled synthetic', async () => {
    const { status, body } = await get();
    expect(status).toBe(200);
    expect(body.conTiep).toBe(false);
    const [payload] = body.goiTin;
    expect(payload).toMatchObject({
      soThuTu: START / 1000,
      thoiDiemTao: '2026-11-20T03:00:00.000Z',
      duLieuMoPhong: true,
    });
    expect(payload?.duLieu).toHaveLength(125);
    expect(payload?.duLieu[0]).toMatchObject({ maDonVi: '68', ngay: '2026-11-20' });
    for (const r of payload?.duLieu ?? []) {
      expect(r.congKhaiMinhBach).toBeGreaterThanOrEqual(0);
      expect(r.congKhaiMinhBach).toBeLessThanOrEqual(18);
      expect(r.soHoaHoSo).toBeLessThanOrEqual(22);
    }
  });

  it('serves what was published after a cursor, oldest first, a page at a time', async () => {
    const cursor = sim.feed.latestSequence;
    sim.feed.advance(5 * INTERVAL_MS);
    const first = await get(`?sau=${cursor}&gioiHan=3`);
    expect(first.body.goiTin.map((p) => p.soThuTu)).toEqual([1, 2, 3].map((k) => cursor + (k * INTERVAL_MS) / 1000));
    expect(first.body.conTiep).toBe(true);
    const rest = await get(`?sau=${first.body.goiTin[2]?.soThuTu}&gioiHan=3`);
    expect(rest.body.goiTin.map((p) => p.soThuTu)).toEqual([4, 5].map((k) => cursor + (k * INTERVAL_MS) / 1000));
    expect(rest.body.conTiep).toBe(false);
  });

  it('refuses bad parameters and control requests, naming the field', async () => {
    expect(await get('?sau=abc')).toEqual({
      status: 400,
      body: { loi: 'sau: expected a whole number from 0 to 1000000000000, got "abc"' },
    });
    expect((await get('?gioiHan=0')).body.loi).toBe('gioiHan: expected a whole number from 1 to 1000, got "0"');
    const post = (path: string, body: unknown) =>
      fetch(`${sim.url}/control/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { error?: string } }));
    expect((await post('fault', { fault: 'fire' })).body.error).toBe(
      'fault: expected one of normal, slow, http-500, malformed, duplicate, out-of-order, unknown-units, down, got "fire"',
    );
    expect(await post('fault', { fault: 'http-500', times: 0 })).toEqual({
      status: 400,
      body: { error: 'times: expected a whole number of requests, at least 1, got 0' },
    });
    expect((await post('clock', { advanceMs: -5 })).body.error).toBe(
      'advanceMs: expected a whole number of milliseconds, got -5',
    );
    expect(await post('fault', { fault: 'http-500', times: 1 })).toEqual({
      status: 200,
      body: { fault: 'http-500', left: 1 },
    });
    expect((await get()).status).toBe(500);
    expect((await get()).status).toBe(200);
  });
});
