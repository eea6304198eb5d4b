// The line chart of an indicator over time for one unit: its values and, where there is one, its target (a line for
// a single target, two for a target range). Pure: the words and number formats come in with `locale`.
import type { Locale } from '@/lib/i18n';
import { CHART_COLORS, type ChartOption } from './chartOption';
import { type Line, lineOf, periodLineChart } from './periodLineChart';

export type SeriesPoint = {
  period: string;
  value?: number | null;
  target?: number | null;
  targetLow?: number | null;
  targetHigh?: number | null;
};

export type SeriesWords = { value: string; target: string; targetLow: string; targetHigh: string };

export function seriesOption({
  points,
  locale,
  words,
  compact,
}: {
  points: SeriesPoint[];
  locale: Locale;
  words: SeriesWords;
  compact: boolean;
}): ChartOption {
  const series: Line[] = [
    lineOf(
      words.value,
      points.map((p) => p.value ?? null),
      CHART_COLORS.value,
      false,
    ),
  ];
  // The target lines, only where the API gives one.
  for (const key of ['target', 'targetLow', 'targetHigh'] as const) {
    const data = points.map((p) => p[key] ?? null);
    if (data.some((v) => v !== null)) series.push(lineOf(words[key], data, CHART_COLORS.target, true));
  }
  return periodLineChart({ periods: points.map((p) => p.period), series, locale, compact });
}
