// The declarative mapping of an external feed (schema/feeds/*.yaml): where a JSON response keeps its payloads, a
// payload its sequence number and records, a record its unit, period and one field per indicator. Loaded with
// located problems (file:line:col) like the catalog, and checked against the catalog it feeds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { Catalog } from './catalog';
import type { Frequency } from './period';
import type { Problem } from './problem';

export const DEFAULT_FEEDS_DIR = join(import.meta.dirname, '..', 'feeds');
export const NATIONAL_766_MAPPING = join(DEFAULT_FEEDS_DIR, 'national-766.yaml');

/** A dotted path into a JSON object: `goiTin`, `duLieu.maDonVi`. */
const fieldPath = z
  .string()
  .regex(/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/, 'a field path is field names joined by dots, e.g. data.items');

const mappingSchema = z.strictObject({
  feed: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a feed name is lower-case words joined by "-"'),
  name: z.string().min(1),
  request: z.strictObject({
    cursorParam: z.string().min(1),
    limitParam: z.string().min(1),
    limit: z.number().int().min(1).max(10_000),
  }),
  response: z.strictObject({ payloads: fieldPath, hasMore: fieldPath }),
  payload: z.strictObject({ sequence: fieldPath, generatedAt: fieldPath, records: fieldPath }),
  record: z.strictObject({
    unit: fieldPath,
    period: fieldPath,
    values: z.record(z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'an indicator code is UPPER_SNAKE_CASE'), fieldPath),
  }),
});

type MappingDef = z.infer<typeof mappingSchema>;

export interface FeedMapping extends MappingDef {
  file: string;
  /** The frequency every mapped indicator shares: the period field names a period of it. */
  frequency: Frequency;
}

export type FeedMappingResult = { ok: true; mapping: FeedMapping } | { ok: false; problems: Problem[] };

/** Reads the value at a dotted path of a JSON value; undefined when any step is missing. */
export function readPath(value: unknown, path: string): unknown {
  let cur = value;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** Loads a mapping file and checks it against the catalog: all problems, each at its line and column. */
export function loadFeedMapping(file: string, catalog: Catalog, text?: string): FeedMappingResult {
  let source: string;
  try {
    source = text ?? readFileSync(file, 'utf8');
  } catch (e) {
    return { ok: false, problems: [{ file, line: 1, col: 1, message: `cannot read: ${(e as Error).message}` }] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number, message: string): Problem => ({ file, ...lines.linePos(offset), message });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => at(e.pos[0], `YAML syntax: ${e.message.split('\n')[0] ?? e.message}`)),
    };
  }
  /** The node at a path, or its nearest parent that exists; at its key when asked (an unknown field). */
  const locate = (path: ReadonlyArray<string | number>, message: string, key = false): Problem => {
    if (key && path.length > 0) {
      const parent = doc.getIn(path.slice(0, -1), true) as {
        items?: Array<{ key?: { value?: unknown; range?: number[] } }>;
      };
      const pair = parent?.items?.find((p) => p.key?.value === path[path.length - 1]);
      if (pair?.key?.range) return at(pair.key.range[0] ?? 0, message);
    }
    for (let depth = path.length; depth >= 0; depth--) {
      const node = (depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true)) as { range?: number[] } | null;
      if (node?.range) return at(node.range[0] ?? 0, message);
    }
    return at(0, message);
  };
  const parsed = mappingSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue): Problem[] => {
      const path = issue.path as Array<string | number>;
      const name = path.join('.') || 'file';
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((k) => locate([...path, k], `${[...path, k].join('.')}: unknown field`, true));
      }
      if (issue.code === 'invalid_type' && readPath(doc.toJS(), path.join('.')) === undefined) {
        return [locate(path.slice(0, -1), `${name}: required field is missing`)];
      }
      return [locate(path, `${name}: ${issue.message}`)];
    });
    return { ok: false, problems };
  }
  const def = parsed.data;
  const problems: Problem[] = [];
  const frequencies = new Set<Frequency>();
  const fields = new Map<string, string>();
  for (const [code, field] of Object.entries(def.record.values)) {
    const where = ['record', 'values', code];
    const indicator = catalog.byCode.get(code);
    if (!indicator) {
      problems.push(locate(where, `record.values.${code}: no indicator ${code} in the catalog`, true));
      continue;
    }
    if (indicator.source !== 'national-feed') {
      problems.push(
        locate(
          where,
          `record.values.${code}: ${code} has source ${indicator.source}; a feed writes only indicators with source national-feed`,
          true,
        ),
      );
    }
    frequencies.add(indicator.frequency);
    const other = fields.get(field);
    if (other) problems.push(locate(where, `record.values.${code}: field "${field}" is already mapped to ${other}`));
    fields.set(field, code);
  }
  if (fields.size === 0) problems.push(locate(['record', 'values'], 'record.values: map at least one indicator'));
  if (frequencies.size > 1) {
    problems.push(
      locate(
        ['record', 'values'],
        `record.values: the indicators mix frequencies (${[...frequencies].join(', ')}); one period field names one frequency`,
      ),
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, mapping: { ...def, file, frequency: [...frequencies][0] as Frequency } };
}
