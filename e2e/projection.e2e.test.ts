// The early warning as a person meets it: a commune's labour accidents have met each month's target of none lately,
// but the year has had accidents already, so its year-end projection misses the year's target and the latest month is
// AT_RISK. From the commune's page the tile says "Có nguy cơ không đạt"; its indicator page draws the year's running
// total (known, then projected, dashed) against the year's target, with the figures the API gives. And a derived key
// indicator, the province's public investment disbursement rate, projected by its formula from its inputs'.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatNumber } from '../web/src/lib/format';
import { api } from './api';
import { collectPageErrors, launchBrowser, signedInPage } from './browser';

const webUrl = inject('webUrl');
const INDICATOR = 'LAB_ACCIDENTS';
const artifacts = join(import.meta.dirname, '..', 'test-results');

type Projection = {
  value: number;
  toDate: number;
  yearTarget: number | null;
  chance: number | null;
  path: { period: string; value: number | null; projected: boolean }[];
};
type Latest = { period: string; status: string; projection: Projection | null };

/** A commune whose latest labour-accidents value is AT_RISK, found through the API (the demo data decide which). */
async function communeAtRisk(): Promise<{ code: string; name: string; value: Latest }> {
  const { units } = await api<{ units: { code: string; fullName: string; level: string }[] }>(
    '{ units { code fullName level } }',
  );
  const communes = units.filter((u) => u.level === 'COMMUNE');
  // A few dozen at a time: one request per batch, aliases per commune.
  for (let i = 0; i < communes.length; i += 40) {
    const batch = communes.slice(i, i + 40);
    const fields = batch.map(
      (c, k) => `u${k}: unit(code: "${c.code}") { latestValues(indicators: [${INDICATOR}]) {
        period status projection { value toDate yearTarget chance path { period value projected } } } }`,
    );
    const data = await api<Record<string, { latestValues: Latest[] }>>(`{ ${fields.join(' ')} }`);
    const k = batch.findIndex((_, j) => data[`u${j}`]?.latestValues[0]?.status === 'AT_RISK');
    const found = batch[k];
    const value = data[`u${k}`]?.latestValues[0];
    if (found && value) return { code: found.code, name: found.fullName, value };
  }
  throw new Error(`no commune has its latest ${INDICATOR} value AT_RISK in the demo data`);
}

describe('the year-end projection in Chromium', () => {
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

  it('goes from an at-risk tile to the projection drawn against the year’s target', async () => {
    const commune = await communeAtRisk();
    const p = commune.value.projection;
    if (!p) throw new Error('an AT_RISK value without a projection');

    await page.goto(`${webUrl}/units/${commune.code}?sector=labour`);
    const tile = page.locator(`article[data-indicator="${INDICATOR}"]`);
    await expect(tile.locator('[data-status]').getAttribute('data-status')).resolves.toBe('AT_RISK');
    await expect(tile.locator('[data-status]').textContent()).resolves.toBe('Có nguy cơ không đạt');

    await tile.getByRole('link', { name: 'Số vụ tai nạn lao động' }).click();
    await page.waitForURL(new RegExp(`/indicators/${INDICATOR}\\?unit=${commune.code}`));
    const panel = page.getByRole('region', { name: `Dự báo cuối năm: ${commune.name}` });
    await panel.waitFor();
    const year = commune.value.period.slice(0, 4);
    const caption = (await panel.locator('figcaption').textContent()) ?? '';
    expect(caption).toContain(`Dự báo cả năm ${year}:`);
    // "At most 0 accidents" after one already: the running total only grows, so the year's target is out of reach.
    expect(p.toDate).toBeGreaterThan(0);
    expect(p.chance).toBe(0);
    expect(caption).toContain('Chỉ tiêu năm: 0; khả năng đạt: 0%.');
    await expect(panel.locator('figcaption [data-status]').getAttribute('data-status')).resolves.toBe('AT_RISK');

    // The chart: its name, the known line solid, the projection dashed in its own colour, the target line.
    const chart = panel.getByRole('img', {
      name: new RegExp(`lũy kế Số vụ tai nạn lao động của ${commune.name} năm ${year}`),
    });
    await expect(chart.isVisible()).resolves.toBe(true);
    const dashed = await chart.locator('.wide, [class*="wide"]').first().locator('path[stroke="#6639ba"]').count();
    expect(dashed).toBeGreaterThan(0);
    await expect(chart.locator('[class*="wide"] text', { hasText: 'Lũy kế dự báo' }).count()).resolves.toBe(1);
    await expect(chart.locator('[class*="wide"] text', { hasText: 'Chỉ tiêu năm' }).count()).resolves.toBe(1);

    // The table beneath: the API's path, known rows then projected ones.
    await panel.getByText('Bảng lũy kế').click();
    const rows = panel.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(p.path.length);
    const kinds = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-projected')));
    expect(kinds).toEqual(p.path.map((q) => String(q.projected)));
    expect(p.path.at(-1)?.value).toBe(p.value);
    mkdirSync(artifacts, { recursive: true });
    await panel.screenshot({ path: join(artifacts, 'projection-panel.png') });
    expect(errors).toEqual([]);
  });

  it('opens the at-risk alert, which gives the projection and leads to its chart', async () => {
    const commune = await communeAtRisk();
    const { alerts } = await api<{
      alerts: { edges: { node: { id: string; status: string; indicator: { code: string } } }[] };
    }>(
      `query ($unit: String!, $period: Period!) { alerts(unit: $unit, period: $period, state: OPEN, first: 100) {
        edges { node { id status indicator { code } } } } }`,
      { unit: commune.code, period: commune.value.period },
    );
    const alert = alerts.edges.map((e) => e.node).find((a) => a.indicator.code === INDICATOR);
    expect(alert?.status).toBe('AT_RISK');
    await page.goto(`${webUrl}/alerts/${alert?.id}`);
    const summary = page.getByRole('definition').filter({ has: page.locator('[data-status="AT_RISK"]') });
    await expect(summary.count()).resolves.toBeGreaterThan(0);
    const projected = page.locator('#year-projection');
    await expect(projected.textContent()).resolves.toContain('chỉ tiêu năm 0; khả năng đạt 0%');
    await projected.getByRole('link', { name: 'xem biểu đồ dự báo' }).click();
    await page.waitForURL(
      new RegExp(`/indicators/${INDICATOR}\\?unit=${commune.code}&to=${commune.value.period}#projection`),
    );
    const panel = page.getByRole('region', { name: `Dự báo cuối năm: ${commune.name}` });
    await expect(panel.locator('figcaption [data-status]').getAttribute('data-status')).resolves.toBe('AT_RISK');
    expect(errors).toEqual([]);
  });

  it('projects a formula: the disbursement rate’s year from its inputs’ projections, with its values and the year', async () => {
    type Value = { period: string; value: number; projection: (Projection & { method: string }) | null };
    const fields = 'period value projection { method value toDate yearTarget chance path { period value projected } }';
    const { unit } = await api<{ unit: { fullName: string; latestValues: Value[] } }>(
      `{ unit(code: "68") { fullName latestValues(indicators: [INV_DISBURSE_RATE]) { ${fields} } } }`,
    );
    let v = unit.latestValues[0];
    if (v && !v.projection) {
      // The latest value closes its year (December): project from the middle of that year instead.
      const period = `${v.period.slice(0, 4)}-06`;
      v = (
        await api<{ unit: { value: Value } }>(
          `query ($period: Period!) { unit(code: "68") { value(indicator: INV_DISBURSE_RATE, period: $period) { ${fields} } } }`,
          { period },
        )
      ).unit.value;
    }
    const p = v?.projection;
    if (!v || !p) throw new Error('no projection of INV_DISBURSE_RATE at the province in the demo data');
    expect(p.method).toBe('FORMULA');

    await page.goto(`${webUrl}/indicators/INV_DISBURSE_RATE?unit=68&to=${v.period}`);
    const panel = page.getByRole('region', { name: `Dự báo cuối năm: ${unit.fullName}` });
    await panel.waitFor();
    const year = v.period.slice(0, 4);
    const caption = (await panel.locator('figcaption').textContent()) ?? '';
    expect(caption).toContain(`Dự báo giá trị năm ${year}: ${formatNumber('vi', p.value)} %`);
    expect(caption).toContain('Theo công thức, từ dự báo cuối năm của các chỉ tiêu đầu vào');
    expect(caption).toContain(`Chỉ tiêu năm: ${formatNumber('vi', p.yearTarget)}`);
    const chart = panel.getByRole('img', { name: new RegExp(`năm ${year}, thực tế và dự báo cả năm`) });
    await expect(chart.isVisible()).resolves.toBe(true);

    // The table: the known months with the rate the series has, then the year's projected value in its last row.
    await panel.getByText('Bảng giá trị').click();
    const rows = panel.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(p.path.length);
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')?.textContent ?? ''));
    expect(cells).toEqual(p.path.map((q) => formatNumber('vi', q.value)));
    expect(cells.at(-1)).toBe(formatNumber('vi', p.value));
    const known = p.path.filter((q) => !q.projected);
    expect(known.at(-1)?.value).toBe(v.value);
    await panel.screenshot({ path: join(artifacts, 'projection-formula-panel.png') });
    expect(errors).toEqual([]);
  });
});
