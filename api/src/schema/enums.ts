// Enums generated from the catalog and the unit data: IndicatorCode, Sector, Frequency, AdminLevel, Status and the
// small vocabularies of the Indicator type. Values are UPPER_SNAKE_CASE; their internal values are the catalog's.
import type { Catalog } from '@ioc/schema/catalog';
import { FREQUENCIES } from '@ioc/schema/period';
import { ADMIN_LEVELS } from '@ioc/schema/units';
import type { Builder } from './builder';

/** lowerCamelCase or kebab-case -> UPPER_SNAKE_CASE: publicServices -> PUBLIC_SERVICES, national-feed -> NATIONAL_FEED. */
export function enumName(value: string): string {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toUpperCase();
}

function valuesOf(list: readonly string[], describe: (v: string) => string | undefined = () => undefined) {
  return Object.fromEntries(list.map((v) => [enumName(v), { value: v, description: describe(v) }]));
}

const FREQUENCY_VI: Record<string, string> = { day: 'Ngày', week: 'Tuần', month: 'Tháng', quarter: 'Quý', year: 'Năm' };
const LEVEL_VI: Record<string, string> = {
  province: 'Tỉnh',
  district: 'Huyện (đến 30/06/2025)',
  commune: 'Xã, phường, đặc khu',
};

export function addEnums(builder: Builder, catalog: Catalog) {
  const IndicatorCode = builder.enumType('IndicatorCode', {
    description: 'Every indicator of the catalog, by its stable code.',
    values: Object.fromEntries(
      catalog.indicators.map((i) => [
        i.code,
        { value: i.code, description: `${i.name} (${i.unit})`, deprecationReason: i.deprecated },
      ]),
    ),
  });
  const Sector = builder.enumType('Sector', {
    description: 'A group of indicators: the 20 groups of Decision 05/2023/QĐ-TTg and the IOC groups.',
    values: Object.fromEntries(
      catalog.sectors.map((s) => [enumName(s.code), { value: s.code, description: `${s.name} (${s.nameEn})` }]),
    ),
  });
  const Frequency = builder.enumType('Frequency', {
    description:
      'How often an indicator is collected; periods use SDMX-style identifiers (2025, 2025-Q3, 2025-07, 2025-W05, 2025-07-15).',
    values: valuesOf(FREQUENCIES, (f) => FREQUENCY_VI[f]),
  });
  const AdminLevel = builder.enumType('AdminLevel', {
    description: 'An administrative level. Districts exist only in the edition before 2025-07-01.',
    values: valuesOf(ADMIN_LEVELS, (l) => LEVEL_VI[l]),
  });
  const Status = builder.enumType('Status', {
    description: 'How a value compares with its target.',
    values: {
      ACHIEVED: { value: 'ACHIEVED', description: 'Đạt: meets the target.' },
      WARNING: { value: 'WARNING', description: 'Cảnh báo: misses the target by no more than the warning band.' },
      NOT_ACHIEVED: { value: 'NOT_ACHIEVED', description: 'Không đạt: misses the target beyond the warning band.' },
      NO_DATA: { value: 'NO_DATA', description: 'Chưa có số liệu.' },
      NO_TARGET: { value: 'NO_TARGET', description: 'Chưa giao chỉ tiêu.' },
      AT_RISK: {
        value: 'AT_RISK',
        description:
          'Có nguy cơ không đạt: an indicator summed over time, on target (or in the warning band) for its period, whose year is still running (its last period not yet reported) and is projected to miss the year’s target (less than an even chance; see IndicatorValue.projection).',
      },
    },
  });
  const Source = builder.enumType('Source', {
    description: 'Where the values of an indicator come from.',
    values: valuesOf(['manual', 'import', 'national-feed', 'formula'], (s) => SOURCE_VI[s]),
  });
  const UnitsAggregation = builder.enumType('UnitsAggregation', {
    description: 'How values of child units combine into their parent.',
    values: valuesOf(['sum', 'average', 'weightedAverage', 'min', 'max'], (v) => ROLLUP_VI[v]),
  });
  const TimeAggregation = builder.enumType('TimeAggregation', {
    description: 'How values of shorter periods combine into a longer one.',
    values: valuesOf(['sum', 'average', 'last', 'first', 'min', 'max'], (v) => ROLLUP_VI[v]),
  });
  const Direction = builder.enumType('Direction', {
    description: 'Which way an indicator is better.',
    values: {
      HIGHER: { value: 'higher', description: 'Higher is better.' },
      LOWER: { value: 'lower', description: 'Lower is better.' },
      RANGE: { value: 'range', description: 'Within a range is best.' },
    },
  });
  return { IndicatorCode, Sector, Frequency, AdminLevel, Status, Source, UnitsAggregation, TimeAggregation, Direction };
}

const ROLLUP_VI: Record<string, string> = {
  sum: 'Tổng (sum)',
  average: 'Trung bình (average)',
  weightedAverage: 'Trung bình có trọng số (weighted average, by the weight indicator)',
  last: 'Giá trị kỳ cuối (last period’s value)',
  first: 'Giá trị kỳ đầu (first period’s value)',
  min: 'Nhỏ nhất (minimum)',
  max: 'Lớn nhất (maximum)',
};

const SOURCE_VI: Record<string, string> = {
  manual: 'Nhập tay bởi đơn vị',
  import: 'Nhập từ tệp hoặc hệ thống',
  'national-feed': 'Trục dữ liệu quốc gia',
  formula: 'Tính theo công thức',
};

export type Enums = ReturnType<typeof addEnums>;
