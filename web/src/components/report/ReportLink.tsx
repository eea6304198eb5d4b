// The "Báo cáo nhanh" link of a unit page: the quick report of that unit for the time the page shows (its period, or
// its day, from which the report takes the latest month ended by then), in the page's language.
import Link from 'next/link';
import { withLang } from '@/lib/i18n';
import type { UnitState } from '../unit/unitState';
import { reportWords } from './reportWords';

export function reportHref(code: string, state: Pick<UnitState, 'period' | 'asOf' | 'lang'>): string {
  const query = new URLSearchParams();
  if (state.period) query.set('period', state.period);
  else if (state.asOf) query.set('asOf', state.asOf);
  const rest = query.toString();
  return withLang(`/units/${encodeURIComponent(code)}/report${rest ? `?${rest}` : ''}`, state.lang);
}

export function ReportLink({ code, state }: { code: string; state: UnitState }) {
  return (
    <Link href={reportHref(code, state)} prefetch={false} data-report-link="">
      {reportWords(state.lang).title}
    </Link>
  );
}
