// Chooses the series' unit and range by a plain GET form (works without JavaScript); the ranking's state and the
// language ride along as hidden fields.
import type { AdminLevel } from '@/gql/graphql';
import { type Locale, messages } from '@/lib/i18n';
import { levelLabel } from './enumLabels';
import { HiddenParams } from './HiddenParams';
import styles from './Panel.module.css';
import type { IndicatorView } from './viewParams';

const WORDS = {
  vi: { unit: 'Đơn vị', from: 'Từ kỳ', to: 'Đến kỳ', show: 'Xem', hint: 'Ví dụ' },
  en: { unit: 'Unit', from: 'From', to: 'To', show: 'Show', hint: 'e.g.' },
};

type Props = {
  code: string;
  view: IndicatorView;
  locale: Locale;
  unit: string;
  from?: string;
  to?: string;
  units: { code: string; fullName: string; level: AdminLevel }[];
};

export function SeriesForm({ code, view, locale, unit, from, to, units }: Props) {
  const m = messages(locale, WORDS);
  const levels = [...new Set(units.map((u) => u.level))];
  const known = units.some((u) => u.code === unit);
  return (
    <form className={styles.form} action={`/indicators/${code}`} method="get">
      <HiddenParams params={{ level: view.level, period: view.period, lang: locale === 'en' ? 'en' : undefined }} />
      <label htmlFor="series-unit">
        {m.unit}
        {units.length > 0 ? (
          <select id="series-unit" name="unit" defaultValue={unit}>
            {!known && <option value={unit}>{unit}</option>}
            {levels.map((level) => (
              <optgroup key={level} label={levelLabel(locale, level)}>
                {units
                  .filter((u) => u.level === level)
                  .map((u) => (
                    <option key={u.code} value={u.code}>
                      {u.fullName}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        ) : (
          <input id="series-unit" name="unit" defaultValue={unit} size={8} inputMode="numeric" />
        )}
      </label>
      <label>
        {m.from}
        <input name="from" defaultValue={from ?? ''} size={11} placeholder={from ? `${m.hint} ${from}` : undefined} />
      </label>
      <label>
        {m.to}
        <input name="to" defaultValue={to ?? ''} size={11} placeholder={to ? `${m.hint} ${to}` : undefined} />
      </label>
      <button type="submit">{m.show}</button>
    </form>
  );
}
