// The web server reuses a rendered page while the API's data stay the same (web/server.ts), and never past a write: a
// value recorded through the API is on the very next load of the page. Pages depend on who reads them: each signed-in
// reader has their own (kept under a hash of their session cookie), and an anonymous visitor is sent to the login page.
import { describe, expect, inject, it } from 'vitest';
import { ANALYST, api, sessionCookie } from './api';

const webUrl = inject('webUrl');

const UNIT = '24781';
const OFFICER = 'canbo.xuanhuong';
const INDICATOR = 'TOU_VISITORS';
const PERIOD = '2025-09';
const PAGE = `${webUrl}/units/${UNIT}?sector=tourism&period=${PERIOD}`;

async function load(as: string = ANALYST): Promise<{ reused: boolean; html: string }> {
  const res = await fetch(PAGE, { headers: { cookie: await sessionCookie(as) } });
  expect(res.status).toBe(200);
  return { reused: res.headers.get('x-ioc-page') === 'reused', html: await res.text() };
}

describe('pages reused between writes', () => {
  it('sends the same page again while nothing changed, and renders it anew after a write', async () => {
    const first = await load();
    const second = await load();
    expect(second.reused).toBe(true);
    expect(second.html).toBe(first.html);

    const { unit } = await api<{ unit: { value: { value: number } } }>(
      `query($unit: String!, $period: Period!) { unit(code: $unit) { value(indicator: ${INDICATOR}, period: $period) { value } } }`,
      { unit: UNIT, period: PERIOD },
    );
    const recorded = unit.value.value + 1234;
    expect(first.html).toContain(`<data value="${unit.value.value}">`);
    await api(
      'mutation Record($values: [ValueInput!]!) { recordValues(values: $values) { updated } }',
      { values: [{ indicator: INDICATOR, unit: UNIT, period: PERIOD, value: recorded }] },
      OFFICER,
    );

    const after = await load();
    expect(after.reused).toBe(false);
    expect(after.html).toContain(`<data value="${recorded}">`);
    expect(after.html).not.toContain(`<data value="${unit.value.value}">`);
  });

  it("never sends one reader's page to another, nor to an anonymous visitor", async () => {
    const analyst = await load(ANALYST);
    expect(analyst.html).toContain('Chuyên viên phân tích');
    const officer = await load(OFFICER);
    expect(officer.reused).toBe(false);
    expect(officer.html).toContain('Cán bộ');
    expect(officer.html).not.toContain('Chuyên viên phân tích');

    const anonymous = await fetch(PAGE, { redirect: 'manual' });
    expect(anonymous.headers.get('x-ioc-page')).toBeNull();
    expect(anonymous.status).toBe(307);
    expect(anonymous.headers.get('location')).toBe(
      `/login?next=${encodeURIComponent(`/units/${UNIT}?sector=tourism&period=${PERIOD}`)}`,
    );
  });
});
