// The catalog's search and filters: Vietnamese with or without diacritics, English names, codes, and each filter.
import { describe, expect, it } from 'vitest';
import { catalogFilterFrom, foldText, matchesCatalogFilter } from '../src/app/catalog/catalogFilter';

const share = {
  code: 'TOU_INTL_SHARE',
  name: 'Tỷ lệ khách du lịch quốc tế',
  nameEn: 'Share of international visitors',
  frequency: 'MONTH' as const,
  levels: ['PROVINCE' as const, 'DISTRICT' as const, 'COMMUNE' as const],
  source: 'FORMULA' as const,
};
const jobs = {
  code: 'LAB_NEW_JOBS',
  name: 'Số lao động được tạo việc làm mới',
  nameEn: 'New jobs created',
  frequency: 'QUARTER' as const,
  levels: ['PROVINCE' as const, 'DISTRICT' as const],
  levelAfterReform: 'COMMUNE' as const,
  source: 'MANUAL' as const,
};
const match = (i: typeof share | typeof jobs, sector: string, params: Record<string, string>) =>
  matchesCatalogFilter(i, sector, catalogFilterFrom(params));

describe('catalog search', () => {
  it('folds diacritics and đ', () => {
    expect(foldText('Lượt khách Đà Lạt')).toBe('luot khach da lat');
  });

  it('finds a name with or without diacritics, in English, or by code', () => {
    for (const q of [
      'khách quốc tế',
      'khach quoc te',
      'KHACH QUOC',
      'international visitors',
      'tou_intl',
      'touIntlShare',
    ]) {
      expect(match(share, 'TOURISM', { q }), q).toBe(true);
    }
    expect(match(share, 'TOURISM', { q: 'khach noi dia' })).toBe(false);
  });

  it('filters by sector, frequency, level and source', () => {
    expect(
      match(share, 'TOURISM', { sector: 'TOURISM', frequency: 'MONTH', level: 'COMMUNE', source: 'FORMULA' }),
    ).toBe(true);
    expect(match(share, 'TOURISM', { sector: 'LABOUR' })).toBe(false);
    expect(match(share, 'TOURISM', { frequency: 'YEAR' })).toBe(false);
    expect(match(share, 'TOURISM', { source: 'MANUAL' })).toBe(false);
    // A district-level indicator is collected at commune level from the 2025 reform.
    expect(match(jobs, 'LABOUR', { level: 'COMMUNE' })).toBe(true);
  });

  it('ignores values outside an enum rather than hiding everything', () => {
    expect(catalogFilterFrom({ frequency: 'HOURLY', level: '', q: '  ' })).toEqual({
      q: undefined,
      sector: undefined,
      frequency: undefined,
      level: undefined,
      source: undefined,
    });
  });
});
