// The audit rows of batch writes (recordValues, setTargets): one row per call that changed anything, naming the items
// in a short summary and keeping, as JSON, only the items that changed, each with its value before and after. A write
// from a file (source import: the command line, actorId null) is recorded as importValues or importTargets.
import type { WriteMeta } from '../domain/observation';
import type { AuditInput } from './writeAudit';

const KEY_LENGTH = 200;

/** "3 values: 68 ECO_GRDP 2026-Q3, 24781 POP_BIRTHS 2026-10, …", at most 200 characters. */
export function batchSummary(count: number, noun: string, keys: readonly string[]): string {
  const head = `${count} ${noun}${count === 1 ? '' : 's'}: `;
  let text = head;
  for (const [i, key] of keys.entries()) {
    const next = `${i === 0 ? '' : ', '}${key}`;
    if (text.length + next.length + 3 > KEY_LENGTH) return `${text}, …`;
    text += next;
  }
  return text;
}

export function observationsAudit(
  meta: WriteMeta,
  at: Date,
  written: ReadonlyArray<{ indicator: string; unit: string; period: string; value: number; previous: number | null }>,
): AuditInput {
  return {
    actorId: meta.actorId ?? null,
    actor: meta.actor,
    action: meta.source === 'import' ? 'importValues' : 'recordValues',
    entity: 'observations',
    entityKey: batchSummary(
      written.length,
      'value',
      written.map((o) => `${o.unit} ${o.indicator} ${o.period}`),
    ),
    before: written.map((o) => ({ indicator: o.indicator, unit: o.unit, period: o.period, value: o.previous })),
    after: written.map((o) => ({ indicator: o.indicator, unit: o.unit, period: o.period, value: o.value })),
    at,
  };
}

export interface TargetFigures {
  value: number | null;
  low: number | null;
  high: number | null;
}

/** A target that was written, with its figures before (null when it was new) and after. */
export interface WrittenTarget {
  indicator: string;
  unit: string;
  year: number;
  before: TargetFigures | null;
  after: TargetFigures;
}

export function targetsAudit(meta: WriteMeta, at: Date, written: readonly WrittenTarget[]): AuditInput {
  return {
    actorId: meta.actorId ?? null,
    actor: meta.actor,
    action: meta.source === 'import' ? 'importTargets' : 'setTargets',
    entity: 'targets',
    entityKey: batchSummary(
      written.length,
      'target',
      written.map((t) => `${t.unit} ${t.indicator} ${t.year}`),
    ),
    before: written.map((t) => ({ indicator: t.indicator, unit: t.unit, year: t.year, ...(t.before ?? nullFigures) })),
    after: written.map((t) => ({ indicator: t.indicator, unit: t.unit, year: t.year, ...t.after })),
    at,
  };
}

const nullFigures: TargetFigures = { value: null, low: null, high: null };
