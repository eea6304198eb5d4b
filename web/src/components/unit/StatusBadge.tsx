// A status as colour, shape and word, never colour alone. The shape is drawn by CSS (hidden from screen readers,
// which read the word): one element per badge, as the tiles and the children table have hundreds of them.
import type { Status } from '@/gql/graphql';
import type { Locale } from '@/lib/i18n';
import { statusLabel } from '../indicator/enumLabels';
import styles from './StatusBadge.module.css';

export function StatusBadge({ status, locale }: { status: Status; locale: Locale }) {
  return (
    <span className={`${styles.badge} ${styles[status]}`} data-status={status}>
      {statusLabel(locale, status)}
    </span>
  );
}
