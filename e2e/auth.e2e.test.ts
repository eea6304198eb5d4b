// Signing in and out as a person does, and what each role may see: a wrong password is refused in Vietnamese (or
// English), empty fields are named, a signed-in reader comes back to the page asked for, an officer starts at their
// own unit and is told plainly that the province is not theirs.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectPageErrors, launchBrowser, signedInPage, signIn } from './browser';

const webUrl = inject('webUrl');

describe('login and logout in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
    consoleErrors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sends an anonymous visitor of a data page to the login page, and back after signing in', async () => {
    await page.goto(`${webUrl}/units/24781?sector=tourism`);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/units/24781?sector=tourism');
    await expect(page.locator('h1').textContent()).resolves.toBe('Đăng nhập');
    // The demo accounts are listed, marked as demo only.
    await expect(page.locator('#demo-accounts').textContent()).resolves.toMatch(/demo/);
  });

  it('names the empty fields in Vietnamese', async () => {
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.locator('#username-error').waitFor();
    await expect(page.locator('#username-error').textContent()).resolves.toBe('Vui lòng nhập tên đăng nhập');
    await expect(page.locator('#password-error').textContent()).resolves.toBe('Vui lòng nhập mật khẩu');
    await expect(page.getByLabel('Tên đăng nhập').getAttribute('aria-invalid')).resolves.toBe('true');
  });

  it('refuses a wrong password, in Vietnamese', async () => {
    await page.getByLabel('Tên đăng nhập').fill('lanhdao');
    await page.getByLabel('Mật khẩu').fill('not-the-password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').filter({ hasText: 'Sai tên đăng nhập hoặc mật khẩu' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('refuses it in English with ?lang=en', async () => {
    const en = await (await browser.newContext()).newPage();
    await en.goto(`${webUrl}/login?lang=en`);
    await en.getByLabel('Username').fill('lanhdao');
    await en.getByLabel('Password').fill('wrong');
    await en.getByRole('button', { name: 'Sign in' }).click();
    await en.getByRole('alert').filter({ hasText: 'Wrong username or password' }).waitFor();
    await en.context().close();
  });

  it('signs in and comes back to the page asked for, with the name and role in the top bar', async () => {
    await page.getByLabel('Tên đăng nhập').fill('lanhdao');
    await page.getByLabel('Mật khẩu').fill('demo-2026');
    await Promise.all([
      page.waitForURL(`${webUrl}/units/24781?sector=tourism`),
      page.getByRole('button', { name: 'Đăng nhập' }).click(),
    ]);
    await expect(page.locator('header.topbar .account-name').textContent()).resolves.toBe(
      'Lãnh đạo UBND tỉnh (demo) · Lãnh đạo',
    );
    const cookie = (await page.context().cookies()).find((c) => c.name === 'ioc_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', secure: false });
    // The page has finished streaming (no panel still loading), as a person would see it before signing out: a panel
    // arriving after the sign-out (the ward's cameras) would ask for its pictures without a session.
    await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
    expect(cookie?.value).toMatch(/^ioc_s_/);
  });

  it('signs out: the cookie is gone and data pages ask for a sign-in again', async () => {
    await Promise.all([page.waitForURL(/\/login$/), page.getByRole('button', { name: 'Đăng xuất' }).click()]);
    expect((await page.context().cookies()).some((c) => c.name === 'ioc_session')).toBe(false);
    await page.goto(webUrl);
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('keeps the catalog public', async () => {
    await page.goto(`${webUrl}/catalog`);
    expect(new URL(page.url()).pathname).toBe('/catalog');
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});

describe('an officer in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await signedInPage(browser, {}, 'canbo.xuanhuong');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts at their own unit instead of the province', async () => {
    await page.goto(webUrl);
    expect(new URL(page.url()).pathname).toBe('/units/24781');
    await expect(page.locator('h1').textContent()).resolves.toBe('Phường Xuân Hương - Đà Lạt');
    await expect(page.locator('header.topbar .account-role').textContent()).resolves.toBe('Cán bộ');
  });

  it('is told plainly that the province is not theirs', async () => {
    const errors = collectPageErrors(page);
    await page.goto(`${webUrl}/units/68`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Bạn không có quyền xem đơn vị này');
    await expect(page.getByRole('link', { name: 'Về trang Phường Xuân Hương - Đà Lạt' }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });

  it('reads an indicator at their own ward: its series, the ranking of what they see, no refusal', async () => {
    const errors = collectPageErrors(page);
    await page.goto(`${webUrl}/indicators/POP_BIRTHS`);
    const heading = page.locator('#series-heading');
    await heading.waitFor();
    await expect(heading.textContent()).resolves.toContain('Phường Xuân Hương - Đà Lạt');
    await page.locator('#ranking').waitFor();
    // Panel errors only (Next's route announcer is an empty role="alert" too).
    await expect(page.locator('.error[role="alert"]').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('signs in through the login page with ?next= like anyone', async () => {
    const other = await (await browser.newContext()).newPage();
    await other.goto(`${webUrl}/login?next=/alerts`);
    await signIn(other, 'canbo.xuanhuong');
    expect(new URL(other.url()).pathname).toBe('/alerts');
    await other.context().close();
  });
});

describe('an administrator in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds the audit log in the navigation, with the sign-ins in it', async () => {
    const page = await signedInPage(browser, {}, 'quantri');
    const errors = collectPageErrors(page);
    await page.goto(`${webUrl}/catalog`);
    await Promise.all([
      page.waitForURL(`${webUrl}/audit`),
      page.getByRole('link', { name: 'Nhật ký kiểm toán' }).click(),
    ]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Nhật ký kiểm toán');
    await expect(page.locator('tbody tr').count()).resolves.toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('is the only one: a leader is told the page is not for them', async () => {
    const page = await signedInPage(browser, {}, 'lanhdao');
    await page.goto(`${webUrl}/catalog`);
    await expect(page.getByRole('link', { name: 'Nhật ký kiểm toán' }).count()).resolves.toBe(0);
    await page.goto(`${webUrl}/audit`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Trang này chỉ dành cho quản trị viên');
  });
});
