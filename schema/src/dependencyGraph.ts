// The dependency graph of derived indicators: a topological order for computation, and cycles as located problems.
import type { DraftIndicator } from './catalog';
import type { Problem } from './problem';

/** Kahn's algorithm (iterative, so a 10,000-indicator chain cannot overflow the stack). */
export function checkGraph(drafts: ReadonlyMap<string, DraftIndicator>): { order: string[]; problems: Problem[] } {
  const pending = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const ind of drafts.values()) {
    const known = ind.inputs.filter((c) => drafts.has(c));
    pending.set(ind.code, known.length);
    for (const input of known) {
      const list = dependents.get(input);
      if (list) list.push(ind.code);
      else dependents.set(input, [ind.code]);
    }
  }
  const order: string[] = [];
  const ready = [...pending].filter(([, n]) => n === 0).map(([c]) => c);
  while (ready.length > 0) {
    const code = ready.pop() as string;
    order.push(code);
    for (const dep of dependents.get(code) ?? []) {
      const left = (pending.get(dep) ?? 0) - 1;
      pending.set(dep, left);
      if (left === 0) ready.push(dep);
    }
  }
  if (order.length === drafts.size) return { order, problems: [] };

  // What is left lies on or behind a cycle. Report each cycle once, at its alphabetically first member.
  const stuck = new Set([...pending].filter(([, n]) => n > 0).map(([c]) => c));
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const start of [...stuck].sort()) {
    if (reported.has(start)) continue;
    const cycle = findCycleFrom(start, drafts, stuck);
    if (!cycle) continue;
    for (const c of cycle) reported.add(c);
    const first = [...cycle].sort()[0] as string;
    const rotated = [...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first)), first];
    const ind = drafts.get(first) as DraftIndicator;
    const next = rotated[1] as string;
    const ref = ind.formula?.text.indexOf(next) ?? 0;
    problems.push({
      ...ind.file.locateInString(['indicators', ind.index, 'formula'], Math.max(ref, 0)),
      message: `${first}: formula: dependency cycle ${rotated.join(' -> ')}`,
    });
  }
  return { order, problems };
}

function findCycleFrom(
  start: string,
  drafts: ReadonlyMap<string, DraftIndicator>,
  stuck: ReadonlySet<string>,
): string[] | null {
  // Follow stuck inputs until a node repeats; the repeated stretch is a cycle.
  const seen = new Map<string, number>();
  const walk: string[] = [];
  let cur: string | undefined = start;
  while (cur !== undefined && !seen.has(cur)) {
    seen.set(cur, walk.length);
    walk.push(cur);
    cur = drafts.get(cur)?.inputs.find((c) => stuck.has(c));
  }
  if (cur === undefined) return null;
  return walk.slice(seen.get(cur));
}
