// Accessibility and small screens: axe-core finds no serious or critical violation on the main pages (in both
// languages for the province); on a 390 px phone the page itself never scrolls sideways; screenshots of the province
// and a commune on a phone and a full-HD screen, and of the wall display, go to test-results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectPageErrors, launchBrowser, signedInContext } from './browser';

const webUrl = inject('webUrl');
const artifacts = join(import.meta.dirname, '..', 'test-results');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const PAGES: [name: string, path: string][] = [
  ['province', '/'],
  ['province, in English', '/?lang=en'],
  ['commune', '/units/24778'],
  ['pre-2025 district', '/units/672?period=2024-12'],
  ['catalog', '/catalog'],
  ['indicator', '/indicators/TOU_VISITORS'],
  ['live value', '/live/24778?indicator=TOU_VISITORS'],
];

interface AxeNode {
  target: string[];
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/** The page as served and settled: its data loaded and its charts drawn (a live page keeps a socket open). */
async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(`${webUrl}${path}`, { waitUntil: 'networkidle' });
  expect(response?.status(), path).toBe(200);
}

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  // Only violations are read: axe then keeps one node per passing rule instead of every node (the same violations,
  // found in half the time on the larger pages).
  const { violations } = await page.evaluate(() =>
    (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe.run(document, { resultTypes: ['violations'] }),
  );
  return violations;
}

/** One line per serious or critical violation: rule, impact, what it asks, and where (CSS selectors). */
const serious = (violations: AxeViolation[]) =>
  violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);

describe('accessibility and small screens in Chromium', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const consoleErrors: string[] = [];
  const report: Record<string, AxeViolation[]> = {};

  async function newPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
    const context = await signedInContext(browser, options);
    contexts.push(context);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    page.on('close', () => consoleErrors.push(...errors));
    return page;
  }

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    // Every violation, minor ones included, for whoever fixes them.
    writeFileSync(join(artifacts, 'a11y.json'), `${JSON.stringify(report, null, 2)}\n`);
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  for (const [name, path] of PAGES) {
    it(`finds no serious or critical violation on the ${name} page (${path})`, async () => {
      const page = await newPage({ viewport: { width: 1280, height: 900 } });
      await open(page, path);
      const violations = await axeViolations(page);
      report[path] = violations;
      expect(serious(violations)).toEqual([]);
      await page.close();
    });
  }

  const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
  const fullHd = { viewport: { width: 1920, height: 1080 } };

  for (const [name, path] of [
    ['province', '/'],
    ['commune', '/units/24778'],
  ] as const) {
    it(`fits a 390 px phone without sideways scrolling: ${name}`, async () => {
      const page = await newPage(phone);
      await open(page, path);
      await page.screenshot({ path: join(artifacts, `${name}-390.png`), fullPage: true });
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        // What sticks out, for the message: elements wider than the screen that are not inside a scroll box.
        wide: Array.from(document.querySelectorAll('body *'))
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-scroll'))
          .slice(0, 5)
          .map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(' ').join('.')}` : ''}`),
      }));
      expect(widths.page, `wider than the screen: ${widths.wide.join(', ')}`).toBeLessThanOrEqual(390);
      await page.close();
    });

    it(`shows the ${name} page on a full-HD screen`, async () => {
      const page = await newPage(fullHd);
      await open(page, path);
      await page.screenshot({ path: join(artifacts, `${name}-1920.png`), fullPage: true });
      await page.close();
    });
  }

  it('shows the wall display on a full-HD screen', async () => {
    const page = await newPage(fullHd);
    await open(page, '/?display=wall');
    await page.screenshot({ path: join(artifacts, 'province-wall-1920.png') });
    await page.close();
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
