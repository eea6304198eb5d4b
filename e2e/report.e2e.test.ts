// The quick report as people get it: on the province page a leader picks June 2025 and clicks "Báo cáo nhanh", and
// sees the print-ready report; its PDF (text extracted with pdfjs-dist) and XLSX (cells read back with exceljs),
// downloaded with a session, hold the API's own figures for the same unit and period, and the directive a leader
// just gave; an officer is refused another unit's report; a wrong period is a 400 that says why.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatNumber } from '../web/src/lib/format';
import { api, sessionCookie } from './api';
import { collectPageErrors, launchBrowser, signedInPage } from './browser';
import { pdfPages } from './pdfText';

const webUrl = inject('webUrl');
const artifacts = join(import.meta.dirname, '..', 'test-results');
const PERIOD = '2025-06';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const LEADER = 'lanhdao';
const OFFICER = 'canbo.xuanhuong';
const DIRECTIVE = 'Báo cáo nguyên nhân giải ngân vốn đầu tư công chậm (kiểm thử báo cáo nhanh)';

type Counts = Record<'achieved' | 'warning' | 'atRisk' | 'notAchieved' | 'noData' | 'noTarget' | 'total', number>;
type Value = { indicator: { code: string; name: string; sector: string }; value: number | null; status: string };

/** The API's counts as the report lays them out: ACHIEVED, WARNING, AT_RISK, NOT_ACHIEVED, NO_DATA, NO_TARGET, total. */
const ordered = (c: Counts) => [c.achieved, c.warning, c.atRisk, c.notAchieved, c.noData, c.noTarget, c.total];

async function download(path: string, as: string) {
  return fetch(`${webUrl}${path}`, { headers: { cookie: await sessionCookie(as) } });
}

describe('the quick report', () => {
  let browser: Browser;
  let values: Value[];
  let total: Counts;
  const bySector = new Map<string, Counts>();

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    browser = await launchBrowser();
    const data = await api<{ unit: { values: Value[]; statusCounts: Counts } }>(
      `query ($p: Period!) { unit(code: "68", period: $p) {
        values(period: $p) { indicator { code name sector } value status }
        statusCounts(period: $p) { achieved warning atRisk notAchieved noData noTarget total } } }`,
      { p: PERIOD },
    );
    values = data.unit.values;
    total = data.unit.statusCounts;
    // Each sector's counts asked of the API one by one, not counted here from the values.
    const sectors = [...new Set(values.map((v) => v.indicator.sector))];
    const fields = sectors.map(
      (s) =>
        `${s}: statusCounts(period: "${PERIOD}", sector: ${s}) { achieved warning atRisk notAchieved noData noTarget total }`,
    );
    const counts = await api<{ unit: Record<string, Counts> }>(
      `{ unit(code: "68", period: "${PERIOD}") { ${fields.join(' ')} } }`,
    );
    for (const s of sectors) bySector.set(s, counts.unit[s] as Counts);
    // A leader directs the province to explain its disbursement rate: the report must carry it.
    let after: string | null = null;
    let alertId: string | undefined;
    while (!alertId) {
      const page: {
        alerts: {
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
          edges: { node: { id: string; unit: { code: string }; indicator: { code: string } } }[];
        };
      } = await api(
        `query ($p: Period!, $a: String) { alerts(unit: "68", period: $p, state: OPEN, first: 100, after: $a) {
            pageInfo { endCursor hasNextPage } edges { node { id unit { code } indicator { code } } } } }`,
        { p: PERIOD, a: after },
      );
      alertId = page.alerts.edges.find(
        (e) => e.node.unit.code === '68' && e.node.indicator.code === 'INV_DISBURSE_RATE',
      )?.node.id;
      if (!page.alerts.pageInfo.hasNextPage) break;
      after = page.alerts.pageInfo.endCursor;
    }
    expect(alertId).toBeDefined();
    const deadline = new Date(Date.now() + 7 * 3_600_000 + 10 * 86_400_000).toISOString().slice(0, 10);
    await api(
      'mutation ($id: ID!, $m: String!, $d: String!) { issueDirective(alert: $id, message: $m, deadline: $d) { id } }',
      { id: alertId, m: DIRECTIVE, d: deadline },
      LEADER,
    );
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('one click on the province page opens the print-ready report of its period', async () => {
    const page = await signedInPage(browser, { viewport: { width: 1280, height: 900 } }, LEADER);
    const errors = collectPageErrors(page);
    await page.goto(`${webUrl}/?period=${PERIOD}`);
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/units/68/report'),
      page.getByRole('link', { name: 'Báo cáo nhanh' }).click(),
    ]);
    expect(new URL(page.url()).searchParams.get('period')).toBe(PERIOD);
    await expect(page.locator('h1').textContent()).resolves.toBe('Báo cáo nhanh: Tỉnh Lâm Đồng — Tháng 06/2025');
    await expect(page.getByRole('note').filter({ hasText: 'Dữ liệu minh họa' }).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('button', { name: 'In báo cáo' }).isVisible()).resolves.toBe(true);
    const totals = await page.locator('#status-counts tfoot td').allTextContents();
    expect(totals.map(Number)).toEqual(ordered(total));
    const missed = await page
      .locator('#not-achieved tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-indicator')));
    expect(missed.sort()).toEqual(
      values
        .filter((v) => v.status === 'NOT_ACHIEVED')
        .map((v) => v.indicator.code)
        .sort(),
    );
    await expect(page.locator('#not-achieved tr[data-indicator="INV_DISBURSE_RATE"]').textContent()).resolves.toContain(
      DIRECTIVE,
    );
    await expect(page.locator('figure[data-indicator] svg').count()).resolves.toBeGreaterThan(5);
    // On paper: no site navigation, no toolbar.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.topbar').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'In báo cáo' }).isVisible()).resolves.toBe(false);
    await page.pdf({ path: join(artifacts, 'report-print.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    await page.screenshot({ path: join(artifacts, 'report-province.png'), fullPage: true });
    // No serious or critical accessibility violation (axe-core), as on the other main pages.
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(() =>
      (
        window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string | null }[] }> } }
      ).axe.run(),
    );
    expect(
      violations.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("the province's PDF holds the API's figures, the directive and the synthetic-data label", async () => {
    const res = await download(`/units/68/report/pdf?period=${PERIOD}`, LEADER);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="bao-cao-nhanh-68-2025-06.pdf"');
    const pages = (await pdfPages(new Uint8Array(await res.arrayBuffer()))).map((p) => p.replace(/\s+/g, ' '));
    const text = pages.join(' ');
    expect(text).toContain('Báo cáo nhanh: Tỉnh Lâm Đồng — Tháng 06/2025');
    expect(text).toContain('Dữ liệu minh họa, tổng hợp ngẫu nhiên');
    expect(text).toContain(`Tất cả lĩnh vực ${ordered(total).join(' ')}`);
    for (const v of values.filter((x) => x.status === 'NOT_ACHIEVED')) {
      expect(text).toContain(v.indicator.name);
      expect(text).toContain(formatNumber('vi', v.value));
    }
    expect(text).toContain(DIRECTIVE);
    expect(text).toContain(`Trang ${pages.length}/${pages.length}`);
  });

  it("the province's XLSX holds the API's counts per sector and its values in number cells", async () => {
    const res = await download(`/units/68/report/xlsx?period=${PERIOD}`, LEADER);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="bao-cao-nhanh-68-2025-06.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.getWorksheet('Tình trạng theo lĩnh vực');
    if (!sheet) throw new Error('no statuses sheet');
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    // One row per sector with values, then the total.
    expect(rows.length).toBe(bySector.size + 1);
    expect(rows.at(-1)?.slice(1)).toEqual(['Tất cả lĩnh vực', ...ordered(total)]);
    const sectors = await api<{ sectors: { code: string; name: string }[] }>('{ sectors { code name } }');
    for (const s of sectors.sectors.filter((x) => bySector.has(x.code))) {
      const row = rows.find((r) => r[1] === s.name);
      expect(row?.slice(2), s.code).toEqual(ordered(bySector.get(s.code) as Counts));
    }
    const missed = book.getWorksheet('Chỉ tiêu không đạt');
    if (!missed) throw new Error('no not-achieved sheet');
    const missedRows = missed.getSheetValues().slice(2) as unknown[][];
    const cells = missedRows.map((r) => [r[1], r[4]]);
    expect(cells.sort()).toEqual(
      values
        .filter((v) => v.status === 'NOT_ACHIEVED')
        .map((v) => [v.indicator.code, v.value])
        .sort(),
    );
    const disburse = missedRows.find((r) => r[1] === 'INV_DISBURSE_RATE');
    expect(String(disburse?.[10])).toContain(DIRECTIVE);
  });

  it('the CSV starts with a BOM and the stated columns', async () => {
    const res = await download(`/units/68/report/csv?period=${PERIOD}`, LEADER);
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3)).split('\r\n')[0]).toBe(
      'part,unit,period,sector,indicator,name,status,value,target,unit_of_measure,detail',
    );
  });

  it("an officer is refused another unit's report, and gets their own", async () => {
    const refused = await download(`/units/68/report/pdf?period=${PERIOD}`, OFFICER);
    expect(refused.status).toBe(403);
    await expect(refused.text()).resolves.toContain('chỉ lập được báo cáo của đơn vị mình');
    const own = await download(`/units/24781/report/xlsx?period=${PERIOD}`, OFFICER);
    expect(own.status).toBe(200);
    const page = await signedInPage(browser, {}, OFFICER);
    await page.goto(`${webUrl}/units/68/report?period=${PERIOD}`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Bạn không có quyền xem đơn vị này');
  });

  it('a wrong period, or no session, is refused with why', async () => {
    const bad = await download('/units/68/report/pdf?period=2025-13', LEADER);
    expect(bad.status).toBe(400);
    await expect(bad.text()).resolves.toContain(
      'Tham số "period": kỳ báo cáo "2025-13" không hợp lệ (invalid period "2025-13": month must be 01-12',
    );
    const anonymous = await fetch(`${webUrl}/units/68/report/csv?period=${PERIOD}`);
    expect(anonymous.status).toBe(401);
  });
});
