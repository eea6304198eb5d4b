// From a request to a report: the period checked (400 when wrong, with why), the API asked as the reader, the model
// built; or the HTTP status and sentence that say why not (401 signed out, 403 outside an officer's units, 404 no
// such unit, 502 API unreachable). Shared by the print page and the file downloads.
import 'server-only';
import { type Locale, messages } from '@/lib/i18n';
import { todayInVietnam } from '../unit/periodChoices';
import { loadReport } from './loadReport';
import { buildReport, type Report } from './reportModel';
import { reportPeriod } from './reportPeriod';

export type Prepared =
  | { ok: true; report: Report }
  | { ok: false; status: 400 | 401 | 403 | 404 | 502; message: string };

const WORDS = {
  vi: {
    signedOut: 'Cần đăng nhập để lập báo cáo.',
    forbidden: 'Tài khoản của bạn chỉ lập được báo cáo của đơn vị mình và các đơn vị trực thuộc.',
    notFound: (code: string) => `Không có đơn vị mã ${code} trong phiên bản đơn vị hành chính của kỳ này.`,
    unreachable: 'Không kết nối được máy chủ dữ liệu; hãy thử lại sau.',
  },
  en: {
    signedOut: 'Sign in to make a report.',
    forbidden: 'Your account can make reports of your own unit and the units below it only.',
    notFound: (code: string) => `No unit with code ${code} in the administrative edition of this period.`,
    unreachable: 'The data server could not be reached; try again later.',
  },
};

export async function prepareReport(
  code: string,
  params: { period?: string; asOf?: string },
  locale: Locale,
  now = new Date(),
): Promise<Prepared> {
  const m = messages(locale, WORDS);
  const period = reportPeriod(params, todayInVietnam(now), locale);
  if (!period.ok) return { ok: false, status: 400, message: period.message };
  const loaded = await loadReport(code, period.period, now);
  if (loaded.ok) return { ok: true, report: buildReport(loaded.input, locale) };
  switch (loaded.problem.code) {
    case 'UNAUTHENTICATED':
      return { ok: false, status: 401, message: m.signedOut };
    case 'FORBIDDEN':
      return { ok: false, status: 403, message: m.forbidden };
    case 'NOT_FOUND':
      return { ok: false, status: 404, message: m.notFound(code) };
    // The API's own sentence names the argument and why (e.g. a period of the wrong kind for the unit).
    case 'BAD_USER_INPUT':
      return { ok: false, status: 400, message: loaded.problem.message };
    default:
      return { ok: false, status: 502, message: m.unreachable };
  }
}

/** The page's query string: a value given twice counts once, as on the unit page. */
export function reportParams(query: Record<string, string | string[] | undefined> | URLSearchParams) {
  const get = (k: string) => {
    const v = query instanceof URLSearchParams ? query.get(k) : query[k];
    const s = (Array.isArray(v) ? v[0] : v)?.trim();
    return s ? s : undefined;
  };
  return { period: get('period'), asOf: get('asOf') };
}
