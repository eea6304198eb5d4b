// Where a value's explanation is shown: from a tile, and from each input of another explanation.
export function explanationHref(unit: string, indicator: string, period: string): string {
  const q = new URLSearchParams({ indicator, period });
  return `/units/${encodeURIComponent(unit)}/explain?${q.toString()}`;
}
