// "Where does this number come from?" as a person follows it: from a derived indicator's tile on the province page to
// its explanation (the formula with the values substituted, as the API gives it), then into one of its inputs, whose
// explanation lists every commune's part and names the communes that did not report; no console errors.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api } from './api';
import { collectPageErrors, launchBrowser, signedInPage } from './browser';

const webUrl = inject('webUrl');

type Explanation = {
  how: string;
  substituted: string | null;
  terms: { indicator: { code: string }; period: string }[];
  units: { unit: { code: string } }[];
  notReporting: { code: string }[];
};
type Tile = { indicator: { code: string; formula: string | null }; period: string; value: number | null };

const EXPLANATION = `query ($indicator: IndicatorCode!, $period: Period!) { unit(code: "68", period: $period) {
  value(indicator: $indicator, period: $period) { explanation {
    how substituted terms { indicator { code } period } units { unit { code } } notReporting { code } } } } }`;

describe('explaining a number in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await signedInPage(browser, { viewport: { width: 1280, height: 900 } });
    errors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('goes from a tile to its formula with the values, then into an input and its communes', async () => {
    const { unit } = await api<{ unit: { latestValues: Tile[] } }>(
      `{ unit(code: "68") { latestValues(sector: TOURISM) { indicator { code formula } period value } } }`,
    );
    const derived = unit.latestValues.find((v) => v.indicator.formula && v.value !== null);
    if (!derived) throw new Error('no derived tourism indicator with a value at the province');
    const explain = (indicator: string, period: string) =>
      api<{ unit: { value: { explanation: Explanation } } }>(EXPLANATION, { indicator, period }).then(
        (d) => d.unit.value.explanation,
      );
    const expected = await explain(derived.indicator.code, derived.period);

    await page.goto(`${webUrl}/units/68?sector=tourism`);
    const tile = page.locator(`article[data-indicator="${derived.indicator.code}"]`);
    await tile.getByRole('link', { name: 'Số liệu này từ đâu?' }).click();
    await page.waitForURL(/\/units\/68\/explain\?/);
    const panel = page.getByRole('region', { name: 'Giải thích số liệu' });
    await expect(panel.getAttribute('data-how')).resolves.toBe('FORMULA');
    await expect(panel.locator('[data-part="substituted"]').textContent()).resolves.toBe(expected.substituted);
    const inputs = panel.locator('tr[data-input]');
    await expect(inputs.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.input))).resolves.toEqual(
      expected.terms.map((t) => t.indicator.code),
    );

    // Into the first input: its own explanation, a roll-up over the communes.
    const first = expected.terms[0] as Explanation['terms'][number];
    const input = await explain(first.indicator.code, first.period);
    await inputs.first().getByRole('link').click();
    await page.waitForURL(new RegExp(`indicator=${first.indicator.code}`));
    await expect(page.getByRole('region', { name: 'Giải thích số liệu' }).getAttribute('data-how')).resolves.toBe(
      input.how,
    );
    if (input.how === 'ROLLUP') {
      const rows = page.locator('tr[data-unit]');
      await expect(rows.evaluateAll((r) => r.map((x) => (x as HTMLElement).dataset.unit))).resolves.toEqual(
        input.units.map((u) => u.unit.code),
      );
      const silent = await page.locator('[data-part="not-reporting"] li').count();
      expect(silent).toBe(input.notReporting.length);
      if (input.notReporting.length === 0) await page.getByText('Tất cả đơn vị đã báo cáo đủ.').waitFor();
    }
    expect(errors).toEqual([]);
  });

  it('says why when the period is not a period', async () => {
    await page.goto(`${webUrl}/units/68/explain?indicator=TOU_VISITORS&period=2025-13`);
    const alert = page.getByRole('alert').filter({ hasText: 'Không giải thích được số liệu này' });
    await expect(alert.textContent()).resolves.toMatch(/2025-13/);
  });
});
