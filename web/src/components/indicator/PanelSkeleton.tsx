// The placeholder of a data panel while its query runs: the panel's heading and grey blocks of its shape.
import styles from './PanelSkeleton.module.css';

export function PanelSkeleton({ title, lines = 4, chart = false }: { title: string; lines?: number; chart?: boolean }) {
  return (
    <section className={styles.panel} aria-busy="true" aria-label={title}>
      <h2>{title}</h2>
      {chart && <div className={styles.chart} />}
      {Array.from({ length: lines }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholder lines, never reordered.
        <div key={i} className={styles.line} />
      ))}
    </section>
  );
}
