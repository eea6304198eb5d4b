// What the tiles panel shows while its query runs: the grid's shape, so the page does not jump when values arrive.
import { type Locale, messages } from '@/lib/i18n';
import styles from './Skeleton.module.css';

const WORDS = { vi: 'Đang tải số liệu…', en: 'Loading figures…' };

export function TilesSkeleton({ locale, count = 8, wall }: { locale: Locale; count?: number; wall?: boolean }) {
  return (
    <div className={`${styles.tiles} ${wall ? styles.wall : ''}`} role="status" aria-busy="true">
      <span className="visually-hidden">{messages(locale, WORDS)}</span>
      {Array.from({ length: count }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders without identity.
        <div key={i} className={styles.tile} />
      ))}
    </div>
  );
}
