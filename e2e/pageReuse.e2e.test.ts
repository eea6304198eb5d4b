// The web server reuses a rendered page while the API's data stay the same (web/server.ts), and never past a write: a
// value recorded through the API is on the very next load of the page. Pages depend on who reads them: each signed-in
// reader has their own (kept under a hash of their session cookie), and an anonymous visitor is sent to the login page.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ANALYST, api, sessionCookie } from './api';

const webUrl = inject('webUrl');
const feedSimUrl = inject('feedSimUrl');

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

/** Stops (or restarts) the simulated national endpoint's new payloads: the API writes each one it polls. */
async function pauseNationalFeed(paused: boolean): Promise<void> {
  const res = await fetch(`${feedSimUrl}/control/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ paused }),
  });
  expect(res.status).toBe(200);
}

describe('pages reused between writes', () => {
  // The API polls the simulated national feed every 1.5 s and writes what is new: a write between two loads rightly
  // renders the page anew. Paused here, so that "nothing changed" holds; a payload polled just before the pause can
  // still land between the first two loads, so the pair is tried up to three times.
  beforeAll(() => pauseNationalFeed(true));
  afterAll(() => pauseNationalFeed(false));

  it('sends the same page again while nothing changed, and renders it anew after a write', async () => {
    let first = await load();
    let second = await load();
    for (let attempt = 1; attempt < 3 && !second.reused; attempt++) {
      first = second;
      second = await load();
    }
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
