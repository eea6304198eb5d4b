// Debian's Chromium driven by playwright-core: no browser download, no network beyond this machine.
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { ANALYST, DEMO_PASSWORD } from './api';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Collects what a person would call a broken page: console errors, uncaught errors and 4xx/5xx responses. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  return errors;
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
const states = new Map<string, Promise<StorageState>>();

/** Signs in on the login page, like a person, and lands on the page it leads to. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 20_000 }),
    page.getByRole('button', { name: 'Đăng nhập' }).click(),
  ]);
}

/** The cookies of a demo account signed in through the login page, once per account and test file. */
function storageState(browser: Browser, username: string): Promise<StorageState> {
  let state = states.get(username);
  if (!state) {
    state = (async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${inject('webUrl')}/login`);
      await signIn(page, username);
      const saved = await context.storageState();
      await context.close();
      return saved;
    })();
    states.set(username, state);
  }
  return state;
}

/** A browser context signed in as a demo account (the analyst, who reads every unit, by default). */
export async function signedInContext(
  browser: Browser,
  options: BrowserContextOptions = {},
  username: string = ANALYST,
): Promise<BrowserContext> {
  return browser.newContext({ ...options, storageState: await storageState(browser, username) });
}

/** A page of a new context signed in as a demo account. */
export async function signedInPage(
  browser: Browser,
  options: BrowserContextOptions = {},
  username: string = ANALYST,
): Promise<Page> {
  return (await signedInContext(browser, options, username)).newPage();
}
