// Which indicators' values can change when an indicator's data change: the indicator itself, every indicator whose
// formula reads it, and every indicator it weighs (a weighted average over units), transitively. What a write makes
// stale in the engine's and the live data's memos; everything else stays valid.
import type { Catalog } from '@ioc/schema/catalog';

export function readersOf(catalog: Catalog): (code: string) => ReadonlySet<string> {
  const direct = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = direct.get(from);
    if (list) list.push(to);
    else direct.set(from, [to]);
  };
  for (const ind of catalog.indicators) {
    for (const input of ind.inputs) link(input, ind.code);
    if (ind.aggregation?.weight) link(ind.aggregation.weight, ind.code);
  }
  const memo = new Map<string, ReadonlySet<string>>();
  return (code) => {
    const known = memo.get(code);
    if (known) return known;
    const seen = new Set<string>([code]);
    const queue = [code];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      for (const reader of direct.get(next) ?? []) {
        if (seen.has(reader)) continue;
        seen.add(reader);
        queue.push(reader);
      }
    }
    memo.set(code, seen);
    return seen;
  };
}
