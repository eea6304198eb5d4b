// A tile's trend as a small inline SVG drawn on the server: no chart library and no client JavaScript. A missing value
// breaks the line rather than dropping to zero.
import styles from './Sparkline.module.css';

export type SparkPoint = { period: string; value?: number | null };

type Props = { points: readonly SparkPoint[]; label: string; width?: number; height?: number };

export function Sparkline({ points, label, width = 120, height = 32 }: Props) {
  const values = points.map((p) => (typeof p.value === 'number' && Number.isFinite(p.value) ? p.value : null));
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return null;
  const min = Math.min(...known);
  const max = Math.max(...known);
  const pad = 3;
  const x = (i: number) => pad + (i * (width - 2 * pad)) / Math.max(1, values.length - 1);
  // A flat series sits in the middle.
  const y = (v: number) => (max === min ? height / 2 : pad + ((max - v) * (height - 2 * pad)) / (max - min));
  const segments: string[] = [];
  let current: string[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
    } else current.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  });
  if (current.length) segments.push(current.join(' '));
  const lastIndex = values.length - 1;
  const last = values[lastIndex];
  return (
    <svg
      className={styles.sparkline}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={label}
    >
      {segments.map((s) =>
        s.includes(' ') ? (
          <polyline key={s} points={s} fill="none" />
        ) : (
          <circle key={s} cx={s.split(',')[0]} cy={s.split(',')[1]} r={1.5} />
        ),
      )}
      {last !== null && last !== undefined && <circle className={styles.last} cx={x(lastIndex)} cy={y(last)} r={2.5} />}
    </svg>
  );
}
