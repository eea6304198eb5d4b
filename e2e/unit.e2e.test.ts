// The unit pages as a person uses them: the province's tiles and communes; a pre-2025 month chosen in the picker,
// then a click into a district and one of its communes; a sector tab, a sort by a key indicator and a click into a
// commune of the current edition; a day chosen in the picker; English. Every tile shows what the API answers,
// formatted by the web's own format.ts, and no page logs a console error.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatChange, formatNumber, formatPeriod } from '../web/src/lib/format';
import { api } from './api';
import { collectPageErrors, launchBrowser, signedInPage } from './browser';

const webUrl = inject('webUrl');

type Value = {
  indicator: { code: string };
  period: string;
  value: number | null;
  change: number | null;
  status: string;
};
type Sector = { code: string; name: string; nameEn: string; indicators: { code: string; key: boolean }[] };

const VALUE_FIELDS = 'indicator { code } period value change status';

const STATUS_VI: Record<string, string> = {
  ACHIEVED: 'Đạt',
  WARNING: 'Cảnh báo',
  NOT_ACHIEVED: 'Không đạt',
  NO_DATA: 'Chưa có số liệu',
  NO_TARGET: 'Chưa giao chỉ tiêu',
  AT_RISK: 'Có nguy cơ không đạt',
};

/** What each tile shows, read from the page: value, period, change and status (its colour and its word). */
const shownTiles = (page: Page) =>
  page.locator('article[data-indicator]').evaluateAll((tiles) =>
    tiles.map((t) => {
      const badge = t.querySelector('[data-part="period"] ~ [data-status]');
      return {
        code: (t as HTMLElement).dataset.indicator,
        value: t.querySelector('data')?.textContent,
        period: t.querySelector('[data-part="period"]')?.textContent,
        change: t.querySelector('[data-part="change"]')?.textContent ?? null,
        status: (t as HTMLElement).dataset.status,
        statusWord: badge?.textContent ?? null,
      };
    }),
  );

/** The same, from the API's values, formatted as the page formats them. */
const expectedTiles = (values: Value[]) =>
  values.map((v) => ({
    code: v.indicator.code,
    value: formatNumber('vi', v.value),
    period: formatPeriod('vi', v.period),
    change: v.change === null ? null : formatChange('vi', v.change),
    status: v.status,
    statusWord: STATUS_VI[v.status],
  }));

const byCode = <T extends { code?: string }>(rows: T[]) =>
  [...rows].sort((a, b) => String(a.code).localeCompare(String(b.code)));

async function expectTilesAsApi(page: Page, values: Value[]) {
  expect(values.length).toBeGreaterThan(0);
  await page.locator('article[data-indicator]').first().waitFor();
  expect(byCode(await shownTiles(page))).toEqual(byCode(expectedTiles(values)));
}

const childLinks = (page: Page) => page.locator('section[aria-labelledby="children-heading"] tbody th a');

describe('unit pages in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[] = [];
  let sectors: Sector[] = [];
  let keys: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await signedInPage(browser, { viewport: { width: 1280, height: 900 } });
    consoleErrors = collectPageErrors(page);
    ({ sectors } = await api<{ sectors: Sector[] }>('{ sectors { code name nameEn indicators { code key } } }'));
    keys = sectors.flatMap((s) => s.indicators.filter((i) => i.key).map((i) => i.code));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the province's key indicators as the API gives them, and its 124 communes as links", async () => {
    const data = await api<{ unit: { latestValues: Value[]; children: { fullName: string }[] } }>(
      `query ($keys: [IndicatorCode!]) { unit(code: "68") {
        latestValues(indicators: $keys) { ${VALUE_FIELDS} } children { fullName } } }`,
      { keys },
    );
    await page.goto(webUrl);
    await expect(page.locator('h1').textContent()).resolves.toBe('Tỉnh Lâm Đồng');
    await expectTilesAsApi(page, data.unit.latestValues);
    await expect(childLinks(page).allTextContents()).resolves.toEqual(data.unit.children.map((c) => c.fullName));
    // One tab per sector of the catalog, after the overview.
    const tabs = page.getByRole('navigation', { name: 'Lĩnh vực' }).getByRole('link');
    await expect(tabs.allTextContents()).resolves.toEqual(['Tổng quan', ...sectors.map((s) => s.name)]);
  });

  it('picks December 2024 in the picker, then drills province -> district -> commune in that edition', async () => {
    const values = (code: string) =>
      api<{ unit: { values: Value[] } }>(
        `query ($code: String!, $keys: [IndicatorCode!]) { unit(code: $code, period: "2024-12") {
          values(period: "2024-12", indicators: $keys) { ${VALUE_FIELDS} } } }`,
        { code, keys },
      );
    await page.goto(webUrl);
    await page.getByLabel('Hoặc tổng hợp theo kỳ').selectOption('2024-12');
    await page.getByRole('button', { name: 'Xem kỳ' }).click();
    await page.waitForURL(`${webUrl}/?period=2024-12`);
    await expect(page.locator('.meta').first().textContent()).resolves.toContain('Tháng 12/2024');
    await expect(childLinks(page).count()).resolves.toBe(10);
    await expectTilesAsApi(page, (await values('68')).unit.values);

    await page.getByRole('link', { name: 'Thành phố Đà Lạt', exact: true }).click();
    await page.waitForURL('**/units/672?period=2024-12');
    await expect(page.locator('h1').textContent()).resolves.toBe('Thành phố Đà Lạt');
    await expectTilesAsApi(page, (await values('672')).unit.values);

    await page.getByRole('link', { name: 'Phường 1', exact: true }).click();
    await page.waitForURL('**/units/24784?period=2024-12');
    await expect(page.locator('h1').textContent()).resolves.toBe('Phường 1');
    await expect(page.locator('nav.breadcrumbs li').allTextContents()).resolves.toEqual([
      'Tỉnh Lâm Đồng',
      'Thành phố Đà Lạt',
      'Phường 1',
    ]);
    await expectTilesAsApi(page, (await values('24784')).unit.values);
    // A commune has no children table.
    await expect(page.locator('section[aria-labelledby="children-heading"]').count()).resolves.toBe(0);
  });

  it('opens a sector tab, sorts the communes by a key indicator and clicks into a commune of today', async () => {
    const tourism = await api<{
      unit: { latestValues: Value[]; children: { code: string; fullName: string; latestValues: Value[] }[] };
    }>(`{ unit(code: "68") { latestValues(sector: TOURISM) { ${VALUE_FIELDS} }
      children { code fullName latestValues(indicators: [TOU_VISITORS]) { value } } } }`);
    await page.goto(webUrl);
    await page
      .getByRole('navigation', { name: 'Lĩnh vực' })
      .getByRole('link', { name: 'Văn hóa, thể thao và du lịch', exact: true })
      .click();
    await page.waitForURL(`${webUrl}/?sector=tourism`);
    // A tab is a client-side navigation: the address changes first, then the panels stream in.
    await page.locator('#tiles-heading', { hasText: 'Văn hóa, thể thao và du lịch' }).waitFor();
    await expectTilesAsApi(page, tourism.unit.latestValues);

    // The table's columns are the sector's key indicators; a click on one sorts by it, largest first, on the server.
    await page
      .getByRole('columnheader', { name: /Tổng lượt khách du lịch/ })
      .getByRole('link')
      .click();
    await page.waitForURL(`${webUrl}/?sector=tourism&sort=TOU_VISITORS&dir=desc`);
    const sortedBy = (dir: string) =>
      page.locator(`th[aria-sort="${dir}"]`, { hasText: 'Tổng lượt khách du lịch' }).waitFor();
    await sortedBy('descending');
    // Missing values last either way.
    const sorted = (sign: number) =>
      [...tourism.unit.children]
        .sort((a, b) => {
          const [x, y] = [a.latestValues[0]?.value ?? null, b.latestValues[0]?.value ?? null];
          return x === null || y === null ? Number(x === null) - Number(y === null) : sign * (x - y);
        })
        .map((c) => c.fullName);
    const expected = sorted(-1);
    await expect(childLinks(page).allTextContents()).resolves.toEqual(expected);
    // A second click turns it around.
    await page
      .getByRole('columnheader', { name: /Tổng lượt khách du lịch/ })
      .getByRole('link')
      .click();
    await page.waitForURL(`${webUrl}/?sector=tourism&sort=TOU_VISITORS&dir=asc`);
    await sortedBy('ascending');
    await expect(childLinks(page).allTextContents()).resolves.toEqual(sorted(1));

    // The link one level down keeps the tab.
    const top = tourism.unit.children.find((c) => c.fullName === sorted(1)[0]);
    if (!top) throw new Error('no commune');
    await page.getByRole('link', { name: top.fullName, exact: true }).click();
    await page.waitForURL(`${webUrl}/units/${top.code}?sector=tourism&sort=TOU_VISITORS&dir=asc`);
    await expect(page.locator('h1').textContent()).resolves.toBe(top.fullName);
    const commune = await api<{ unit: { latestValues: Value[] } }>(
      `query ($code: String!) { unit(code: $code) { latestValues(sector: TOURISM) { ${VALUE_FIELDS} } } }`,
      { code: top.code },
    );
    await expectTilesAsApi(page, commune.unit.latestValues);
    await expect(page.locator('nav.breadcrumbs li').allTextContents()).resolves.toEqual([
      'Tỉnh Lâm Đồng',
      top.fullName,
    ]);
  });

  it('picks a day before the reform: every indicator at its latest period by then, in that edition', async () => {
    const data = await api<{ unit: { latestValues: Value[]; children: unknown[] } }>(
      `{ unit(code: "68", period: "2025-03-15") {
        latestValues(asOf: "2025-03-15", sector: EDUCATION) { ${VALUE_FIELDS} } children { code } } }`,
    );
    await page.goto(`${webUrl}/?sector=education`);
    await page.getByLabel('Số liệu mới nhất đến ngày').fill('2025-03-15');
    await page.getByRole('button', { name: 'Xem đến ngày' }).click();
    await page.waitForURL(`${webUrl}/?asOf=2025-03-15&sector=education`);
    await expectTilesAsApi(page, data.unit.latestValues);
    await expect(childLinks(page).count()).resolves.toBe(data.unit.children.length);
    // The picker offers only the frequencies of the sector's indicators: education is yearly.
    const groups = await page.locator('#period optgroup').evaluateAll((gs) => gs.map((g) => g.getAttribute('label')));
    expect(groups).toEqual(['Năm']);
  });

  it('speaks English with ?lang=en: catalog names, English number format, links keeping the language', async () => {
    const data = await api<{
      unit: { latestValues: { indicator: { code: string; nameEn: string }; value: number }[] };
    }>('{ unit(code: "68") { latestValues(sector: TOURISM) { indicator { code nameEn } value } } }');
    await page.goto(`${webUrl}/?sector=tourism&lang=en`);
    const tourism = sectors.find((s) => s.code === 'TOURISM');
    await expect(page.locator('#tiles-heading').textContent()).resolves.toBe(tourism?.nameEn);
    for (const v of data.unit.latestValues) {
      const tile = page.locator(`article[data-indicator="${v.indicator.code}"]`);
      await expect(tile.locator('h3').textContent()).resolves.toBe(v.indicator.nameEn);
      await expect(tile.locator('data').textContent()).resolves.toBe(formatNumber('en', v.value));
    }
    await childLinks(page).first().click();
    await page.waitForURL(/\/units\/\d+\?sector=tourism&lang=en$/);
    await expect(page.locator('#tiles-heading').textContent()).resolves.toBe(tourism?.nameEn);
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
