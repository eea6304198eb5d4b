// A chart rendered on the server as SVG, in two widths (phone and wide screen; CSS shows one), named for assistive
// technology by `label` and followed by `children`: the visible summary or data table that says what it shows.
import type { ReactNode } from 'react';
import type { ChartOption } from './chartOption';
import { renderSvg } from './renderSvg';
import styles from './SvgChart.module.css';

export type ChartSize = { width: number; height: number };

type Props = {
  /** The accessible name of the chart (role="img"). */
  label: string;
  /** The option for a given width: axis labels and grid margins differ between a phone and a wide screen. */
  option: (size: ChartSize) => ChartOption;
  compact: ChartSize;
  wide: ChartSize;
  children?: ReactNode;
};

export function SvgChart({ label, option, compact, wide, children }: Props) {
  const compactSvg = renderSvg(option(compact), compact.width, compact.height);
  const wideSvg = renderSvg(option(wide), wide.width, wide.height);
  return (
    <figure className={styles.figure}>
      {/* Past 1.25 times its drawn width a chart only grows its letters: it stops there. */}
      <div role="img" aria-label={label} className={styles.chart} style={{ maxWidth: wide.width * 1.25 }}>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: ECharts' own SVG output; it escapes every text it draws. */}
        <div className={styles.compact} dangerouslySetInnerHTML={{ __html: compactSvg }} />
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: as above. */}
        <div className={styles.wide} dangerouslySetInnerHTML={{ __html: wideSvg }} />
      </div>
      {children}
    </figure>
  );
}
