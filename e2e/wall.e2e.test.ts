// The meeting-room screen as a 1920x1080 wall shows it: `?display=wall` gives large tiles of one sector with big
// numbers and no children table, keeps the synthetic-data label in sight, and moves to the next sector by itself
// (here every 3 s), keeping the rest of the address, without a console error.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatNumber } from '../web/src/lib/format';
import { api } from './api';
import { collectPageErrors, launchBrowser, signedInPage } from './browser';

const webUrl = inject('webUrl');

type Sector = { code: string; name: string; indicators: { code: string }[] };

const slug = (code: string) => code.toLowerCase().replaceAll('_', '-');

describe('wall display at 1920x1080 in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[] = [];
  let sectors: Sector[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await signedInPage(browser, { viewport: { width: 1920, height: 1080 } });
    consoleErrors = collectPageErrors(page);
    ({ sectors } = await api<{ sectors: Sector[] }>('{ sectors { code name indicators { code } } }'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows one sector in large tiles with big numbers, no children table, the synthetic label in sight', async () => {
    const data = await api<{ unit: { latestValues: { indicator: { code: string }; value: number | null }[] } }>(
      '{ unit(code: "68") { latestValues(sector: TOURISM) { indicator { code } value } } }',
    );
    await page.goto(`${webUrl}/?display=wall&sector=tourism&cycle=600`);
    const tiles = page.locator('article[data-indicator]');
    await tiles.first().waitFor();
    await expect(tiles.count()).resolves.toBe(data.unit.latestValues.length);
    for (const v of data.unit.latestValues) {
      await expect(page.locator(`article[data-indicator="${v.indicator.code}"] data`).textContent()).resolves.toBe(
        formatNumber('vi', v.value),
      );
    }
    const sizes = await tiles.evaluateAll((all) =>
      all.map((t) => ({
        width: t.getBoundingClientRect().width,
        bottom: t.getBoundingClientRect().bottom,
        number: Number.parseFloat(getComputedStyle(t.querySelector('data') as Element).fontSize),
      })),
    );
    for (const s of sizes) {
      expect(s.width).toBeGreaterThanOrEqual(280);
      expect(s.number).toBeGreaterThanOrEqual(40);
      // The whole sector on one screen.
      expect(s.bottom).toBeLessThanOrEqual(1080);
    }
    await expect(page.locator('section[aria-labelledby="children-heading"]').count()).resolves.toBe(0);
    await expect(page.getByRole('table').count()).resolves.toBe(0);
    const label = page.getByText('Dữ liệu minh họa', { exact: true });
    await expect(label.isVisible()).resolves.toBe(true);
    const box = await label.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 1080 && box.height >= 24).toBe(true);
  });

  it('moves to the next sector by itself every `cycle` seconds, keeping the rest of the address', async () => {
    const at = sectors.findIndex((s) => s.code === 'TOURISM');
    const next = sectors[(at + 1) % sectors.length] as Sector;
    const after = sectors[(at + 2) % sectors.length] as Sector;
    await page.goto(`${webUrl}/?display=wall&sector=tourism&cycle=3`);
    await page.waitForURL(`${webUrl}/?sector=${slug(next.code)}&display=wall&cycle=3`, { timeout: 10_000 });
    await page.locator(`article[data-indicator="${next.indicators[0]?.code}"]`).waitFor();
    await expect(page.locator('main header').getByText(next.name, { exact: true }).isVisible()).resolves.toBe(true);
    await page.waitForURL(`${webUrl}/?sector=${slug(after.code)}&display=wall&cycle=3`, { timeout: 10_000 });
    await page.locator(`article[data-indicator="${after.indicators[0]?.code}"]`).waitFor();
  });

  it('starts with the first sector when none is named, and wraps around after the last', async () => {
    const first = sectors[0] as Sector;
    const last = sectors[sectors.length - 1] as Sector;
    await page.goto(`${webUrl}/units/24781?display=wall&cycle=600`);
    await page.locator(`article[data-indicator="${first.indicators[0]?.code}"]`).waitFor();
    await page.goto(`${webUrl}/units/24781?display=wall&sector=${slug(last.code)}&cycle=2`);
    await page.waitForURL(`${webUrl}/units/24781?sector=${slug(first.code)}&display=wall&cycle=2`, {
      timeout: 10_000,
    });
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
