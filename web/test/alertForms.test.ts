// The checks of the alert page's forms, with the exact messages a reader sees beside each field; the inbox's state in
// the URL; and the login page's `next`, which never leads off the site.
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { alertFilterFrom, alertsHref, alertVariables } from '../src/components/alerts/alertFilter';
import { apiRefusal } from '../src/components/alerts/alertFormState';
import {
  MAX_MESSAGE,
  validateDirective,
  validateExplanation,
  validateReview,
} from '../src/components/alerts/validateAlertForms';
import { safeNext } from '../src/lib/auth/safeNext';

const TODAY = '2026-11-28';

describe('the directive form', () => {
  it.each([
    [
      { message: '', deadline: '' },
      { message: 'Vui lòng nhập nội dung chỉ đạo', deadline: 'Vui lòng chọn hạn giải trình' },
    ],
    [{ message: '   ', deadline: '2026-11-28' }, { message: 'Vui lòng nhập nội dung chỉ đạo' }],
    [{ message: 'Báo cáo', deadline: '2026-11-27' }, { deadline: 'Hạn giải trình phải từ hôm nay trở đi' }],
    [{ message: 'Báo cáo', deadline: '2026-02-30' }, { deadline: 'Hạn giải trình không hợp lệ (ngày/tháng/năm)' }],
    [
      { message: 'x'.repeat(MAX_MESSAGE + 1), deadline: '2026-12-05' },
      { message: 'Nội dung quá dài: tối đa 2.000 ký tự' },
    ],
    [{ message: 'Báo cáo', deadline: '2026-11-28' }, {}],
  ])('%j → %j', (input, expected) => {
    expect(validateDirective(input, TODAY, 'vi')).toEqual(expected);
  });

  it('speaks English with ?lang=en', () => {
    expect(validateDirective({ message: '', deadline: '2026-01-01' }, TODAY, 'en')).toEqual({
      message: 'Enter the directive',
      deadline: 'The deadline must be today or later',
    });
  });
});

describe('the explanation and review forms', () => {
  it('require the explanation and the remedy plan', () => {
    expect(validateExplanation({ explanation: '', remedyPlan: ' ' }, 'vi')).toEqual({
      explanation: 'Vui lòng nhập nội dung giải trình',
      remedyPlan: 'Vui lòng nhập kế hoạch khắc phục',
    });
    expect(validateExplanation({ explanation: 'Do mưa bão', remedyPlan: 'Lễ hội hoa' }, 'vi')).toEqual({});
  });

  it('require a comment to return, not to accept', () => {
    expect(validateReview({ decision: 'return', comment: '' }, 'vi')).toEqual({
      comment: 'Vui lòng nhập ý kiến khi trả lại giải trình',
    });
    expect(validateReview({ decision: 'accept', comment: '' }, 'vi')).toEqual({});
  });
});

describe('the inbox in the URL', () => {
  it('reads the filter, open alerts by default, and writes it back', () => {
    const filter = alertFilterFrom({ unit: '24781', sector: 'TOURISM', overdue: '1', lang: 'en' });
    expect(filter).toMatchObject({ unit: '24781', sector: 'TOURISM', state: 'OPEN', overdue: true, awaiting: false });
    expect(alertVariables(filter)).toMatchObject({
      unit: '24781',
      state: 'OPEN',
      overdue: true,
      awaitingExplanation: null,
    });
    expect(alertsHref(filter, { after: 'abc' })).toBe('/alerts?unit=24781&sector=TOURISM&overdue=1&after=abc&lang=en');
    expect(alertsHref(alertFilterFrom({ state: 'all' }))).toBe('/alerts?state=all');
    expect(alertFilterFrom({ sector: 'drop table' }).sector).toBeUndefined();
  });
});

describe('where the login page leads', () => {
  it.each([
    ['/units/24781?sector=tourism', '/units/24781?sector=tourism'],
    ['//evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/', '/'],
    [undefined, '/'],
  ])('%s → %s', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});

describe("the API's refusals in the reader's language", () => {
  const refused = (code: string, argument: string | undefined, message: string) =>
    new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code, argument } })] });
  const values = { message: 'Báo cáo', deadline: '2026-11-27' };

  it.each([
    [
      refused('BAD_USER_INPUT', 'deadline', 'deadline 2026-11-27 has passed'),
      { errors: { deadline: 'Hạn giải trình phải từ hôm nay trở đi' } },
    ],
    [
      refused('BAD_USER_INPUT', 'message', 'message is 2001 characters long: at most 2000'),
      { errors: { message: 'Nội dung quá dài: tối đa 2.000 ký tự' } },
    ],
    [
      refused('BAD_USER_INPUT', 'message', 'message is empty: write what you mean'),
      { errors: { message: 'Vui lòng nhập nội dung chỉ đạo' } },
    ],
    [
      refused('BAD_USER_INPUT', 'alert', 'alert 3 is closed'),
      { form: 'Cảnh báo đã đóng hoặc đang có chỉ đạo chưa được chấp nhận: không giao thêm chỉ đạo được.' },
    ],
    [
      refused('FORBIDDEN', undefined, 'OFFICER may not issueDirective'),
      { form: 'Bạn không có quyền thực hiện thao tác này với cảnh báo này.' },
    ],
    [
      new CombinedError({ networkError: new Error('ECONNREFUSED') }),
      { form: 'Không thực hiện được: máy chủ dữ liệu không trả lời. Vui lòng thử lại.' },
    ],
  ])('%s', (error, expected) => {
    expect(apiRefusal(error, ['message', 'deadline'], values, 'vi')).toEqual({ values, ...expected });
  });
});
