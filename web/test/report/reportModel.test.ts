// The report model on hand-made data: statuses counted by sector, the not-achieved list with the unit's own alert
// thread, the chart chosen per sector, and the period a report covers.
import { describe, expect, it } from 'vitest';
import { buildReport, chartIndicators } from '../../src/components/report/reportModel';
import { latestEndedMonth, reportPeriod } from '../../src/components/report/reportPeriod';
import { FIXTURE } from './reportFixture';

describe('the report model', () => {
  const report = buildReport(FIXTURE, 'vi');

  it('counts each status per sector, in sector order, leaving out sectors with no value', () => {
    expect(report.sectors.map((s) => [s.name, s.counts])).toEqual([
      [
        'Văn hóa, thể thao và du lịch',
        { ACHIEVED: 1, WARNING: 1, AT_RISK: 0, NOT_ACHIEVED: 1, NO_DATA: 0, NO_TARGET: 1, total: 4 },
      ],
      ['Y tế', { ACHIEVED: 1, WARNING: 0, AT_RISK: 0, NOT_ACHIEVED: 1, NO_DATA: 1, NO_TARGET: 0, total: 3 }],
    ]);
    expect(report.totals).toEqual({
      ACHIEVED: 2,
      WARNING: 1,
      AT_RISK: 0,
      NOT_ACHIEVED: 2,
      NO_DATA: 1,
      NO_TARGET: 1,
      total: 7,
    });
  });

  it("lists the values not achieved with the unit's own alert, directive and explanations", () => {
    expect(report.notAchieved.map((r) => [r.code, r.value, r.target, r.targetLow, r.targetHigh])).toEqual([
      ['TOU_OCCUPANCY', 41.25, 55, null, null],
      ['HEA_WAIT', 31.5, null, 9.5, 25],
    ]);
    const [occupancy, wait] = report.notAchieved;
    expect(occupancy?.alert).toEqual({ id: 'a1', state: 'OPEN', raisedAt: '2025-07-01T00:30:00.000Z' });
    expect(occupancy?.directive).toMatchObject({
      issuedBy: 'Lãnh đạo UBND tỉnh',
      deadline: '2025-07-15',
      state: 'ACCEPTED',
    });
    expect(occupancy?.explanations.map((e) => [e.text, e.state])).toEqual([
      ['Mưa kéo dài', 'RETURNED'],
      ['Mưa 21 ngày, đường đèo sạt lở', 'ACCEPTED'],
    ]);
    expect(wait?.alert).toBeNull();
    expect(wait?.explanations).toEqual([]);
  });

  it('charts one key indicator per sector: the one furthest from its target', () => {
    expect(chartIndicators(FIXTURE.values)).toEqual(['TOU_OCCUPANCY', 'HEA_WAIT']);
    expect(report.charts.map((c) => [c.code, c.status, c.points.length])).toEqual([
      ['TOU_OCCUPANCY', 'NOT_ACHIEVED', 2],
      ['HEA_WAIT', 'NOT_ACHIEVED', 2],
    ]);
  });

  it('speaks English when asked', () => {
    const en = buildReport(FIXTURE, 'en');
    expect(en.sectors[0]?.name).toBe('Culture, sports and tourism');
    expect(en.notAchieved[0]?.name).toBe('Indicator TOU_OCCUPANCY');
  });
});

describe('the period of a report', () => {
  it('is the latest month ended by a day', () => {
    expect(latestEndedMonth('2026-11-28')).toBe('2026-10');
    expect(latestEndedMonth('2026-11-30')).toBe('2026-11');
    expect(latestEndedMonth('2026-01-05')).toBe('2025-12');
  });

  it("is the page's period, else the month ended by its day, else by today", () => {
    expect(reportPeriod({ period: '2025-Q2' }, '2026-11-28', 'vi')).toEqual({ ok: true, period: '2025-Q2' });
    expect(reportPeriod({ asOf: '2025-06-30' }, '2026-11-28', 'vi')).toEqual({ ok: true, period: '2025-06' });
    expect(reportPeriod({ asOf: '2025-06-12' }, '2026-11-28', 'vi')).toEqual({ ok: true, period: '2025-05' });
    expect(reportPeriod({}, '2026-11-28', 'vi')).toEqual({ ok: true, period: '2026-10' });
  });

  it('refuses a malformed period or day, or one not begun, naming the parameter and why', () => {
    expect(reportPeriod({ period: '2025-13' }, '2026-11-28', 'vi')).toEqual({
      ok: false,
      message:
        'Tham số "period": kỳ báo cáo "2025-13" không hợp lệ (invalid period "2025-13": month must be 01-12 (column 6)). Ví dụ: 2025, 2025-Q3, 2025-06, 2025-W05, 2025-06-15.',
    });
    expect(reportPeriod({ period: '2027' }, '2026-11-28', 'en')).toEqual({
      ok: false,
      message: 'Parameter "period": "2027" has not begun yet (today is 2026-11-28): there are no figures to report.',
    });
    expect(reportPeriod({ asOf: '2025-06' }, '2026-11-28', 'vi')).toMatchObject({
      ok: false,
      message: expect.stringContaining('"asOf"'),
    });
  });
});
