// A panel whose query failed: its heading, what went wrong in the reader's language, and the API's own message
// (which says which argument is wrong, e.g. a malformed period in the address).
import type { CombinedError } from '@urql/core';
import type { ReactNode } from 'react';
import styles from './Panel.module.css';

export function PanelError({
  id,
  title,
  message,
  error,
  children,
}: {
  /** The id of the panel it stands for, so that links to the panel still land (#ranking). */
  id?: string;
  title: string;
  message: string;
  error?: CombinedError | string;
  children?: ReactNode;
}) {
  const detail = typeof error === 'string' ? error : (error?.graphQLErrors[0]?.message ?? error?.networkError?.message);
  return (
    <section className={styles.panel} id={id}>
      <h2>{title}</h2>
      {children}
      <div className="error" role="alert">
        <p>
          <strong>{message}</strong>
          {detail && `: ${detail}`}
        </p>
      </div>
    </section>
  );
}
