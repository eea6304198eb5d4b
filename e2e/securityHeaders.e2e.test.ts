// The web app's security headers and what they must not break: every page carries a Content-Security-Policy whose
// nonce is on each of its scripts, refuses to be framed and keeps its referrer to itself; a live page still opens the
// API's WebSocket under that policy; and text a user stored (a directive) shows as text, never as markup.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, sessionCookie } from './api';
import { collectPageErrors, launchBrowser, signedInPage } from './browser';

const webUrl = inject('webUrl');
const API_PORT = new URL(inject('apiUrl')).port;
const LEADER = 'lanhdao';
const HOSTILE = '<img src=x onerror=alert(1)> <script>alert(2)</script> "quoted" & done';

/** The directives of a policy by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

describe('security headers', () => {
  it('sends a nonce-based policy on a page, with the nonce on every script, and the other headers', async () => {
    const response = await fetch(`${webUrl}/units/68`, { headers: { cookie: await sessionCookie() } });
    expect(response.status).toBe(200);
    const policy = response.headers.get('content-security-policy') ?? '';
    const csp = directives(policy);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    // Camera streams: hls.js plays a MediaSource (blob:) and transmuxes in a blob: worker; pictures come through here.
    expect(csp.get('media-src')).toEqual(["'self'", 'blob:']);
    expect(csp.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(csp.get('connect-src')).toEqual(["'self'", `ws://127.0.0.1:${API_PORT}`, `wss://127.0.0.1:${API_PORT}`]);
    const scriptSrc = csp.get('script-src') ?? [];
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    const nonce = /^'nonce-([A-Za-z0-9+/=]{16,})'$/.exec(scriptSrc.find((s) => s.startsWith("'nonce-")) ?? '')?.[1];
    expect(nonce, policy).toBeTruthy();

    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
  });

  it('sends the plain headers with static files too', async () => {
    const response = await fetch(`${webUrl}/icon.svg`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('under the policy, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a live page still connects to the API', async () => {
    const page = await signedInPage(browser);
    const errors = collectPageErrors(page);
    await page.goto(`${webUrl}/live/24781?indicator=TOU_VISITORS&period=2025-08`);
    await page.locator('[role="status"][data-state="live"]').waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
  });

  it('shows a directive written as markup as plain text', async () => {
    // An open alert without a directive, outside the ward the alert workflow test works on.
    const { alerts } = await api<{
      alerts: { edges: { node: { id: string; unit: { code: string }; directive: { id: string } | null } }[] };
    }>('{ alerts(state: OPEN, first: 100) { edges { node { id unit { code } directive { id } } } } }', {}, LEADER);
    const alert = alerts.edges.map((e) => e.node).find((a) => !a.directive && a.unit.code !== '24781');
    if (!alert) throw new Error('no open alert without a directive in the demo data');
    const deadline = new Date(Date.now() + 7 * 3_600_000 + 7 * 86_400_000).toISOString().slice(0, 10);
    await api(
      'mutation ($alert: ID!, $message: String!, $deadline: String!) { issueDirective(alert: $alert, message: $message, deadline: $deadline) { id } }',
      { alert: alert.id, message: HOSTILE, deadline },
      LEADER,
    );

    const page = await signedInPage(browser, {}, LEADER);
    const errors = collectPageErrors(page);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${webUrl}/alerts/${alert.id}`);
    const directive = page.locator('#thread > li[data-kind="DIRECTIVE"]');
    await directive.waitFor();
    await expect(directive.textContent()).resolves.toContain(HOSTILE);
    await expect(page.locator('#thread img, #thread script').count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
