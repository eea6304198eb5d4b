// The order of a ranking: best first by the indicator's direction (lowest first when lower is better), units
// without a value last and unranked; equal values share a rank (1, 2, 2, 4).
import type { Direction } from '@/gql/graphql';

export type Ranked<T> = T & { rank: number | null };

export function rankUnits<T extends { value?: number | null; name: string }>(
  rows: readonly T[],
  direction: Direction | null | undefined,
): Ranked<T>[] {
  const sign = direction === 'LOWER' ? 1 : -1;
  const valued: T[] = [];
  const missing: T[] = [];
  for (const r of rows) (typeof r.value === 'number' && Number.isFinite(r.value) ? valued : missing).push(r);
  valued.sort((a, b) => sign * ((a.value as number) - (b.value as number)) || a.name.localeCompare(b.name, 'vi'));
  const ranked: Ranked<T>[] = [];
  valued.forEach((r, i) => {
    const before = ranked[i - 1];
    ranked.push({ ...r, rank: before && before.value === r.value ? before.rank : i + 1 });
  });
  const unranked = missing.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return [...ranked, ...unranked.map((r) => ({ ...r, rank: null }))];
}
