// Chooses the ranking's level and period by a plain GET form (works without JavaScript); the series' state and the
// language ride along as hidden fields.
import type { AdminLevel } from '@/gql/graphql';
import { type Locale, messages } from '@/lib/i18n';
import { levelLabel } from './enumLabels';
import { HiddenParams } from './HiddenParams';
import styles from './Panel.module.css';
import type { IndicatorView } from './viewParams';

const WORDS = {
  vi: { level: 'Cấp', period: 'Kỳ báo cáo', show: 'Xếp hạng' },
  en: { level: 'Level', period: 'Period', show: 'Rank' },
};

type Props = {
  code: string;
  view: IndicatorView;
  locale: Locale;
  level: AdminLevel | null;
  levels: AdminLevel[];
  period: string;
};

export function RankingForm({ code, view, locale, level, levels, period }: Props) {
  const m = messages(locale, WORDS);
  const options = level && !levels.includes(level) ? [...levels, level] : levels;
  return (
    <form className={styles.form} action={`/indicators/${code}`} method="get">
      <HiddenParams
        params={{ unit: view.unit, from: view.from, to: view.to, lang: locale === 'en' ? 'en' : undefined }}
      />
      {options.length > 0 && (
        <label>
          {m.level}
          <select name="level" defaultValue={level ?? undefined}>
            {options.map((l) => (
              <option key={l} value={l}>
                {levelLabel(locale, l)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {m.period}
        <input name="period" defaultValue={period} size={11} />
      </label>
      <button type="submit">{m.show}</button>
    </form>
  );
}
