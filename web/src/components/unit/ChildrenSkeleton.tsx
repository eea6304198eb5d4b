// What the children panel shows while its query runs: a few grey rows where the table will be.
import { type Locale, messages } from '@/lib/i18n';
import styles from './Skeleton.module.css';

const WORDS = { vi: 'Đang tải các đơn vị trực thuộc…', en: 'Loading the units below…' };

export function ChildrenSkeleton({ locale, rows = 6 }: { locale: Locale; rows?: number }) {
  return (
    <div className={styles.rows} role="status" aria-busy="true">
      <span className="visually-hidden">{messages(locale, WORDS)}</span>
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders without identity.
        <div key={i} className={styles.row} />
      ))}
    </div>
  );
}
