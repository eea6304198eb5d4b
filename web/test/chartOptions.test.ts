// The options of the server-rendered charts: a target line only where there is a target, labels in the reader's
// number and period formats, bars coloured by status.
import { describe, expect, it } from 'vitest';
import { barHeight, barOption } from '../src/components/charts/barOption';
import { projectionOption } from '../src/components/charts/projectionOption';
import { seriesOption } from '../src/components/charts/seriesOption';

const words = { value: 'Giá trị', target: 'Chỉ tiêu', targetLow: 'Cận dưới', targetHigh: 'Cận trên' };

describe('series chart option', () => {
  it('draws the values, and the target only where the API gives one', () => {
    const points = [
      { period: '2026-09', value: 1234.5, target: 1000 },
      { period: '2026-10', value: null, target: 1000 },
    ];
    const option = seriesOption({ points, locale: 'vi', words, compact: false });
    const series = option.series as { name: string; data: (number | null)[] }[];
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['Giá trị', [1234.5, null]],
      ['Chỉ tiêu', [1000, 1000]],
    ]);
    expect((option.xAxis as { data: string[] }).data).toEqual(['Tháng 09/2026', 'Tháng 10/2026']);
    const formatter = (option.yAxis as { axisLabel: { formatter: (v: number) => string } }).axisLabel.formatter;
    expect(formatter(1234.5)).toBe('1.234,5');
    const noTarget = seriesOption({ points: [{ period: '2026', value: 1 }], locale: 'en', words, compact: true });
    expect((noTarget.series as unknown[]).length).toBe(1);
  });

  it('draws both ends of a target range', () => {
    const points = [{ period: '2026', value: 100, targetLow: 95, targetHigh: 105 }];
    const option = seriesOption({ points, locale: 'vi', words, compact: false });
    expect((option.series as { name: string }[]).map((s) => s.name)).toEqual(['Giá trị', 'Cận dưới', 'Cận trên']);
  });
});

describe('projection chart option', () => {
  const words = { known: 'Lũy kế thực tế', projected: 'Lũy kế dự báo', target: 'Chỉ tiêu năm' };
  const points = [
    { period: '2027-01', value: 25, projected: false },
    { period: '2027-02', value: 50, projected: false },
    { period: '2027-03', value: 75, projected: false },
    { period: '2027-04', value: 83.3, projected: true },
    { period: '2027-12', value: 150, projected: true },
  ];

  it('draws the known total solid, the projection dashed from the last known point, and the year target', () => {
    const option = projectionOption({ points, yearTarget: 160, locale: 'vi', words, compact: false });
    const series = option.series as { name: string; data: (number | null)[]; lineStyle: { type: string } }[];
    expect(series.map((s) => [s.name, s.data, s.lineStyle.type])).toEqual([
      ['Lũy kế thực tế', [25, 50, 75, null, null], 'solid'],
      ['Lũy kế dự báo', [null, null, 75, 83.3, 150], 'dashed'],
      ['Chỉ tiêu năm', [160, 160, 160, 160, 160], 'dashed'],
    ]);
  });

  it("joins the last known point straight to a formula's year-end point", () => {
    const formula = [
      { period: '2027-01', value: 20, projected: false },
      { period: '2027-02', value: 21, projected: false },
      { period: '2027-03', value: null, projected: true },
      { period: '2027-04', value: 27.5, projected: true },
    ];
    const option = projectionOption({ points: formula, yearTarget: null, locale: 'vi', words, compact: false });
    const [, projected] = option.series as { data: (number | null)[]; connectNulls?: boolean }[];
    expect(projected?.data).toEqual([null, 21, null, 27.5]);
    expect(projected?.connectNulls).toBe(true);
  });

  it('has no target line without a year target', () => {
    const option = projectionOption({ points, yearTarget: null, locale: 'en', words, compact: true });
    expect((option.series as { name: string }[]).map((s) => s.name)).toEqual(['Lũy kế thực tế', 'Lũy kế dự báo']);
  });
});

describe('bar chart option', () => {
  it('colours bars by status and marks a common target', () => {
    const items = [
      { name: 'Xuân Hương - Đà Lạt', value: 12, status: 'ACHIEVED' as const },
      { name: 'Phú Quý', value: 3, status: 'NOT_ACHIEVED' as const },
    ];
    const option = barOption({ items, target: 8, targetLabel: 'Chỉ tiêu', locale: 'vi', compact: true });
    const [bars] = option.series as { data: { value: number; itemStyle: { color: string } }[]; markLine?: object }[];
    expect(bars?.data.map((d) => d.itemStyle.color)).toEqual(['#1a7f37', '#cf222e']);
    expect(bars?.markLine).toMatchObject({ data: [{ xAxis: 8 }] });
    const noTarget = barOption({ items, target: null, targetLabel: 'Chỉ tiêu', locale: 'vi', compact: true });
    expect((noTarget.series as { markLine?: object }[])[0]?.markLine).toBeUndefined();
    expect(barHeight(124)).toBeGreaterThan(barHeight(10));
  });
});
