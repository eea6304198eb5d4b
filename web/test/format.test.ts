// Numbers, dates and periods as Vietnamese and English readers expect them, and the language kept in links.
import { describe, expect, it } from 'vitest';
import { formatChange, formatDate, formatNumber, formatPercent, formatPeriod } from '../src/lib/format';
import { localeFrom, withLang } from '../src/lib/i18n';

describe('vi-VN and en-GB forms', () => {
  it('writes numbers with the reader’s separators', () => {
    expect(formatNumber('vi', 1234.5)).toBe('1.234,5');
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
    expect(formatNumber('vi', 3440766)).toBe('3.440.766');
    expect(formatNumber('vi', 23969.600000000002)).toBe('23.970');
    expect(formatNumber('vi', 12.345)).toBe('12,35');
    expect(formatNumber('vi', null)).toBe('—');
  });

  it('writes changes with a sign and dates as dd/mm/yyyy', () => {
    expect(formatChange('vi', 0.125)).toBe('+12,5%');
    expect(formatChange('en', -0.031)).toBe('−3.1%');
    expect(formatChange('vi', null)).toBe('—');
    expect(formatDate('vi', '2026-11-28')).toBe('28/11/2026');
  });

  it('names every kind of period', () => {
    expect(['2026', '2026-Q3', '2026-10', '2026-W47', '2026-11-28'].map((p) => formatPeriod('vi', p))).toEqual([
      'Năm 2026',
      'Quý 3/2026',
      'Tháng 10/2026',
      'Tuần 47/2026',
      '28/11/2026',
    ]);
    expect(['2026', '2026-Q3', '2026-10', '2026-W47'].map((p) => formatPeriod('en', p))).toEqual([
      '2026',
      'Q3 2026',
      'Oct 2026',
      'Week 47 2026',
    ]);
  });
});

describe('a share as a percent', () => {
  it('rounds to a whole percent, groups thousands in the reader’s way, and has a dash for none', () => {
    expect(formatPercent('vi', 0.2514)).toBe('25%');
    expect(formatPercent('vi', 0)).toBe('0%');
    expect(formatPercent('vi', 14.1)).toBe('1.410%');
    expect(formatPercent('en', 14.1)).toBe('1,410%');
    expect(formatPercent('en', null)).toBe('—');
  });
});

describe('the language in the URL', () => {
  it('reads ?lang=en as English and anything else as Vietnamese', () => {
    expect(localeFrom({ lang: 'en' })).toBe('en');
    expect(localeFrom({ lang: ['en', 'vi'] })).toBe('en');
    expect(localeFrom(new URLSearchParams('lang=fr'))).toBe('vi');
    expect(localeFrom(undefined)).toBe('vi');
  });

  it('keeps it in links', () => {
    expect(withLang('/units/24778?period=2026-10', 'en')).toBe('/units/24778?period=2026-10&lang=en');
    expect(withLang('/units/24778?lang=en&period=2026-10', 'vi')).toBe('/units/24778?period=2026-10');
    expect(withLang('/', 'vi')).toBe('/');
  });
});
