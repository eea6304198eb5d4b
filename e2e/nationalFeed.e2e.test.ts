// The national 766 feed as a leader watches it: on the province page's public-services tab, the five national
// indices change without a reload as the connector applies new payloads of the simulated national endpoint, and
// each shows where it comes from and how fresh it is; when the endpoint fails, the page says so with a warning.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api } from './api';
import { collectPageErrors, launchBrowser, signedInPage } from './browser';

const webUrl = inject('webUrl');
const feedSimUrl = inject('feedSimUrl');
const LEADER = 'lanhdao';
const PAGE = '/units/68?sector=public-services';
const NATIONAL = [
  'PSV_766_TRANSPARENCY',
  'PSV_766_TIMELINESS',
  'PSV_766_DIGITISATION',
  'PSV_766_ONLINE',
  'PSV_766_SATISFACTION',
];

/** The five values the page shows, as their machine-readable `<data value>`. */
function shownValues(page: Page): Promise<string[]> {
  return page.evaluate(
    (codes) => codes.map((c) => document.querySelector(`[data-indicator="${c}"] data`)?.getAttribute('value') ?? ''),
    NATIONAL,
  );
}

/** Asks the simulated national endpoint's control interface: a fault, or its clock. */
async function control(what: 'fault' | 'clock', body: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${feedSimUrl}/control/${what}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
}

const setFault = (fault: string) => control('fault', { fault });

describe('national feed on the province page in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await signedInPage(browser, {}, LEADER);
    pageErrors = collectPageErrors(page);
  });
  afterAll(async () => {
    await setFault('normal');
    await control('clock', { paused: false });
    // Leave the feed healthy for the tests that follow: wait for a good poll after the failures.
    for (let i = 0; i < 60; i++) {
      const { nationalFeed } = await api<{ nationalFeed: { status: string } }>(
        '{ nationalFeed { status } }',
        {},
        LEADER,
      );
      if (nationalFeed.status === 'OK') break;
      await new Promise((r) => setTimeout(r, 500));
    }
    await browser?.close();
  });

  it('shows the five national indices with their source and freshness, and they change without a reload', async () => {
    await page.goto(`${webUrl}${PAGE}`);
    await page.locator('[role="status"][data-state="live"]').waitFor();
    for (const code of NATIONAL) {
      const tile = page.locator(`[data-indicator="${code}"]`);
      await expect(tile.locator('data').getAttribute('value')).resolves.toMatch(/^\d+(\.\d+)?$/);
      // Beside the value: the source and when it was last updated.
      await expect(tile.locator('[data-part="feed"]').textContent()).resolves.toMatch(
        /^Nguồn: Cổng Dịch vụ công quốc gia \(tự động\), cập nhật lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/,
      );
    }
    await page.evaluate(() => {
      (window as unknown as { feedMarker: string }).feedMarker = 'same document';
    });
    const before = await shownValues(page);
    // The simulator publishes a payload every second and the API polls every 1.5 s: wait for the next one to show.
    await page.waitForFunction(
      ({ codes, old }) =>
        codes.some(
          (c, i) =>
            (document.querySelector(`[data-indicator="${c}"] data`)?.getAttribute('value') ?? old[i]) !== old[i],
        ),
      { codes: NATIONAL, old: before },
      { timeout: 30_000 },
    );
    const after = await shownValues(page);
    expect(after).not.toEqual(before);
    for (const v of after) expect(Number(v)).toBeGreaterThan(0);
    const same = await page.evaluate(() => ({
      marker: (window as unknown as { feedMarker?: string }).feedMarker,
      navigations: performance.getEntriesByType('navigation').map((n) => (n as PerformanceNavigationTiming).type),
    }));
    expect(same).toEqual({ marker: 'same document', navigations: ['navigate'] });

    // What the page shows is what the API serves for the province (the average of its communes): with the national
    // clock stopped, the last payload lands, then the page and the API agree to the last digit.
    await control('clock', { paused: true });
    await new Promise((r) => setTimeout(r, 4_000));
    const served = await api<{ unit: { latestValues: { indicator: { code: string }; value: number }[] } }>(
      'query ($codes: [IndicatorCode!]) { unit(code: "68") { latestValues(indicators: $codes) { indicator { code } value } } }',
      { codes: NATIONAL },
      LEADER,
    );
    const byCode = new Map(served.unit.latestValues.map((v) => [v.indicator.code, String(v.value)]));
    const expected = NATIONAL.map((c) => byCode.get(c) ?? 'missing');
    await page.waitForFunction(
      ({ codes, values }) =>
        codes.every(
          (c, i) => document.querySelector(`[data-indicator="${c}"] data`)?.getAttribute('value') === values[i],
        ),
      { codes: NATIONAL, values: expected },
      { timeout: 15_000 },
    );
    expect(await shownValues(page)).toEqual(expected);
    await control('clock', { paused: false });
  });

  it('warns beside the indices when the national endpoint fails, with the reason', async () => {
    await setFault('http-500');
    // Three attempts with backoff (1 s, 2 s) fail, then the failure is recorded.
    const deadline = Date.now() + 40_000;
    let status = '';
    while (Date.now() < deadline) {
      status = (await api<{ nationalFeed: { status: string } }>('{ nationalFeed { status } }', {}, LEADER)).nationalFeed
        .status;
      if (status === 'FAILING') break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe('FAILING');
    await page.goto(`${webUrl}${PAGE}`);
    const note = page.locator('[data-indicator="PSV_766_ONLINE"] [data-part="feed"]');
    await expect(note.getAttribute('data-feed-status')).resolves.toBe('FAILING');
    await expect(note.textContent()).resolves.toMatch(
      /^⚠ Mất kết nối nguồn quốc gia từ \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(\d+ lần thử thất bại\); đang hiển thị số liệu cập nhật lúc .+\(Chi tiết: HTTP 500 Internal Server Error; .+\)$/,
    );
    await setFault('normal');
    expect(pageErrors).toEqual([]);
  });
});
