// The picker of a unit page, plain GET forms that work without JavaScript: either a day (each indicator at its own
// latest period ended by then, `asOf`) or a period (values aggregated to it, `period`), offered only at the
// frequencies the shown indicators are collected at. The other state of the URL goes along in hidden fields.
import Link from 'next/link';
import type { Frequency } from '@/gql/graphql';
import { formatDate, formatPeriod } from '@/lib/format';
import { messages } from '@/lib/i18n';
import { frequencyLabel } from './indicator/enumLabels';
import { frequencyOf, shiftPeriod } from './indicator/periods';
import styles from './unit/PeriodPicker.module.css';
import { endedPeriods, PICKER_FREQUENCIES, todayInVietnam } from './unit/periodChoices';
import { stateParams, type UnitState, unitHref, unitPath } from './unit/unitState';

const WORDS = {
  vi: {
    label: 'Thời gian',
    steps: 'Chuyển kỳ',
    asOf: 'Số liệu mới nhất đến ngày',
    showAsOf: 'Xem đến ngày',
    period: 'Hoặc tổng hợp theo kỳ',
    choose: '— Chọn kỳ —',
    showPeriod: 'Xem kỳ',
    previous: 'Kỳ trước',
    next: 'Kỳ sau',
    latest: 'Mới nhất',
    preReform: 'Trước 01/07/2025 (có cấp huyện)',
  },
  en: {
    label: 'Time',
    steps: 'Other periods',
    asOf: 'Latest figures as of',
    showAsOf: 'Show as of date',
    period: 'Or aggregate over a period',
    choose: '— Choose a period —',
    showPeriod: 'Show period',
    previous: 'Previous period',
    next: 'Next period',
    latest: 'Latest',
    preReform: 'Before 01/07/2025 (with districts)',
  },
};

/** The state that a form keeps while it sets the time: everything else, as hidden fields. */
function Hidden({ state }: { state: UnitState }) {
  return stateParams({ ...state, period: undefined, asOf: undefined }).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));
}

type Props = { code: string; state: UnitState; frequencies: readonly Frequency[] };

export function PeriodForm({ code, state, frequencies }: Props) {
  const locale = state.lang;
  const m = messages(locale, WORDS);
  const today = todayInVietnam();
  const offered = PICKER_FREQUENCIES.filter((f) => frequencies.includes(f));
  const selected = state.period && frequencyOf(state.period);
  const previous = state.period && shiftPeriod(state.period, -1);
  const next = state.period && shiftPeriod(state.period, 1);
  return (
    <section className={styles.picker} aria-label={m.label}>
      <form action={unitPath(code)} method="get" className={styles.form}>
        <label htmlFor="asOf">{m.asOf}</label>
        <input id="asOf" name="asOf" type="date" defaultValue={state.asOf ?? today} max={today} />
        {/* After the control: the URL reads ?asOf=…&sector=…, in the order of every other link. */}
        <Hidden state={state} />
        <button type="submit">{m.showAsOf}</button>
      </form>
      <form action={unitPath(code)} method="get" className={styles.form}>
        <label htmlFor="period">{m.period}</label>
        <select id="period" name="period" defaultValue={state.period ?? ''} required>
          <option value="" disabled>
            {m.choose}
          </option>
          {offered.map((f) => {
            const periods = endedPeriods(f, today);
            // The period in the URL is always among the choices, even when older than the list.
            if (state.period && selected === f && !periods.includes(state.period)) periods.unshift(state.period);
            return (
              <optgroup key={f} label={frequencyLabel(locale, f)}>
                {periods.map((p) => (
                  <option key={p} value={p}>
                    {formatPeriod(locale, p)}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
        <Hidden state={state} />
        <button type="submit">{m.showPeriod}</button>
      </form>
      <nav className={styles.steps} aria-label={m.steps}>
        {previous && (
          <Link href={unitHref(code, state, { period: previous })} prefetch={false} rel="prev">
            ‹ {m.previous} ({formatPeriod(locale, previous)})
          </Link>
        )}
        {next && (
          <Link href={unitHref(code, state, { period: next })} prefetch={false} rel="next">
            {m.next} ({formatPeriod(locale, next)}) ›
          </Link>
        )}
        {(state.period || state.asOf) && (
          <Link href={unitHref(code, state, { period: undefined, asOf: undefined })} prefetch={false}>
            {m.latest} ({formatDate(locale, today)})
          </Link>
        )}
        <Link href={unitHref(code, state, { period: '2025-06', asOf: undefined })} prefetch={false}>
          {m.preReform}
        </Link>
      </nav>
    </section>
  );
}
