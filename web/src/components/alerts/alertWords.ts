// The words of the alert workflow in Vietnamese and English: the states of an alert and of its directive, and the
// kinds of step in its thread.
import type { AlertEventKind, AlertState, DirectiveState } from '@/gql/graphql';
import type { Locale } from '@/lib/i18n';

type Labels<K extends string> = Record<Locale, Record<K, string>>;

const ALERT_STATE: Labels<AlertState> = {
  vi: { OPEN: 'Đang mở', CLOSED: 'Đã đóng' },
  en: { OPEN: 'Open', CLOSED: 'Closed' },
};

const DIRECTIVE_STATE: Labels<DirectiveState> = {
  vi: {
    AWAITING_EXPLANATION: 'Chờ giải trình',
    EXPLAINED: 'Đã giải trình',
    ACCEPTED: 'Đã chấp nhận',
    RETURNED: 'Bị trả lại',
  },
  en: {
    AWAITING_EXPLANATION: 'Awaiting explanation',
    EXPLAINED: 'Explained',
    ACCEPTED: 'Accepted',
    RETURNED: 'Returned',
  },
};

const EVENT_KIND: Labels<AlertEventKind> = {
  vi: {
    RAISED: 'Phát sinh cảnh báo',
    DIRECTIVE: 'Giao chỉ đạo',
    EXPLANATION: 'Giải trình',
    ACCEPTED: 'Chấp nhận giải trình',
    RETURNED: 'Trả lại giải trình',
    CLOSED: 'Đóng cảnh báo',
  },
  en: {
    RAISED: 'Alert raised',
    DIRECTIVE: 'Directive issued',
    EXPLANATION: 'Explanation',
    ACCEPTED: 'Explanation accepted',
    RETURNED: 'Explanation returned',
    CLOSED: 'Alert closed',
  },
};

export const alertStateLabel = (locale: Locale, state: AlertState) => ALERT_STATE[locale][state];
export const directiveStateLabel = (locale: Locale, state: DirectiveState) => DIRECTIVE_STATE[locale][state];
export const eventKindLabel = (locale: Locale, kind: AlertEventKind) => EVENT_KIND[locale][kind];

export const ALERT_WORDS = {
  vi: {
    overdue: 'Quá hạn',
    noDirective: 'Chưa có chỉ đạo',
    deadline: 'Hạn giải trình',
    value: 'Giá trị',
    target: 'Chỉ tiêu',
    status: 'Đánh giá',
    unit: 'Đơn vị',
    period: 'Kỳ',
    indicator: 'Chỉ tiêu thống kê',
    directive: 'Chỉ đạo',
    raisedAt: 'Phát sinh lúc',
    closedAt: 'Đóng lúc',
    state: 'Trạng thái',
  },
  en: {
    overdue: 'Overdue',
    noDirective: 'No directive yet',
    deadline: 'Deadline',
    value: 'Value',
    target: 'Target',
    status: 'Status',
    unit: 'Unit',
    period: 'Period',
    indicator: 'Indicator',
    directive: 'Directive',
    raisedAt: 'Raised at',
    closedAt: 'Closed at',
    state: 'State',
  },
};
