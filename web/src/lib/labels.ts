// Vietnamese labels for the API's enums (the catalog gives indicator and sector names; these are the few fixed words).
import type { AdminLevel, Frequency, Source } from '@/gql/graphql';

export const LEVEL_LABEL: Record<AdminLevel, string> = {
  PROVINCE: 'Cấp tỉnh',
  DISTRICT: 'Cấp huyện',
  COMMUNE: 'Cấp xã',
};

export const FREQUENCY_LABEL: Record<Frequency, string> = {
  DAY: 'Ngày',
  WEEK: 'Tuần',
  MONTH: 'Tháng',
  QUARTER: 'Quý',
  YEAR: 'Năm',
};

export const SOURCE_LABEL: Record<Source, string> = {
  MANUAL: 'Nhập tay',
  IMPORT: 'Nhập tệp',
  NATIONAL_FEED: 'Trục quốc gia',
  FORMULA: 'Công thức',
};
