// /graphiql: the GraphiQL IDE against the API, full height below the site's header; the IDE itself loads only here.
import type { Metadata } from 'next';
import { GraphiQLLoader } from './GraphiQLLoader';
import styles from './graphiql.module.css';

export const metadata: Metadata = { title: 'GraphiQL' };

export default function GraphiQLPage() {
  return (
    <div className={styles.frame}>
      <GraphiQLLoader />
    </div>
  );
}
