// The web server reuses a rendered page while the API's data stay the same (web/server.ts), and never past a write: a
// value recorded through the API is on the very next load of the page.
import { describe, expect, inject, it } from 'vitest';
import { api } from './api';

const webUrl = inject('webUrl');

const UNIT = '24778';
const INDICATOR = 'TOU_VISITORS';
const PERIOD = '2025-09';
const PAGE = `${webUrl}/units/${UNIT}?sector=tourism&period=${PERIOD}`;

async function load(): Promise<{ reused: boolean; html: string }> {
  const res = await fetch(PAGE);
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
    await api('mutation Record($values: [ValueInput!]!) { recordValues(values: $values) { updated } }', {
      values: [{ indicator: INDICATOR, unit: UNIT, period: PERIOD, value: recorded }],
    });

    const after = await load();
    expect(after.reused).toBe(false);
    expect(after.html).toContain(`<data value="${recorded}">`);
    expect(after.html).not.toContain(`<data value="${unit.value.value}">`);
  });
});
