// The catalog as its maintainers and API developers use it: search by a Vietnamese name typed without diacritics,
// filter by sector, frequency and source, click into an indicator; the state lives in the URL, so the same form
// works without JavaScript, and English names and codes are found too.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectPageErrors, launchBrowser } from './browser';

const webUrl = inject('webUrl');

const codes = (page: Page) =>
  page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));

describe('catalog in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
    consoleErrors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('searches without diacritics and filters by sector, like a person', async () => {
    await page.goto(`${webUrl}/catalog`);
    await expect(page.locator('tbody tr').count()).resolves.toBe(283);
    await page.getByRole('searchbox', { name: 'Tìm chỉ tiêu' }).pressSequentially('khach quoc te', { delay: 20 });
    await page.getByLabel('Lĩnh vực').selectOption({ label: 'Văn hóa, thể thao và du lịch' });
    await page.getByRole('searchbox', { name: 'Tìm chỉ tiêu' }).press('Enter');
    await page.waitForURL(/\/catalog\?.*q=khach\+quoc\+te/);
    expect(new URL(page.url()).searchParams.get('sector')).toBe('TOURISM');
    const found = await codes(page);
    expect(found).toEqual(expect.arrayContaining(['TOU_VISITORS_INTL', 'TOU_INTL_SHARE', 'TOU_INTL_CHECKIN_DAY']));
    expect(found.every((c) => c?.startsWith('TOU_'))).toBe(true);
    await expect(page.locator('section h2').allTextContents()).resolves.toEqual([
      'Văn hóa, thể thao và du lịch (Culture, sport and tourism)',
    ]);
    await expect(page.getByTestId('catalog-count').textContent()).resolves.toBe(
      `${found.length} / 283 chỉ tiêu khớp bộ lọc.`,
    );
  });

  it('narrows by frequency and source, keeping the search', async () => {
    await page.getByLabel('Tần suất').selectOption({ label: 'Tháng' });
    await page.getByLabel('Nguồn').selectOption({ label: 'Công thức' });
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/frequency=MONTH/);
    const params = new URL(page.url()).searchParams;
    expect([params.get('q'), params.get('sector'), params.get('source')]).toEqual([
      'khach quoc te',
      'TOURISM',
      'FORMULA',
    ]);
    await expect(codes(page)).resolves.toContain('TOU_INTL_SHARE');
    const cells = await page.locator('tbody tr td:nth-child(4), tbody tr td:nth-child(6)').allTextContents();
    expect(new Set(cells)).toEqual(new Set(['Tháng', 'Công thức']));
  });

  it('clicks into an indicator', async () => {
    await page.getByRole('link', { name: 'Tỷ lệ khách du lịch quốc tế', exact: true }).click();
    await page.waitForURL('**/indicators/TOU_INTL_SHARE');
    await expect(page.locator('h1').textContent()).resolves.toBe('Tỷ lệ khách du lịch quốc tế');
  });

  it('finds English names and codes, in English', async () => {
    await page.goto(`${webUrl}/catalog?lang=en`);
    await page.getByRole('searchbox', { name: 'Search indicators' }).fill('international visitors');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/lang=en.*q=international/);
    await expect(codes(page)).resolves.toContain('TOU_INTL_SHARE');
    await expect(
      page.getByRole('link', { name: 'Share of international visitors' }).getAttribute('href'),
    ).resolves.toBe('/indicators/TOU_INTL_SHARE?lang=en');
    await page.goto(`${webUrl}/catalog?q=tou_visitors_yoy`);
    await expect(codes(page)).resolves.toEqual(['TOU_VISITORS_YOY']);
  });

  it('works without JavaScript: the form is a plain GET', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${webUrl}/catalog`);
    await noJs.getByLabel('Cấp').selectOption('PROVINCE');
    await noJs.getByRole('searchbox', { name: 'Tìm chỉ tiêu' }).fill('dan so trung binh');
    await noJs.getByRole('button', { name: 'Lọc' }).click();
    await noJs.waitForURL(/level=PROVINCE/);
    await expect(codes(noJs)).resolves.toContain('POP_TOTAL');
    await context.close();
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
