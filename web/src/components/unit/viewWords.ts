// Words shared by the page and the wall display of a unit: where it sits and which time its figures are for.
import { formatDate, formatPeriod } from '@/lib/format';
import { type Locale, messages } from '@/lib/i18n';
import { todayInVietnam } from './periodChoices';
import type { UnitState } from './unitState';

const WORDS = {
  vi: {
    code: 'Mã',
    latest: (day: string) => `Số liệu mới nhất đến ngày ${day}`,
    period: (p: string) => `Số liệu tổng hợp theo kỳ: ${p}`,
  },
  en: {
    code: 'Code',
    latest: (day: string) => `Latest figures as of ${day}`,
    period: (p: string) => `Figures aggregated over ${p}`,
  },
};

export const codeWord = (locale: Locale) => messages(locale, WORDS).code;

/** "Latest figures as of 28/11/2026" or "Figures aggregated over Dec 2024". */
export function timeCaption(state: UnitState): string {
  const m = messages(state.lang, WORDS);
  if (state.period) return m.period(formatPeriod(state.lang, state.period));
  return m.latest(formatDate(state.lang, state.asOf ?? todayInVietnam()));
}
