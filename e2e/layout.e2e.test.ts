// The frame of every page, as a person uses it: the language switch keeps the address and changes `<html lang>`, the
// navigation and the banner; the web app is installable (manifest, icons) with Chromium's own check.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectPageErrors, launchBrowser, signedInPage } from './browser';

const webUrl = inject('webUrl');

describe('layout and language in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await signedInPage(browser);
    consoleErrors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const frame = () =>
    page.evaluate(() => ({
      lang: document.documentElement.lang,
      nav: Array.from(document.querySelectorAll('header.topbar nav a')).map((a) => a.textContent),
      note: document.querySelector('[role="note"]')?.textContent ?? '',
    }));

  it('is in Vietnamese by default, with its diacritics', async () => {
    await page.goto(`${webUrl}/catalog`);
    const { lang, nav, note } = await frame();
    expect(lang).toBe('vi');
    expect(nav).toEqual([
      'Tổng quan',
      expect.stringMatching(/^Cảnh báo \d+ cảnh báo đang mở$/),
      'Danh mục',
      'GraphiQL',
    ]);
    expect(note).toMatch(/^Dữ liệu minh họa, tổng hợp ngẫu nhiên/);
    await expect(page.locator('header.topbar nav a[aria-current="page"]').textContent()).resolves.toBe('Danh mục');
    // The reader, by name and role.
    await expect(page.locator('header.topbar .account-name').textContent()).resolves.toMatch(
      / · Chuyên viên phân tích$/,
    );
  });

  it('switches to English on the same page, keeping the rest of the address, and back', async () => {
    await page.goto(`${webUrl}/units/24778?period=2025-08`);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${webUrl}/units/24778?period=2025-08&lang=en`);
    const en = await frame();
    expect(en.lang).toBe('en');
    expect(en.nav).toEqual(['Overview', expect.stringMatching(/^Alerts \d+ open alerts$/), 'Catalog', 'GraphiQL']);
    expect(en.note).toMatch(/^Demo data, synthetic/);
    // The navigation keeps the language.
    await expect(page.locator('header.topbar nav a').first().getAttribute('href')).resolves.toBe('/?lang=en');

    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await page.waitForURL(`${webUrl}/units/24778?period=2025-08`);
    await expect(frame()).resolves.toMatchObject({
      lang: 'vi',
      nav: ['Tổng quan', expect.any(String), 'Danh mục', 'GraphiQL'],
    });
  });

  it('follows a change of language made without a full load', async () => {
    // Hydrated, so that the router follows the history API.
    await page.goto(`${webUrl}/catalog?lang=en`, { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      (window as unknown as { frameMarker: boolean }).frameMarker = true;
    });
    // As a link of a page that drops `lang` would: the router's address changes, the document stays.
    await page.evaluate(() => window.history.pushState(null, '', '/catalog'));
    await page.waitForFunction(() => document.querySelector('[role="note"]')?.textContent?.startsWith('Dữ liệu'));
    await expect(frame()).resolves.toMatchObject({
      lang: 'vi',
      nav: ['Tổng quan', expect.any(String), 'Danh mục', 'GraphiQL'],
    });
    await expect(page.evaluate(() => (window as unknown as { frameMarker?: boolean }).frameMarker)).resolves.toBe(true);
  });

  it('shows an unknown address as "not found" in the language asked for', async () => {
    const response = await page.goto(`${webUrl}/no-such-page?lang=en`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Not found');
    await expect(frame()).resolves.toMatchObject({ lang: 'en' });
    consoleErrors.splice(0); // the 404 itself was asked for
  });

  it('is installable: a valid manifest with its icons, by Chromium’s own check', async () => {
    await page.goto(webUrl);
    const manifest = (await (await fetch(`${webUrl}/manifest.webmanifest`)).json()) as {
      name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({ name: 'IOC Lâm Đồng', start_url: '/', display: 'standalone' });
    for (const icon of manifest.icons) {
      const res = await fetch(`${webUrl}${icon.src}`);
      expect(res.status, icon.src).toBe(200);
    }
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    await expect(page.locator('link[rel="apple-touch-icon"]').count()).resolves.toBe(1);
    const cdp = await page.context().newCDPSession(page);
    const { errors } = (await cdp.send('Page.getAppManifest')) as { errors: unknown[] };
    expect(errors).toEqual([]);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    // Playwright's browser contexts are incognito ones, where Chromium never offers to install: that one is ours.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
