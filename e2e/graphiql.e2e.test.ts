// GraphiQL at /graphiql, as a person uses it: the editor loads from this machine only, the default query runs through
// the web app's same-origin proxy to the API, and the answer shows the province; other pages never load GraphiQL.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectPageErrors, launchBrowser, signedInPage } from './browser';

const webUrl = inject('webUrl');
const artifacts = join(import.meta.dirname, '..', 'test-results');

describe('GraphiQL in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[] = [];
  const requests: string[] = [];
  const proxied: string[] = [];

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    browser = await launchBrowser();
    page = await signedInPage(browser);
    consoleErrors = collectPageErrors(page);
    // Every request, workers' included (Chromium reports them on the page), so a CDN fetch cannot hide.
    page.on('request', (r) => requests.push(r.url()));
    page.on('worker', (w) => requests.push(w.url()));
    page.on('response', (r) => {
      if (r.url() === `${webUrl}/graphiql/api`) proxied.push(`${r.status()} ${r.request().postData()?.slice(0, 40)}`);
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('runs the default query through the proxy and shows the province', async () => {
    await page.goto(`${webUrl}/graphiql`);
    await expect(page.title()).resolves.toBe('GraphiQL — IOC Lâm Đồng');
    await expect(page.locator('header.topbar').count()).resolves.toBe(1);
    // The query editor is Monaco: wait until it shows the default query.
    await page.locator('.graphiql-query-editor .view-lines').getByText('tourism').waitFor({ timeout: 30_000 });
    const proxied = page.waitForResponse(
      (r) => r.url() === `${webUrl}/graphiql/api` && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: /^Execute query/ }).click();
    const response = await proxied;
    expect(response.status()).toBe(200);
    // Monaco renders spaces as non-breaking ones: compare the response pane's text with them normalized.
    await page.waitForFunction(
      () =>
        document
          .querySelector('.result-window')
          ?.textContent?.replace(/\u00a0/g, ' ')
          .includes('Tỉnh Lâm Đồng'),
      undefined,
      { timeout: 15_000 },
    );
    const result = (await page.locator('.result-window').textContent())?.replace(/\u00a0/g, ' ');
    expect(result).toContain('"fullName": "Tỉnh Lâm Đồng"');
    expect(result).toContain('"touVisitors"');
    await page.screenshot({ path: join(artifacts, 'graphiql.png') });
  });

  it('loaded the schema through the proxy, for the editor and the docs', () => {
    expect(proxied.some((p) => p.startsWith('200') && p.includes('IntrospectionQuery'))).toBe(true);
  });

  it('also runs with Ctrl+Enter in the editor', async () => {
    await page.locator('.graphiql-query-editor .view-lines').click();
    const proxied = page.waitForResponse((r) => r.url() === `${webUrl}/graphiql/api`);
    await page.keyboard.press('Control+Enter');
    await expect(proxied.then((r) => r.status())).resolves.toBe(200);
  });

  it('keeps GraphiQL out of the other pages', async () => {
    const scripts: string[] = [];
    const other = await signedInPage(browser);
    other.on('response', async (r) => {
      if (r.request().resourceType() === 'script') scripts.push(await r.text());
    });
    await other.goto(`${webUrl}/catalog`, { waitUntil: 'networkidle' });
    await other.close();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => /monaco|graphiql-execute-button/i.test(s))).toEqual([]);
  });

  it('sent no request beyond 127.0.0.1', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => new URL(u).hostname !== '127.0.0.1')).toEqual([]);
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
