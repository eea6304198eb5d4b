// The audit log's rows: when, who, what, on which record, and the record before and after (as the API keeps them).
import type { AuditLogQuery } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { type Locale, messages } from '@/lib/i18n';
import { TableScroll } from '../layout/TableScroll';
import styles from './AuditTable.module.css';

type Entry = AuditLogQuery['auditLog']['edges'][number]['node'];

const WORDS = {
  vi: { at: 'Thời điểm', actor: 'Người thực hiện', action: 'Thao tác', entity: 'Đối tượng', change: 'Thay đổi' },
  en: { at: 'At', actor: 'Actor', action: 'Action', entity: 'Record', change: 'Change' },
};

export function AuditTable({ entries, locale, caption }: { entries: Entry[]; locale: Locale; caption: string }) {
  const m = messages(locale, WORDS);
  return (
    <TableScroll label={caption}>
      <table className={styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.at}</th>
            <th scope="col">{m.actor}</th>
            <th scope="col">{m.action}</th>
            <th scope="col">{m.entity}</th>
            <th scope="col">{m.change}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>
                <time dateTime={e.at}>{formatDateTime(locale, e.at)}</time>
              </td>
              <td>{e.actor}</td>
              <td>
                <code>{e.action}</code>
              </td>
              <td>
                {e.entity} <code>{e.entityKey}</code>
              </td>
              <td className={styles.change}>
                {e.before && <code>− {e.before}</code>}
                {e.after && <code>+ {e.after}</code>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
