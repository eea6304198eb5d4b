// The period a quick report covers: the one the unit page shows (`period`), else the latest month ended by the page's
// day (`asOf`) or today. A malformed period, or one that has not begun, is refused with the reason.
import { tryParsePeriod } from '@ioc/schema/period';
import type { Locale } from '../../lib/i18n';
import { periodOf, shiftPeriod } from '../indicator/periods';

export type ReportPeriod = { ok: true; period: string } | { ok: false; message: string };

const WORDS = {
  vi: {
    malformed: (given: string, why: string) =>
      `Tham số "period": kỳ báo cáo "${given}" không hợp lệ (${why}). Ví dụ: 2025, 2025-Q3, 2025-06, 2025-W05, 2025-06-15.`,
    future: (given: string, today: string) =>
      `Tham số "period": kỳ "${given}" chưa bắt đầu (hôm nay là ${today}), chưa có số liệu để báo cáo.`,
    asOf: (given: string) => `Tham số "asOf": "${given}" không phải một ngày (YYYY-MM-DD).`,
  },
  en: {
    malformed: (given: string, why: string) =>
      `Parameter "period": "${given}" is not a period (${why}). For example: 2025, 2025-Q3, 2025-06, 2025-W05, 2025-06-15.`,
    future: (given: string, today: string) =>
      `Parameter "period": "${given}" has not begun yet (today is ${today}): there are no figures to report.`,
    asOf: (given: string) => `Parameter "asOf": "${given}" is not a day (YYYY-MM-DD).`,
  },
};

/** The latest month that has ended by the end of `day` (YYYY-MM-DD): its own month when it is the last day of it. */
export function latestEndedMonth(day: string): string {
  const month = periodOf('MONTH', day);
  const next = shiftPeriod(day, 1);
  // The day after is in another month: `day` closes its month, which is then complete.
  return next && periodOf('MONTH', next) !== month ? month : (shiftPeriod(month, -1) ?? month);
}

/** The report's period from the unit page's state, checked; `today` is Vietnam's day (YYYY-MM-DD). */
export function reportPeriod(
  { period, asOf }: { period?: string; asOf?: string },
  today: string,
  locale: Locale,
): ReportPeriod {
  const m = WORDS[locale];
  if (period !== undefined) {
    const parsed = tryParsePeriod(period);
    // The period algebra's own reason (which part and why), after the parameter it concerns.
    if (!parsed.ok) return { ok: false, message: m.malformed(period, parsed.error.message) };
    if (parsed.period.start > today) return { ok: false, message: m.future(period, today) };
    return { ok: true, period: parsed.period.id };
  }
  if (asOf !== undefined) {
    const parsed = tryParsePeriod(asOf);
    if (!parsed.ok || parsed.period.frequency !== 'day') return { ok: false, message: m.asOf(asOf) };
    return { ok: true, period: latestEndedMonth(parsed.period.id < today ? parsed.period.id : today) };
  }
  return { ok: true, period: latestEndedMonth(today) };
}
