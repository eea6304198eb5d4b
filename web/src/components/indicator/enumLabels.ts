// The API's enums in Vietnamese and English: the few fixed words of the indicator pages and the catalog (indicator
// and sector names come from the catalog itself).
import type {
  AdminLevel,
  Direction,
  Frequency,
  Source,
  Status,
  TimeAggregation,
  UnitsAggregation,
} from '@/gql/graphql';
import type { Locale } from '@/lib/i18n';

type Labels<K extends string> = Record<Locale, Record<K, string>>;

const LEVEL: Labels<AdminLevel> = {
  vi: { PROVINCE: 'Cấp tỉnh', DISTRICT: 'Cấp huyện', COMMUNE: 'Cấp xã' },
  en: { PROVINCE: 'Province', DISTRICT: 'District', COMMUNE: 'Commune' },
};

const FREQUENCY: Labels<Frequency> = {
  vi: { DAY: 'Ngày', WEEK: 'Tuần', MONTH: 'Tháng', QUARTER: 'Quý', YEAR: 'Năm' },
  en: { DAY: 'Daily', WEEK: 'Weekly', MONTH: 'Monthly', QUARTER: 'Quarterly', YEAR: 'Yearly' },
};

const SOURCE: Labels<Source> = {
  vi: { MANUAL: 'Nhập tay', IMPORT: 'Nhập tệp', NATIONAL_FEED: 'Trục quốc gia', FORMULA: 'Công thức' },
  en: { MANUAL: 'Manual entry', IMPORT: 'File import', NATIONAL_FEED: 'National feed', FORMULA: 'Formula' },
};

const STATUS: Labels<Status> = {
  vi: {
    ACHIEVED: 'Đạt',
    WARNING: 'Cảnh báo',
    NOT_ACHIEVED: 'Không đạt',
    NO_DATA: 'Chưa có số liệu',
    NO_TARGET: 'Chưa giao chỉ tiêu',
    AT_RISK: 'Có nguy cơ không đạt',
  },
  en: {
    ACHIEVED: 'Achieved',
    WARNING: 'Warning',
    NOT_ACHIEVED: 'Not achieved',
    NO_DATA: 'No data',
    NO_TARGET: 'No target',
    AT_RISK: 'At risk',
  },
};

const DIRECTION: Labels<Direction> = {
  vi: { HIGHER: 'Càng cao càng tốt', LOWER: 'Càng thấp càng tốt', RANGE: 'Trong khoảng' },
  en: { HIGHER: 'Higher is better', LOWER: 'Lower is better', RANGE: 'Within a range' },
};

const UNITS_AGGREGATION: Labels<UnitsAggregation> = {
  vi: {
    SUM: 'Tổng',
    AVERAGE: 'Trung bình',
    WEIGHTED_AVERAGE: 'Trung bình có trọng số',
    MIN: 'Nhỏ nhất',
    MAX: 'Lớn nhất',
  },
  en: { SUM: 'Sum', AVERAGE: 'Average', WEIGHTED_AVERAGE: 'Weighted average', MIN: 'Minimum', MAX: 'Maximum' },
};

const TIME_AGGREGATION: Labels<TimeAggregation> = {
  vi: { SUM: 'Tổng', AVERAGE: 'Trung bình', LAST: 'Kỳ cuối', FIRST: 'Kỳ đầu', MIN: 'Nhỏ nhất', MAX: 'Lớn nhất' },
  en: { SUM: 'Sum', AVERAGE: 'Average', LAST: 'Last', FIRST: 'First', MIN: 'Minimum', MAX: 'Maximum' },
};

export const levelLabel = (locale: Locale, level: AdminLevel) => LEVEL[locale][level];
export const frequencyLabel = (locale: Locale, frequency: Frequency) => FREQUENCY[locale][frequency];
export const sourceLabel = (locale: Locale, source: Source) => SOURCE[locale][source];
export const statusLabel = (locale: Locale, status: Status) => STATUS[locale][status];
export const directionLabel = (locale: Locale, direction: Direction) => DIRECTION[locale][direction];
export const unitsAggregationLabel = (locale: Locale, rule: UnitsAggregation) => UNITS_AGGREGATION[locale][rule];
export const timeAggregationLabel = (locale: Locale, rule: TimeAggregation) => TIME_AGGREGATION[locale][rule];

export const ADMIN_LEVELS: readonly AdminLevel[] = ['PROVINCE', 'DISTRICT', 'COMMUNE'];
export const FREQUENCIES: readonly Frequency[] = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'];
export const SOURCES: readonly Source[] = ['MANUAL', 'IMPORT', 'NATIONAL_FEED', 'FORMULA'];
