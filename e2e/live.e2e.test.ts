// The live page as a person watches it: a value recorded through the API appears on /live/[code] without a reload;
// the live indicator speaks the page's language, says "offline" when the API cannot be reached and comes back by
// itself, all without a console error.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api } from './api';
import { collectPageErrors, launchBrowser, signedInPage } from './browser';

const webUrl = inject('webUrl');

/**
 * A commune of the 2025 edition, a monthly input indicator collected at commune level, and a month after the reform;
 * its officer records the values.
 */
const UNIT = '24781';
const OFFICER = 'canbo.xuanhuong';
const INDICATOR = 'TOU_VISITORS';
const PERIOD = '2025-08';
const LIVE_PAGE = `/live/${UNIT}?indicator=${INDICATOR}&period=${PERIOD}`;

async function recordValue(value: number): Promise<void> {
  await api(
    'mutation Record($values: [ValueInput!]!) { recordValues(values: $values) { inserted updated } }',
    {
      values: [{ indicator: INDICATOR, unit: UNIT, period: PERIOD, value }],
    },
    OFFICER,
  );
}

/** The value the page shows, as its machine-readable `<data value>`. */
const shownValue = (page: Page) => page.locator('#live-value').getAttribute('value');

describe('live page in Chromium', () => {
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

  it('shows a recorded value without reloading the page', async () => {
    await page.goto(`${webUrl}${LIVE_PAGE}`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Tổng lượt khách du lịch');
    const status = page.getByRole('status');
    await page.locator('[role="status"][data-state="live"]').waitFor();
    await expect(status.textContent()).resolves.toBe('Trực tiếp');
    // A mark on this document: a reload or a navigation would lose it.
    await page.evaluate(() => {
      (window as unknown as { liveMarker: string }).liveMarker = 'same document';
    });
    const before = Number(await shownValue(page));
    const next = before === 123_457 ? 123_458 : 123_457;

    await recordValue(next);
    await page.waitForFunction(
      (expected) => document.querySelector('#live-value')?.getAttribute('value') === expected,
      String(next),
      { timeout: 10_000 },
    );
    await expect(page.locator('#live-value').textContent()).resolves.toBe(next.toLocaleString('vi-VN'));
    const same = await page.evaluate(() => ({
      marker: (window as unknown as { liveMarker?: string }).liveMarker,
      navigations: performance.getEntriesByType('navigation').map((n) => (n as PerformanceNavigationTiming).type),
    }));
    expect(same).toEqual({ marker: 'same document', navigations: ['navigate'] });
    // The indicator says when: "Trực tiếp · cập nhật lúc hh:mm".
    await expect(status.textContent()).resolves.toMatch(/^Trực tiếp · cập nhật lúc \d{2}:\d{2}$/);
  });

  it('speaks English with ?lang=en', async () => {
    await page.goto(`${webUrl}${LIVE_PAGE}&lang=en`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Total tourist arrivals');
    await page.locator('[role="status"][data-state="live"]').waitFor();
    await expect(page.getByRole('status').textContent()).resolves.toBe('Live');
  });

  it('shows "offline" while the API cannot be reached, and comes back by itself with the values missed', async () => {
    // The API "down" as the browser sees it: the web server says so, and any socket is dropped at once.
    let down = true;
    await page.route('**/live/status', (route) => (down ? route.fulfill({ json: { up: false } }) : route.continue()));
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      if (down) ws.close({ code: 1001, reason: 'e2e: the API is down' });
      else ws.connectToServer();
    });
    await page.goto(`${webUrl}${LIVE_PAGE}`);
    await page.locator('[role="status"][data-state="offline"]').waitFor({ timeout: 10_000 });
    await expect(page.getByRole('status').textContent()).resolves.toBe('Mất kết nối, đang thử lại');

    // A value recorded while the page was offline shows once the connection is back.
    const before = Number(await shownValue(page));
    const next = before + 1;
    await recordValue(next);
    down = false;
    await page.locator('[role="status"][data-state="live"]').waitFor({ timeout: 40_000 });
    await page.waitForFunction(
      (expected) => document.querySelector('#live-value')?.getAttribute('value') === expected,
      String(next),
      { timeout: 10_000 },
    );
    await page.unrouteAll();
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
