// The data table beneath a chart, folded: "Bảng …" opens it; its caption (for screen readers) names the chart it
// transcribes. The panels give the header and body rows.
import type { ReactNode } from 'react';
import { TableScroll } from '@/components/layout/TableScroll';
import styles from './Panel.module.css';

export function ChartTable({ title, caption, children }: { title: string; caption: string; children: ReactNode }) {
  return (
    <details className={styles.details}>
      <summary>{title}</summary>
      <TableScroll label={title}>
        <table>
          <caption className="visually-hidden">{caption}</caption>
          {children}
        </table>
      </TableScroll>
    </details>
  );
}
