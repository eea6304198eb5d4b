// An indicator's page as an analyst uses it: the catalog definition with links to its inputs, the series chart and
// the bar chart drawn on the server as SVG, a ranking whose every value is the API's, the state in the URL, English
// with ?lang=en, no console errors; screenshots at phone and wide-screen sizes in test-results/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, sessionCookie } from './api';
import { collectPageErrors, launchBrowser, signedInPage } from './browser';

const webUrl = inject('webUrl');
const artifacts = join(import.meta.dirname, '..', 'test-results');

/** A derived monthly indicator collected down to communes, with a threshold: every panel has something to show. */
const CODE = 'TOU_INTL_SHARE';

describe('indicator page in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[] = [];
  let latest: string;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    browser = await launchBrowser();
    page = await signedInPage(browser);
    consoleErrors = collectPageErrors(page);
    const data = await api<{ unit: { latestValues: { period: string }[] } }>(
      `{ unit(code: "68") { latestValues(indicators: [${CODE}]) { period } } }`,
    );
    latest = data.unit.latestValues[0]?.period as string;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the catalog definition', async () => {
    await page.goto(`${webUrl}/indicators/${CODE}`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Tỷ lệ khách du lịch quốc tế');
    await expect(page.title()).resolves.toBe('Tỷ lệ khách du lịch quốc tế (TOU_INTL_SHARE) — IOC Lâm Đồng');
    const definition = page.locator('section[aria-labelledby="definition-heading"]');
    const text = await definition.textContent();
    for (const part of [
      'TOU_VISITORS_INTL / TOU_VISITORS * 100',
      'Tháng',
      'Cấp tỉnh, Cấp huyện, Cấp xã',
      'Công thức',
      'Càng cao càng tốt; chỉ tiêu 8; vùng cảnh báo 2',
      'Sở Văn hóa, Thể thao và Du lịch',
    ]) {
      expect(text).toContain(part);
    }
    await expect(definition.getByTestId('inputs').getByRole('link').allTextContents()).resolves.toEqual([
      'Lượt khách du lịch quốc tế',
      'Tổng lượt khách du lịch',
    ]);
  });

  it('draws the series and the bar chart as SVG on the server, each with a name and a summary', async () => {
    const series = page.locator('section[aria-labelledby="series-heading"]');
    const seriesChart = series.locator('[role="img"]');
    await expect(seriesChart.getAttribute('aria-label')).resolves.toContain(
      'Tỷ lệ khách du lịch quốc tế của Tỉnh Lâm Đồng',
    );
    // The panels stream in after the first paint: wait until a chart is shown before counting what is shown.
    await seriesChart.locator('svg:visible').first().waitFor();
    await expect(seriesChart.locator('svg:visible').count()).resolves.toBe(1);
    await expect(seriesChart.locator('svg:visible path').count()).resolves.toBeGreaterThan(24);
    // The last 24 months up to the latest one with a value, in the data table behind the chart.
    await expect(series.locator('tbody tr').count()).resolves.toBe(24);
    await expect(series.locator('figcaption').textContent()).resolves.toContain(
      `Tháng ${latest.slice(5)}/${latest.slice(0, 4)}`,
    );
    const bars = page.locator('section[aria-labelledby="bars-heading"] [role="img"]');
    await expect(bars.getAttribute('aria-label')).resolves.toMatch(
      /^Biểu đồ cột: Tỷ lệ khách du lịch quốc tế, \d+ đơn vị cấp xã, Tháng \d\d\/\d{4}, xếp từ tốt nhất$/,
    );
    await bars.locator('svg:visible').first().waitFor();
    await expect(bars.locator('svg:visible').count()).resolves.toBe(1);
    // No chart library reached the browser: the charts are markup.
    const scripts = await page.locator('script[src]').evaluateAll((s) => s.map((e) => e.getAttribute('src')));
    expect(scripts.filter((s) => /echarts/i.test(s ?? ''))).toEqual([]);
  });

  it('ranks the current edition’s communes with the API’s values', async () => {
    const data = await api<{ units: { code: string; value: { value: number | null; status: string } }[] }>(
      `query R($period: Period!) { units(level: COMMUNE, period: $period) { code value(indicator: ${CODE}, period: $period) { value status } } }`,
      { period: latest },
    );
    expect(data.units).toHaveLength(124);
    const shown = await page
      .getByTestId('ranking')
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => {
          const cell = r.querySelectorAll('td')[1];
          return [r.getAttribute('data-unit'), cell?.querySelector('data')?.value ?? null, cell?.textContent] as const;
        }),
      );
    // Every unit the API lists, with its exact value (machine-readable <data value>) ...
    expect(Object.fromEntries(shown.map(([unit, value]) => [unit, value === null ? null : Number(value)]))).toEqual(
      Object.fromEntries(data.units.map((u) => [u.code, u.value.value])),
    );
    // ... shown in Vietnamese form (1.234,56), rounded to 2 decimals below 100.
    for (const [unit, value, text] of shown) {
      if (value === null) expect(text, unit ?? '').toBe('—');
      else expect(Number(text?.replaceAll('.', '').replace(',', '.'))).toBeCloseTo(Number(value), 2);
    }
    // Best first: higher is better for this indicator.
    const values = data.units.map((u) => u.value.value).filter((v): v is number => v !== null);
    const first = shown[0]?.[0];
    expect(data.units.find((u) => u.code === first)?.value.value).toBe(Math.max(...values));
  });

  it('follows an input to its own page, which lists this indicator as a dependent', async () => {
    await page.getByRole('link', { name: 'Lượt khách du lịch quốc tế', exact: true }).click();
    await page.waitForURL('**/indicators/TOU_VISITORS_INTL');
    await expect(page.locator('h1').textContent()).resolves.toBe('Lượt khách du lịch quốc tế');
    // A client-side navigation: the definition streams in after the address changes.
    await page.getByTestId('dependents').getByRole('link').first().waitFor();
    await expect(page.getByTestId('dependents').getByRole('link').allTextContents()).resolves.toContain(
      'Tỷ lệ khách du lịch quốc tế',
    );
  });

  it('keeps the series’ unit and range and the ranking’s period in the URL', async () => {
    await page.goto(`${webUrl}/indicators/${CODE}`);
    const series = page.locator('section[aria-labelledby="series-heading"]');
    await series.getByLabel('Đơn vị').selectOption({ label: 'Phường Xuân Hương - Đà Lạt' });
    await series.getByLabel('Từ kỳ').fill('2026-01');
    await series.getByRole('button', { name: 'Xem' }).click();
    await page.waitForURL(/unit=24781/);
    await expect(page.locator('#series-heading').textContent()).resolves.toBe(
      'Diễn biến theo thời gian: Phường Xuân Hương - Đà Lạt',
    );
    await expect(series.locator('tbody tr').first().locator('th').textContent()).resolves.toBe('Tháng 01/2026');
    const ranking = page.locator('#ranking');
    await ranking.getByLabel('Kỳ báo cáo').fill('2026-09');
    await ranking.getByRole('button', { name: 'Xếp hạng' }).click();
    await page.waitForURL(/period=2026-09/);
    const params = new URL(page.url()).searchParams;
    expect([params.get('unit'), params.get('from'), params.get('level')]).toEqual(['24781', '2026-01', 'COMMUNE']);
    await expect(page.getByTestId('ranking').locator('caption').textContent()).resolves.toBe(
      'Cấp xã, Tháng 09/2026: tốt nhất trước',
    );
    await expect(page.locator('#series-heading').textContent()).resolves.toContain('Phường Xuân Hương - Đà Lạt');
  });

  it('says which argument is wrong and still shows the other panels', async () => {
    await page.goto(`${webUrl}/indicators/${CODE}?period=2026-13`);
    await expect(page.locator('#ranking').getByRole('alert').textContent()).resolves.toContain('month must be 01-12');
    // The series panel streams in on its own (Suspense): wait for its chart before counting.
    const chart = page.locator('section[aria-labelledby="series-heading"] svg:visible');
    await chart.first().waitFor();
    await expect(chart.count()).resolves.toBe(1);
  });

  it('speaks English with ?lang=en and keeps it in links', async () => {
    await page.goto(`${webUrl}/indicators/${CODE}?lang=en`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Share of international visitors');
    await expect(page.locator('#definition-heading').textContent()).resolves.toBe('Definition');
    await expect(
      page.getByRole('link', { name: 'International tourist arrivals', exact: true }).getAttribute('href'),
    ).resolves.toBe('/indicators/TOU_VISITORS_INTL?lang=en');
    await expect(page.getByTestId('ranking').locator('caption').textContent()).resolves.toMatch(
      /^Commune, \w{3} \d{4}: best first$/,
    );
  });

  it('answers 404 for a code the catalog does not hold', async () => {
    for (const code of ['NO_SUCH_CODE', 'lowercase']) {
      const res = await fetch(`${webUrl}/indicators/${code}`, { headers: { cookie: await sessionCookie() } });
      const text = await res.text();
      expect(res.status, `${code}: ${text.replace(/<script[\s\S]*?<\/script>/g, '').slice(-600)}`).toBe(404);
    }
  });

  it('looks right on a phone and on a wide screen', async () => {
    for (const [width, height] of [
      [390, 844],
      [1920, 1080],
    ] as const) {
      const shot = await signedInPage(browser, { viewport: { width, height } });
      const errors = collectPageErrors(shot);
      await shot.goto(`${webUrl}/indicators/${CODE}`, { waitUntil: 'networkidle' });
      // Nothing wider than the screen but the tables, which scroll inside their own box.
      const overflow = await shot.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await shot.screenshot({ path: join(artifacts, `indicator-${width}x${height}.png`), fullPage: true });
      await shot.close();
      expect(errors).toEqual([]);
    }
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
