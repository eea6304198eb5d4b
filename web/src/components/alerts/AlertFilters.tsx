// The inbox's filters: a plain GET form (works without JavaScript), its state in the URL.
import { type Locale, messages } from '@/lib/i18n';
import styles from './Alerts.module.css';
import type { AlertFilter } from './alertFilter';

const WORDS = {
  vi: {
    label: 'Lọc cảnh báo',
    unit: 'Mã đơn vị (gồm cả đơn vị trực thuộc)',
    sector: 'Lĩnh vực',
    allSectors: '— Tất cả lĩnh vực —',
    period: 'Kỳ (vd. 2025-09, 2025-Q3, 2025)',
    state: 'Trạng thái',
    open: 'Đang mở',
    closed: 'Đã đóng',
    all: 'Tất cả',
    overdue: 'Quá hạn',
    awaiting: 'Chờ giải trình',
    submit: 'Lọc',
  },
  en: {
    label: 'Filter alerts',
    unit: 'Unit code (and the units below it)',
    sector: 'Sector',
    allSectors: '— All sectors —',
    period: 'Period (e.g. 2025-09, 2025-Q3, 2025)',
    state: 'State',
    open: 'Open',
    closed: 'Closed',
    all: 'All',
    overdue: 'Overdue',
    awaiting: 'Awaiting explanation',
    submit: 'Filter',
  },
};

type Props = { filter: AlertFilter; sectors: { code: string; name: string; nameEn: string }[]; locale: Locale };

export function AlertFilters({ filter, sectors, locale }: Props) {
  const m = messages(locale, WORDS);
  return (
    <form method="get" action="/alerts" className={styles.filters} aria-label={m.label}>
      {locale === 'en' && <input type="hidden" name="lang" value="en" />}
      <label>
        {m.unit}
        <input name="unit" defaultValue={filter.unit ?? ''} size={8} inputMode="numeric" />
      </label>
      <label>
        {m.sector}
        <select name="sector" defaultValue={filter.sector ?? ''}>
          <option value="">{m.allSectors}</option>
          {sectors.map((s) => (
            <option key={s.code} value={s.code}>
              {locale === 'en' ? s.nameEn : s.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.period}
        <input name="period" defaultValue={filter.period ?? ''} size={10} />
      </label>
      <label>
        {m.state}
        <select name="state" defaultValue={filter.state ?? 'all'}>
          <option value="OPEN">{m.open}</option>
          <option value="CLOSED">{m.closed}</option>
          <option value="all">{m.all}</option>
        </select>
      </label>
      <label className={styles.check}>
        <input type="checkbox" name="overdue" value="1" defaultChecked={filter.overdue} />
        {m.overdue}
      </label>
      <label className={styles.check}>
        <input type="checkbox" name="awaiting" value="1" defaultChecked={filter.awaiting} />
        {m.awaiting}
      </label>
      <button type="submit">{m.submit}</button>
    </form>
  );
}
