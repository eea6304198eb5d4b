// A hand-made report input: two sectors of the province for 2025-06, with every status, two values not achieved (one
// with a directive and two explanations, the first returned and the second accepted; one without an alert), a child
// unit's alert on the same indicator (not the province's) and the recent series of the charted indicators.
import type { ReportInput, ReportValue } from '../../src/components/report/reportModel';

const value = (
  code: string,
  sector: string,
  status: ReportValue['status'],
  v: number | null,
  target: number | null,
  key = false,
): ReportValue => ({
  indicator: { code, name: `Chỉ tiêu ${code}`, nameEn: `Indicator ${code}`, sector, unit: '%', key },
  value: v,
  target,
  targetLow: null,
  targetHigh: null,
  status,
});

export const FIXTURE: ReportInput = {
  unit: { code: '68', fullName: 'Tỉnh Lâm Đồng', level: 'PROVINCE', edition: { name: 'Sau sắp xếp 2025' } },
  period: '2025-06',
  generatedAt: '2025-07-02T03:04:00.000Z',
  sectors: [
    { code: 'TOURISM', name: 'Văn hóa, thể thao và du lịch', nameEn: 'Culture, sports and tourism' },
    { code: 'HEALTH', name: 'Y tế', nameEn: 'Health' },
    { code: 'EDUCATION', name: 'Giáo dục', nameEn: 'Education' },
  ],
  values: [
    value('TOU_OCCUPANCY', 'TOURISM', 'NOT_ACHIEVED', 41.25, 55, true),
    value('TOU_VISITORS', 'TOURISM', 'NO_TARGET', 1234567, null, true),
    value('TOU_REVENUE', 'TOURISM', 'ACHIEVED', 2500.5, 2000),
    value('TOU_INTL', 'TOURISM', 'WARNING', 9.5, 10),
    value('HEA_BEDS', 'HEALTH', 'ACHIEVED', 30, 28, true),
    { ...value('HEA_WAIT', 'HEALTH', 'NOT_ACHIEVED', 31.5, null, true), targetLow: 9.5, targetHigh: 25 },
    value('HEA_DENGUE', 'HEALTH', 'NO_DATA', null, 100),
  ],
  alerts: [
    // A commune's alert on the same indicator: not the province's, so not in its report.
    {
      id: 'a9',
      unit: { code: '24778' },
      indicator: { code: 'TOU_OCCUPANCY' },
      state: 'OPEN',
      raisedAt: '2025-07-01T01:00:00.000Z',
      directive: null,
      events: [{ kind: 'RAISED', at: '2025-07-01T01:00:00.000Z' }],
    },
    {
      id: 'a1',
      unit: { code: '68' },
      indicator: { code: 'TOU_OCCUPANCY' },
      state: 'OPEN',
      raisedAt: '2025-07-01T00:30:00.000Z',
      directive: {
        message: 'Giải trình nguyên nhân công suất phòng thấp',
        deadline: '2025-07-15',
        state: 'ACCEPTED',
        overdue: false,
        agency: 'Sở Văn hóa, Thể thao và Du lịch',
        issuedAt: '2025-07-01T02:00:00.000Z',
        issuedBy: { displayName: 'Lãnh đạo UBND tỉnh' },
      },
      events: [
        { kind: 'RAISED', at: '2025-07-01T00:30:00.000Z' },
        { kind: 'DIRECTIVE', message: 'Giải trình nguyên nhân công suất phòng thấp', at: '2025-07-01T02:00:00.000Z' },
        {
          kind: 'EXPLANATION',
          message: 'Mưa kéo dài',
          remedyPlan: null,
          at: '2025-07-03T02:00:00.000Z',
          author: { displayName: 'Sở VHTTDL' },
        },
        { kind: 'RETURNED', message: 'Cần số liệu cụ thể', at: '2025-07-04T02:00:00.000Z' },
        {
          kind: 'EXPLANATION',
          message: 'Mưa 21 ngày, đường đèo sạt lở',
          remedyPlan: 'Kích cầu tháng 7',
          at: '2025-07-05T02:00:00.000Z',
          author: { displayName: 'Sở VHTTDL' },
        },
        { kind: 'ACCEPTED', at: '2025-07-06T02:00:00.000Z' },
      ],
    },
  ],
  series: [
    {
      code: 'TOU_OCCUPANCY',
      points: [
        { period: '2025-05', value: 50, target: 55 },
        { period: '2025-06', value: 41.25, target: 55 },
      ],
    },
    {
      code: 'HEA_WAIT',
      points: [
        { period: '2025-05', value: 20, targetLow: 10, targetHigh: 25 },
        { period: '2025-06', value: 31.5, targetLow: 10, targetHigh: 25 },
      ],
    },
  ],
};
