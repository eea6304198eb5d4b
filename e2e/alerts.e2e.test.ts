// The alert workflow as the people in it use it, each in their own browser: the leader opens an alert of Phường Xuân
// Hương from the inbox and gives a directive (after the form named what was missing, in Vietnamese); the ward's
// officer, whose open alert page shows the directive without a reload, finds it in their inbox and explains; the
// leader accepts; the alert page shows the whole thread in order.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectPageErrors, launchBrowser, signedInContext } from './browser';

const webUrl = inject('webUrl');
const artifacts = join(import.meta.dirname, '..', 'test-results');

const UNIT = '24781';
const LEADER = 'lanhdao';
const OFFICER = 'canbo.xuanhuong';

/** A day in Vietnam `days` from today, as the date field takes it. */
function vietnamDay(days: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

const threadKinds = (page: Page) =>
  page.locator('#thread > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-kind')));

describe('the alert workflow in Chromium', () => {
  let browser: Browser;
  let leaderContext: BrowserContext;
  let officerContext: BrowserContext;
  let leader: Page;
  let officer: Page;
  let alertPath = '';
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    browser = await launchBrowser();
    leaderContext = await signedInContext(browser, {}, LEADER);
    officerContext = await signedInContext(browser, {}, OFFICER);
    leader = await leaderContext.newPage();
    officer = await officerContext.newPage();
    for (const page of [leader, officer]) {
      const errors = collectPageErrors(page);
      page.on('close', () => consoleErrors.push(...errors));
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the leader finds an open alert of the ward in the inbox, without a directive yet', async () => {
    await leader.goto(`${webUrl}/alerts`);
    await expect(leader.locator('h1').textContent()).resolves.toBe('Cảnh báo');
    await leader.getByLabel('Mã đơn vị').fill(UNIT);
    await Promise.all([
      leader.waitForURL((url) => url.searchParams.get('unit') === UNIT),
      leader.getByRole('button', { name: 'Lọc', exact: true }).click(),
    ]);
    const row = leader.locator(`tbody tr[data-unit="${UNIT}"]`).filter({ hasText: 'Chưa có chỉ đạo' }).first();
    await expect(row.count()).resolves.toBe(1);
    await leader.screenshot({ path: join(artifacts, 'alerts-inbox.png'), fullPage: true });
    const link = row.locator('th a');
    alertPath = new URL((await link.getAttribute('href')) ?? '', webUrl).pathname;
    await Promise.all([leader.waitForURL(`${webUrl}${alertPath}`), link.click()]);
    await expect(threadKinds(leader)).resolves.toEqual(['RAISED']);
    await expect(leader.getByRole('link', { name: 'Phường Xuân Hương - Đà Lạt' }).count()).resolves.toBe(1);
  });

  it('the officer watches the same alert, with nothing to do yet', async () => {
    await officer.goto(`${webUrl}${alertPath}`);
    await expect(threadKinds(officer)).resolves.toEqual(['RAISED']);
    await expect(officer.getByRole('heading', { name: 'Gửi giải trình' }).count()).resolves.toBe(0);
    await officer.locator('[role="status"][data-state="live"]').waitFor({ timeout: 15_000 });
    await officer.evaluate(() => {
      (window as unknown as { liveMarker: string }).liveMarker = 'same document';
    });
  });

  it('an empty directive, or one due yesterday, is named in Vietnamese beside its fields', async () => {
    const form = leader.locator('form[aria-labelledby="directive-title"]');
    await form.getByRole('button', { name: 'Giao chỉ đạo' }).click();
    await leader.locator('#directive-message-error').waitFor();
    await expect(leader.locator('#directive-message-error').textContent()).resolves.toBe(
      'Vui lòng nhập nội dung chỉ đạo',
    );
    await expect(leader.locator('#directive-deadline-error').textContent()).resolves.toBe(
      'Vui lòng chọn hạn giải trình',
    );
    await leader.getByLabel('Nội dung chỉ đạo').fill('Báo cáo nguyên nhân và giải pháp');
    await leader.getByLabel('Hạn giải trình').fill(vietnamDay(-1));
    await form.getByRole('button', { name: 'Giao chỉ đạo' }).click();
    await leader.getByText('Hạn giải trình phải từ hôm nay trở đi').waitFor();
    // What was typed stays; nothing was recorded.
    await expect(leader.getByLabel('Nội dung chỉ đạo').inputValue()).resolves.toBe('Báo cáo nguyên nhân và giải pháp');
    await expect(threadKinds(leader)).resolves.toEqual(['RAISED']);
  });

  it('the leader gives a directive and the thread shows it', async () => {
    await leader.getByLabel('Hạn giải trình').fill(vietnamDay(7));
    await leader
      .locator('form[aria-labelledby="directive-title"]')
      .getByRole('button', { name: 'Giao chỉ đạo' })
      .click();
    await leader.locator('#thread > li[data-kind="DIRECTIVE"]').waitFor();
    await expect(leader.locator('#thread > li[data-kind="DIRECTIVE"]').textContent()).resolves.toContain(
      'Báo cáo nguyên nhân và giải pháp',
    );
    // A directive is running: no second one is offered.
    await expect(leader.locator('form[aria-labelledby="directive-title"]').count()).resolves.toBe(0);
  });

  it("shows the directive on the officer's open page without a reload", async () => {
    await officer.locator('#thread > li[data-kind="DIRECTIVE"]').waitFor({ timeout: 15_000 });
    await officer.getByRole('heading', { name: 'Gửi giải trình' }).waitFor();
    await expect(officer.evaluate(() => (window as unknown as { liveMarker?: string }).liveMarker)).resolves.toBe(
      'same document',
    );
  });

  it('the officer finds it in the inbox, awaiting explanation, and explains', async () => {
    await officer.goto(`${webUrl}/alerts?awaiting=1`);
    const link = officer.locator(`a[href="${alertPath}"]`);
    await expect(link.count()).resolves.toBe(1);
    await Promise.all([officer.waitForURL(`${webUrl}${alertPath}`), link.click()]);
    const form = officer.locator('form[aria-labelledby="explain-title"]');
    await form.getByRole('button', { name: 'Gửi giải trình' }).click();
    await expect(officer.locator('#explanation-error').textContent()).resolves.toBe(
      'Vui lòng nhập nội dung giải trình',
    );
    await officer.getByLabel('Nội dung giải trình').fill('Lượng khách giảm do mưa bão kéo dài.');
    await officer.getByLabel('Kế hoạch khắc phục').fill('Tổ chức lễ hội hoa vào tháng tới.');
    await form.getByRole('button', { name: 'Gửi giải trình' }).click();
    await officer.locator('#thread > li[data-kind="EXPLANATION"]').waitFor();
    await expect(officer.locator('#thread > li[data-kind="EXPLANATION"]').textContent()).resolves.toContain(
      'Tổ chức lễ hội hoa vào tháng tới.',
    );
  });

  it('the leader accepts, and the page shows the whole thread in order with its authors', async () => {
    await leader.reload();
    await leader.getByRole('button', { name: 'Chấp nhận' }).click();
    await leader.locator('#thread > li[data-kind="ACCEPTED"]').waitFor();
    const kinds = await threadKinds(leader);
    expect(kinds).toEqual(['RAISED', 'DIRECTIVE', 'EXPLANATION', 'ACCEPTED']);
    const thread = await leader.locator('#thread').textContent();
    expect(thread).toContain('Lãnh đạo UBND tỉnh (demo)');
    expect(thread).toContain('Lượng khách giảm do mưa bão kéo dài.');
    await leader.screenshot({ path: join(artifacts, 'alert-thread.png'), fullPage: true });
  });

  it("the ward's page counts its alerts, linking to the inbox filtered to it", async () => {
    await leader.goto(`${webUrl}/units/${UNIT}`);
    const open = leader.locator('#alert-counts a[data-count="open"]');
    await expect(open.getAttribute('href')).resolves.toBe(`/alerts?unit=${UNIT}`);
    expect(Number(await open.locator('strong').textContent())).toBeGreaterThan(0);
    await Promise.all([leader.waitForURL(`${webUrl}/alerts?unit=${UNIT}`), open.click()]);
    await expect(leader.getByLabel('Mã đơn vị').inputValue()).resolves.toBe(UNIT);
  });

  it('logged no console errors', async () => {
    await leader.close();
    await officer.close();
    expect(consoleErrors).toEqual([]);
  });
});
