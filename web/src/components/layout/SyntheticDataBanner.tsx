// The label every page carries: the demo's values are generated, its administrative units are real.
import { type Locale, messages } from '@/lib/i18n';

const WORDS = {
  vi: 'Dữ liệu minh họa, tổng hợp ngẫu nhiên — không phải số liệu thống kê chính thức. Đơn vị hành chính và mã số là thật (Tổng cục Thống kê).',
  en: 'Demo data, synthetic — not official statistics. The administrative units and their codes are real (General Statistics Office of Vietnam).',
};

export function SyntheticDataBanner({ locale }: { locale: Locale }) {
  return (
    <p className="synthetic" role="note">
      {messages(locale, WORDS)}
    </p>
  );
}
