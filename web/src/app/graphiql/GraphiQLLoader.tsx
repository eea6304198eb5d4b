'use client';
// Loads GraphiQL (and Monaco with it) in the browser only: Monaco touches window on import, and its chunks stay out
// of every other page's bundle.
import dynamic from 'next/dynamic';
import styles from './graphiql.module.css';

const GraphiQLApp = dynamic(() => import('./GraphiQLApp'), {
  ssr: false,
  loading: () => <p className={styles.loading}>Đang tải GraphiQL…</p>,
});

export function GraphiQLLoader() {
  return <GraphiQLApp />;
}
