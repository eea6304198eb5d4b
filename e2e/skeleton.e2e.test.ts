// The walking skeleton, as a person uses it: the province page lists its communes; a click opens a commune; the
// pre-2025 edition drills province -> district -> commune; the catalog lists every indicator.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api } from './api';
import { collectPageErrors, launchBrowser, signedInPage } from './browser';

const webUrl = inject('webUrl');
const artifacts = join(import.meta.dirname, '..', 'test-results');

describe('walking skeleton in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    browser = await launchBrowser();
    page = await signedInPage(browser);
    consoleErrors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the province with the 124 communes the API lists, each a link', async () => {
    const data = await api<{ unit: { children: { code: string; fullName: string }[] } }>(
      '{ unit(code: "68") { children { code fullName } } }',
    );
    await page.goto(webUrl);
    await expect(page.locator('h1').textContent()).resolves.toBe('Tỉnh Lâm Đồng');
    const links = page.locator('section[aria-labelledby="children-heading"] tbody th a');
    await expect(links.count()).resolves.toBe(124);
    await expect(links.allTextContents()).resolves.toEqual(data.unit.children.map((c) => c.fullName));
    await expect(page.getByRole('note').textContent()).resolves.toContain('Dữ liệu minh họa');
  });

  it('clicks into a commune and shows it with its breadcrumbs', async () => {
    await page.goto(webUrl);
    await page.getByRole('link', { name: 'Phường Xuân Hương - Đà Lạt', exact: true }).click();
    await page.waitForURL('**/units/24781');
    await expect(page.locator('h1').textContent()).resolves.toBe('Phường Xuân Hương - Đà Lạt');
    await expect(page.locator('nav.breadcrumbs').textContent()).resolves.toContain('Tỉnh Lâm Đồng');
    await page.screenshot({ path: join(artifacts, 'commune-2025.png'), fullPage: true });
  });

  it('drills province -> district -> commune in the pre-2025 edition', async () => {
    await page.goto(`${webUrl}/?period=2025-06`);
    await expect(page.locator('section[aria-labelledby="children-heading"] tbody th a').count()).resolves.toBe(10);
    await page.getByRole('link', { name: 'Thành phố Đà Lạt', exact: true }).click();
    await page.waitForURL('**/units/672?period=2025-06');
    await expect(page.locator('h1').textContent()).resolves.toBe('Thành phố Đà Lạt');
    await page.getByRole('link', { name: 'Phường 1', exact: true }).click();
    await page.waitForURL('**/units/24784?period=2025-06');
    await expect(page.locator('h1').textContent()).resolves.toBe('Phường 1');
    const crumbs = await page.locator('nav.breadcrumbs li').allTextContents();
    expect(crumbs).toEqual(['Tỉnh Lâm Đồng', 'Thành phố Đà Lạt', 'Phường 1']);
  });

  it('follows the crosswalk from a new commune to the old communes it was formed from, and back', async () => {
    const data = await api<{ unit: { formedFrom: { code: string; fullName: string }[] } }>(
      '{ unit(code: "24781") { formedFrom { code fullName } } }',
    );
    expect(data.unit.formedFrom.length).toBeGreaterThan(1);
    await page.goto(`${webUrl}/units/24781`);
    const formed = page.locator('section[aria-labelledby="formed-heading"] a');
    await expect(formed.allTextContents()).resolves.toEqual(data.unit.formedFrom.map((c) => c.fullName));
    const first = data.unit.formedFrom[0] as { code: string; fullName: string };
    await formed.first().click();
    await page.waitForURL(`**/units/${first.code}?period=2025-06`);
    await expect(page.locator('h1').textContent()).resolves.toBe(first.fullName);
    await page.locator('section[aria-labelledby="merged-heading"] a').click();
    await page.waitForURL('**/units/24781');
    await expect(page.locator('h1').textContent()).resolves.toBe('Phường Xuân Hương - Đà Lạt');
  });

  it('says clearly when the period in the address is malformed', async () => {
    await page.goto(`${webUrl}/?period=2025-13`);
    await expect(page.locator('.error').textContent()).resolves.toContain('month must be 01-12');
  });

  it('lists the whole catalog', async () => {
    await page.goto(`${webUrl}/catalog`);
    await expect(page.locator('tbody tr').count()).resolves.toBe(283);
    await expect(page.getByRole('heading', { name: /Dịch vụ công trực tuyến/ }).count()).resolves.toBe(1);
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
