// The year-end projection of an indicator, drawn over its year: a solid line for what is known (a running total, a
// mean so far, a latest value or a formula's own values), a dashed one from the last known point to the projection
// (straight across where a formula has no points between), and the year's target as a line. Pure: the words and
// number formats come in with `locale`.
import type { Locale } from '@/lib/i18n';
import { CHART_COLORS, type ChartOption } from './chartOption';
import { type Line, lineOf, periodLineChart } from './periodLineChart';

export type ProjectionPoint = { period: string; value?: number | null; projected: boolean };

export type ProjectionWords = { known: string; projected: string; target: string };

export function projectionOption({
  points,
  yearTarget,
  locale,
  words,
  compact,
}: {
  points: ProjectionPoint[];
  yearTarget: number | null;
  locale: Locale;
  words: ProjectionWords;
  compact: boolean;
}): ChartOption {
  const lastKnown = points.findLastIndex((p) => !p.projected);
  const known = points.map((p) => (p.projected ? null : (p.value ?? null)));
  // The projected line starts at the last known point, so the two lines meet; its points are marked too.
  const projected = points.map((p, i) => (p.projected || i === lastKnown ? (p.value ?? null) : null));
  const series: Line[] = [
    lineOf(words.known, known, CHART_COLORS.value, false),
    { ...lineOf(words.projected, projected, CHART_COLORS.projection, true), showSymbol: true, connectNulls: true },
  ];
  if (yearTarget !== null) {
    series.push(
      lineOf(
        words.target,
        points.map(() => yearTarget),
        CHART_COLORS.target,
        true,
      ),
    );
  }
  return periodLineChart({ periods: points.map((p) => p.period), series, locale, compact, fromZero: true });
}
