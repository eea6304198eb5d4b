// The report's figures and thread as text, shared by the PDF, XLSX and CSV renderers and the print page: a target
// (a single figure or a range), an alert with its directive, and each explanation with its state.
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import type { Locale } from '../../lib/i18n';
import type { NotAchievedRow } from './reportModel';
import { directiveStateLabel, explanationStateLabel, reportWords } from './reportWords';

/** "95" or "95–105"; an em dash without a target. */
export function targetText(locale: Locale, row: Pick<NotAchievedRow, 'target' | 'targetLow' | 'targetHigh'>): string {
  if (row.targetLow !== null && row.targetHigh !== null) {
    return `${formatNumber(locale, row.targetLow)}–${formatNumber(locale, row.targetHigh)}`;
  }
  return formatNumber(locale, row.target);
}

export function alertText(locale: Locale, row: NotAchievedRow): string {
  const m = reportWords(locale);
  if (!row.alert) return m.noAlert;
  const state = row.alert.state === 'OPEN' ? m.alertOpen : m.alertClosed;
  return `${state} (${formatDateTime(locale, row.alert.raisedAt)})`;
}

export function directiveText(locale: Locale, row: NotAchievedRow): string {
  const m = reportWords(locale);
  const d = row.directive;
  if (!d) return m.noDirective;
  const overdue = d.overdue ? `, ${m.overdue}` : '';
  const agency = d.agency ? ` → ${d.agency}` : '';
  return `${d.message} — ${m.issuedBy}: ${d.issuedBy}${agency}; ${m.deadline}: ${formatDate(locale, d.deadline)} (${directiveStateLabel(locale, d.state)}${overdue})`;
}

export function explanationsText(locale: Locale, row: NotAchievedRow): string[] {
  const m = reportWords(locale);
  return row.explanations.map((e) => {
    const remedy = e.remedyPlan ? ` · ${m.remedy}: ${e.remedyPlan}` : '';
    const by = e.by ? `${e.by}, ${formatDateTime(locale, e.at)}` : formatDateTime(locale, e.at);
    return `${e.text}${remedy} (${by}) — ${explanationStateLabel(locale, e.state)}`;
  });
}

/** The download's file name: bao-cao-nhanh-68-2025-06.pdf. */
export function reportFileName(code: string, period: string, extension: string): string {
  return `bao-cao-nhanh-${code}-${period}.${extension}`;
}
