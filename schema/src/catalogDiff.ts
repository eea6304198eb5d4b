// What a catalog change does: indicators added, removed and changed (field by field), and which stored or computed
// values it makes stale, following formulas to every indicator that reads a changed one. Pure: two catalogs in.
import type { Catalog, Indicator } from './catalog';

/** The fields whose change matters to values, statuses or clients; names are the catalog file's. */
const FIELDS = ['formula', 'frequency', 'level', 'aggregation', 'threshold', 'unit', 'bounds', 'source', 'deprecated'];
type Field = (typeof FIELDS)[number];

export interface FieldChange {
  field: Field;
  before: string;
  after: string;
}

export interface StaleValues {
  code: string;
  /** Why its values are stale, in a reviewer's words. */
  reason: string;
}

export interface CatalogDiff {
  added: Indicator[];
  removed: Indicator[];
  changed: { code: string; changes: FieldChange[] }[];
  stale: StaleValues[];
}

function show(indicator: Indicator, field: Field): string {
  switch (field) {
    case 'formula':
      return indicator.formula?.text ?? `(input: ${indicator.source})`;
    case 'aggregation':
      return indicator.aggregation ? `units ${indicator.aggregation.units}, time ${indicator.aggregation.time}` : '-';
    case 'threshold':
      return indicator.threshold ? JSON.stringify(indicator.threshold) : '-';
    case 'bounds':
      return indicator.bounds ? `[${indicator.bounds.join(', ')}]` : '-';
    default: {
      const value = (indicator as unknown as Record<string, unknown>)[field];
      return value === undefined ? '-' : String(value);
    }
  }
}

export function diffCatalogs(before: Catalog, after: Catalog): CatalogDiff {
  const added = after.indicators.filter((i) => !before.byCode.has(i.code));
  const removed = before.indicators.filter((i) => !after.byCode.has(i.code));
  const changed: CatalogDiff['changed'] = [];
  for (const now of after.indicators) {
    const was = before.byCode.get(now.code);
    if (!was) continue;
    const changes = FIELDS.map((field) => ({ field, before: show(was, field), after: show(now, field) })).filter(
      (c) => c.before !== c.after,
    );
    if (changes.length > 0) changed.push({ code: now.code, changes });
  }
  return { added, removed, changed, stale: staleValues(before, after, changed, removed) };
}

/** The values a change makes stale: its own, then every indicator reading it (in the new catalog), once each. */
function staleValues(
  before: Catalog,
  after: Catalog,
  changed: CatalogDiff['changed'],
  removed: Indicator[],
): StaleValues[] {
  const stale = new Map<string, string>();
  const dependentsOf = (code: string, catalog: Catalog, because: string) => {
    const queue = [...(catalog.byCode.get(code)?.dependents ?? [])];
    while (queue.length > 0) {
      const next = queue.shift() as string;
      if (stale.has(next)) continue;
      stale.set(next, `computed values are recomputed: it reads ${because}`);
      queue.push(...(catalog.byCode.get(next)?.dependents ?? []));
    }
  };
  for (const { code, changes } of changed) {
    const fields = new Set(changes.map((c) => c.field));
    const indicator = after.byCode.get(code) as Indicator;
    const reasons: string[] = [];
    if (indicator.kind === 'input' && (fields.has('frequency') || fields.has('level'))) {
      reasons.push(
        `its stored observations were collected by ${[...fields].filter((f) => f === 'frequency' || f === 'level').join(' and ')} as before (${changes
          .filter((c) => c.field === 'frequency' || c.field === 'level')
          .map((c) => c.before)
          .join(', ')}): they no longer fit and must be collected again`,
      );
    }
    const valuesChange = ['formula', 'aggregation', 'frequency', 'level'].some((f) => fields.has(f));
    if (valuesChange) reasons.push('its computed values change');
    if (fields.has('bounds')) reasons.push('stored observations outside the new bounds would now be refused');
    if (fields.has('threshold')) reasons.push('its statuses and alerts are judged again');
    if (reasons.length === 0) continue;
    stale.set(code, reasons.join('; '));
    // Bounds and thresholds change no value: only a change of values reaches the indicators that read it.
    if (valuesChange) dependentsOf(code, after, `${code}, which changed`);
  }
  for (const indicator of removed) {
    stale.set(
      indicator.code,
      indicator.kind === 'input'
        ? 'removed: its stored observations are no longer served'
        : 'removed: its values are no longer computed',
    );
    dependentsOf(indicator.code, before, `${indicator.code}, which was removed`);
  }
  return [...stale].map(([code, reason]) => ({ code, reason }));
}

/** The diff as the lines a reviewer reads. */
export function formatCatalogDiff(diff: CatalogDiff): string[] {
  const lines: string[] = [];
  const section = (title: string, items: string[], count = items.length) => {
    lines.push(`${title}: ${count === 0 ? 'none' : count}`);
    for (const item of items) lines.push(`  ${item}`);
  };
  section(
    'added',
    diff.added.map((i) => `+ ${i.code} (${i.name}; ${i.frequency}, ${i.level}, ${i.kind})`),
  );
  section(
    'removed',
    diff.removed.map((i) => `- ${i.code} (${i.name})`),
  );
  section(
    'changed',
    diff.changed.flatMap(({ code, changes }) => [
      `~ ${code}`,
      ...changes.map((c) => `  ${c.field}: ${c.before} -> ${c.after}`),
    ]),
    diff.changed.length,
  );
  section(
    'stale values',
    diff.stale.map((s) => `! ${s.code}: ${s.reason}`),
  );
  return lines;
}
