// Cameras as their people use them: the admin registers a snapshot camera and a live stream for Phường Cam Ly - Đà
// Lạt on the registry page (after the form named a bad URL beside its field); a reader of the unit sees both on the
// unit's page, labelled simulated, the snapshot's frame replaced on its interval and the stream playing (its time
// advancing) in Chromium through hls.js; the admin deactivates the snapshot and it leaves the page. The pictures come
// through the web app, which refuses them to a reader outside the unit and to an anonymous request.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, sessionCookie } from './api';
import { collectPageErrors, launchBrowser, signedInContext } from './browser';

const webUrl = inject('webUrl');
const cameraSim = `${inject('feedSimUrl')}/cameras`;

const UNIT = '24787'; // Phường Cam Ly - Đà Lạt: no demo camera of its own
const ADMIN = 'quantri';
const OFFICER = 'canbo.xuanhuong'; // Phường Xuân Hương - Đà Lạt: outside Cam Ly
const SNAPSHOT = 'Chợ Cam Ly (kiểm thử)';
const STREAM = 'Đường Hoàng Văn Thụ (kiểm thử)';

describe('cameras in Chromium', () => {
  let browser: Browser;
  let adminContext: BrowserContext;
  let readerContext: BrowserContext;
  let admin: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    adminContext = await signedInContext(browser, {}, ADMIN);
    readerContext = await signedInContext(browser);
    admin = await adminContext.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const unitPage = async () => {
    const page = await readerContext.newPage();
    const errors = collectPageErrors(page);
    page.on('close', () => pageErrors.push(...errors));
    await page.goto(`${webUrl}/units/${UNIT}`);
    await page.locator('#cameras').waitFor();
    return page;
  };

  it('the unit page says the ward has no camera yet', async () => {
    const page = await unitPage();
    await expect(page.locator('#cameras').textContent()).resolves.toContain('Đơn vị này chưa có camera nào.');
    await page.close();
  });

  it('the admin finds the registry in the navigation, with the demo cameras labelled simulated', async () => {
    await admin.goto(`${webUrl}/units/68`);
    await admin.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Camera' }).click();
    await admin.waitForURL(`${webUrl}/cameras`);
    await expect(admin.locator('h1').textContent()).resolves.toBe('Quản lý camera');
    await expect(admin.locator('tbody tr').filter({ hasText: 'Hồ Xuân Hương (Mô phỏng)' }).count()).resolves.toBe(1);
  });

  it('a URL that is not http(s) is named beside its field, and nothing is registered', async () => {
    await admin.getByLabel('Mã đơn vị (mã GSO)').fill(UNIT);
    await admin.getByLabel('Tên camera').fill(SNAPSHOT);
    await admin.getByLabel('Vị trí', { exact: true }).fill('Cổng chợ Cam Ly');
    await admin.getByLabel('Địa chỉ URL').fill('ftp://127.0.0.1/frame.jpg');
    await admin.getByRole('button', { name: 'Thêm', exact: true }).click();
    const error = admin.locator('#camera-url-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toBe(
      'URL bắt đầu bằng http:// hoặc https://, không chứa tên đăng nhập hay mật khẩu.',
    );
    await expect(admin.getByLabel('Tên camera').inputValue()).resolves.toBe(SNAPSHOT);
    const registry = await api<{ cameras: { name: string }[] }>('{ cameras { name } }');
    expect(registry.cameras.map((c) => c.name)).not.toContain(SNAPSHOT);
  });

  it('the admin registers a snapshot camera and a live stream of the ward', async () => {
    await admin.getByLabel('Địa chỉ URL').fill(`${cameraSim}/cho-cam-ly/frame.svg`);
    await admin.getByLabel('Chu kỳ làm mới (giây, chỉ với ảnh chụp)').fill('2');
    await admin.getByLabel('Camera mô phỏng').check();
    await admin.getByRole('button', { name: 'Thêm', exact: true }).click();
    await admin.getByText('Đã lưu camera.').waitFor();

    await admin.getByLabel('Mã đơn vị (mã GSO)').fill(UNIT);
    await admin.getByLabel('Tên camera').fill(STREAM);
    await admin.getByLabel('Vị trí', { exact: true }).fill('Ngã ba Hoàng Văn Thụ – Ba Tháng Tư');
    await admin.getByLabel('Loại').selectOption('HLS');
    await admin.getByLabel('Địa chỉ URL').fill(`${cameraSim}/hoang-van-thu/live.m3u8`);
    await admin.getByLabel('Vĩ độ').fill('11.9301');
    await admin.getByLabel('Kinh độ').fill('108.4262');
    await admin.getByLabel('Camera mô phỏng').check();
    await admin.getByRole('button', { name: 'Thêm', exact: true }).click();
    await admin.getByText('Đã lưu camera.').waitFor();
    await admin.locator('tbody tr').filter({ hasText: STREAM }).waitFor();
    await expect(admin.locator('tbody tr').filter({ hasText: SNAPSHOT }).textContent()).resolves.toContain(
      'Ảnh chụp, 2 s',
    );
  });

  it('the unit page shows the snapshot, labelled simulated, and replaces its frame on the interval', async () => {
    const page = await unitPage();
    const camera = page.locator('#cameras li').filter({ hasText: SNAPSHOT });
    await expect(camera.locator('h3').textContent()).resolves.toBe(`${SNAPSHOT} Mô phỏng`);
    const image = camera.locator('img');
    await page.waitForFunction((el) => Number(el?.getAttribute('data-frame')) >= 1, await image.elementHandle());
    const first = await image.getAttribute('src');
    // A frame loaded, drawn by the simulator (an SVG of 640 x 360).
    await expect(image.evaluate((img: HTMLImageElement) => img.naturalWidth)).resolves.toBe(640);
    await page.waitForFunction((el) => Number(el?.getAttribute('data-frame')) >= 3, await image.elementHandle(), {
      timeout: 15_000,
    });
    expect(await image.getAttribute('src')).not.toBe(first);
    await expect(camera.locator('figcaption').textContent()).resolves.toMatch(/^Cập nhật lúc \d{2}:\d{2}:\d{2}$/);
    await page.close();
  });

  it('the unit page plays the live stream with hls.js: its time advances', async () => {
    const page = await unitPage();
    const video = page.locator('#cameras li').filter({ hasText: STREAM }).locator('video');
    // It streams only while on screen: scroll to it, as a reader would.
    await video.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      (el) => ((el as HTMLVideoElement | null)?.currentTime ?? 0) > 0,
      await video.elementHandle(),
      {
        timeout: 20_000,
      },
    );
    const start = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
    await page.waitForFunction(
      ([el, t]) => ((el as HTMLVideoElement | null)?.currentTime ?? 0) > (t as number) + 2,
      [await video.elementHandle(), start] as const,
      { timeout: 20_000 },
    );
    // Played from a MediaSource (hls.js), not from the playlist's address.
    await expect(video.evaluate((v: HTMLVideoElement) => v.currentSrc.startsWith('blob:'))).resolves.toBe(true);
    await expect(
      page.locator('#cameras li').filter({ hasText: STREAM }).getByRole('link', { name: 'Bản đồ' }).count(),
    ).resolves.toBe(1);
    await page.close();
  });

  it('the pictures come only to readers of the unit: an officer elsewhere gets 403, no session 401', async () => {
    const { cameras } = await api<{ cameras: { id: string; name: string }[] }>(
      'query($unit: String) { cameras(unit: $unit) { id name } }',
      { unit: UNIT },
    );
    const id = cameras.find((c) => c.name === SNAPSHOT)?.id;
    const path = `${webUrl}/camera-media/${id}/frame.svg`;
    const reader = await fetch(path, { headers: { cookie: await sessionCookie() } });
    expect([reader.status, reader.headers.get('content-type')]).toEqual([200, 'image/svg+xml; charset=utf-8']);
    // Opened on its own, the SVG is never taken for another type and runs no script (none carries the nonce).
    expect(reader.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reader.headers.get('content-security-policy')).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    const officer = await fetch(path, { headers: { cookie: await sessionCookie(OFFICER) } });
    expect(officer.status).toBe(403);
    expect((await fetch(path)).status).toBe(401);
    // Only the registered picture: no other address of the camera's host.
    const other = await fetch(`${webUrl}/camera-media/${id}/..%2F..%2Fapi%2Fv1%2Fchi-so-766`, {
      headers: { cookie: await sessionCookie() },
    });
    expect(other.status).toBe(404);
  });

  it('the admin deactivates the snapshot camera and it leaves the unit page', async () => {
    await admin.goto(`${webUrl}/cameras`);
    await admin.getByRole('button', { name: `Ngừng hiển thị ${SNAPSHOT}` }).click();
    await admin.getByRole('button', { name: `Hiển thị lại ${SNAPSHOT}` }).waitFor();
    const page = await unitPage();
    await expect(page.locator('#cameras li').filter({ hasText: SNAPSHOT }).count()).resolves.toBe(0);
    await expect(page.locator('#cameras li').filter({ hasText: STREAM }).count()).resolves.toBe(1);
    await page.close();
  });

  it('no page showed an error', () => {
    expect(pageErrors).toEqual([]);
  });
});
