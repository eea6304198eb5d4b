// Reads catalog YAML files and checks their shape against catalogSchema, keeping the YAML nodes so that every
// later problem can point at a line and column.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, LineCounter, type Node, parseDocument, visit, type Document as YamlDocument } from 'yaml';
import type { z } from 'zod';
import { type CatalogFileDef, catalogFileSchema } from './catalogSchema';
import type { Location, Problem } from './problem';

export type YamlPath = ReadonlyArray<string | number>;

/** One catalog file, parsed and shape-checked, with a way to locate any path inside it. */
export interface CatalogFile {
  path: string;
  def: CatalogFileDef;
  /** The location of the value at `path` (or of its key, with `at: 'key'`); falls back to the nearest parent. */
  locate(path: YamlPath, at?: 'key' | 'value'): Location;
  /** The location of character `offset` inside the string scalar at `path` (for formula problems). */
  locateInString(path: YamlPath, offset: number): Location;
}

export function listCatalogFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

function makeLocator(path: string, doc: YamlDocument, lines: LineCounter) {
  const at = (offset: number): Location => {
    const { line, col } = lines.linePos(offset);
    return { file: path, line, col };
  };
  const nodeAt = (p: YamlPath): { node: Node | null; depth: number } => {
    for (let depth = p.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : (doc.getIn(p.slice(0, depth), true) as Node | undefined);
      if (node && typeof node === 'object' && 'range' in node && node.range) return { node, depth };
    }
    return { node: null, depth: 0 };
  };
  const locate = (p: YamlPath, where: 'key' | 'value' = 'value'): Location => {
    if (where === 'key' && p.length > 0) {
      const parent = nodeAt(p.slice(0, -1));
      const last = p[p.length - 1];
      if (parent.depth === p.length - 1 && isMap(parent.node)) {
        const pair = parent.node.items.find((it) => isScalar(it.key) && it.key.value === last);
        if (pair && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
      }
    }
    const { node } = nodeAt(p);
    return at(node?.range?.[0] ?? 0);
  };
  const locateInString = (p: YamlPath, offset: number): Location => {
    const node = doc.getIn(p, true);
    if (!isScalar(node) || !node.range) return locate(p);
    // Plain and quoted one-line scalars map offsets directly; block scalars fall back to the value's start.
    const quote = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
    const source = node.source ?? String(node.value);
    if ((node.type === 'PLAIN' || quote) && !source.includes('\n')) return at(node.range[0] + quote + offset);
    return at(node.range[0]);
  };
  return { locate, locateInString, at };
}

function pathText(p: YamlPath): string {
  return p.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');
}

function valueAt(obj: unknown, p: YamlPath): unknown {
  let cur = obj;
  for (const k of p) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

function show(v: unknown): string {
  return typeof v === 'string'
    ? `"${v}"`
    : Array.isArray(v)
      ? 'a list'
      : v === null
        ? 'null'
        : typeof v === 'object'
          ? 'a mapping'
          : String(v);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min(tmp + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] as number;
}

function knownKeys(schemaAt: YamlPath): string[] {
  // Walk the zod schema along the path to list the fields allowed where an unknown one was found.
  // biome-ignore lint/suspicious/noExplicitAny: zod's internal shape walk is untyped by nature
  let s: any = catalogFileSchema;
  for (const k of schemaAt) {
    while (s?.def?.type === 'optional') s = s.def.innerType;
    if (typeof k === 'number') s = s?.def?.element;
    else s = s?.shape?.[k];
  }
  while (s?.def?.type === 'optional') s = s.def.innerType;
  return s?.shape ? Object.keys(s.shape) : [];
}

const EXPECTED: Record<string, string> = {
  tuple: 'a list of two numbers [a, b]',
  object: 'a mapping',
  array: 'a list',
  number: 'a number',
  string: 'a text',
  boolean: 'true or false',
};

function issueMessage(
  issue: z.core.$ZodIssue,
  data: unknown,
): { message: string; at: 'key' | 'value'; path: YamlPath } {
  const p = issue.path as YamlPath;
  const name = pathText(p);
  const value = valueAt(data, p);
  switch (issue.code) {
    case 'invalid_type':
      if (p.length === 0) {
        return {
          message: `file: expected a mapping with sector and indicators, got ${show(value)}`,
          at: 'value',
          path: p,
        };
      }
      if (value === undefined)
        return { message: `${name}: required field is missing`, at: 'value', path: p.slice(0, -1) };
      return {
        message: `${name}: expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${show(value)}`,
        at: 'value',
        path: p,
      };
    case 'invalid_value':
      if (value === undefined)
        return { message: `${name}: required field is missing`, at: 'value', path: p.slice(0, -1) };
      return {
        message: `${name}: expected one of ${issue.values.map(String).join(', ')}, got ${show(value)}`,
        at: 'value',
        path: p,
      };
    case 'invalid_format': {
      const last = p[p.length - 1];
      const what =
        last === 'code' && p[0] === 'sector'
          ? 'a sector code must be lowerCamelCase (e.g. publicServices)'
          : last === 'code' || last === 'weight'
            ? 'an indicator code must be UPPER_SNAKE_CASE (e.g. TOU_VISITORS)'
            : `expected format ${issue.format}`;
      return { message: `${name}: ${show(value)} is not valid: ${what}`, at: 'value', path: p };
    }
    case 'too_small':
      if (issue.origin === 'string') return { message: `${name}: must not be empty`, at: 'value', path: p };
      if (issue.origin === 'array') {
        return { message: `${name}: must have at least ${issue.minimum} item(s)`, at: 'value', path: p };
      }
      return { message: `${name}: must be at least ${issue.minimum}, got ${show(value)}`, at: 'value', path: p };
    case 'too_big':
      if (issue.origin === 'string') {
        return { message: `${name}: must be at most ${issue.maximum} characters`, at: 'value', path: p };
      }
      if (issue.origin === 'array') {
        return { message: `${name}: must have at most ${issue.maximum} item(s)`, at: 'value', path: p };
      }
      return { message: `${name}: must be at most ${issue.maximum}, got ${show(value)}`, at: 'value', path: p };
    default:
      return { message: `${name || 'file'}: ${issue.message}`, at: 'value', path: p };
  }
}

/** Where the first unresolved alias is, else the first alias: the place to blame when resolving aliases fails. */
function aliasOffset(doc: YamlDocument): number {
  let first: number | undefined;
  let unresolved: number | undefined;
  visit(doc, {
    Alias(_, alias) {
      first ??= alias.range?.[0];
      if (alias.resolve(doc) === undefined) {
        unresolved = alias.range?.[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return unresolved ?? first ?? 0;
}

/** Parses and shape-checks one file. Returns the file when its shape is valid, and all problems found. */
export function loadCatalogFile(
  path: string,
  text = readFileSync(path, 'utf8'),
): {
  file?: CatalogFile;
  problems: Problem[];
} {
  // Line starts come from the text itself: the parser's own counter stops counting the lines it skips while
  // recovering from some errors, which would put later problems on the wrong line.
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const { locate, locateInString, at } = makeLocator(path, doc, lines);
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => {
        const offset = e.pos[0];
        const message = e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? e.message;
        const key = e.code === 'DUPLICATE_KEY' ? /^\s*([^:\s]+)\s*:/.exec(text.slice(offset))?.[1] : undefined;
        return { ...at(offset), message: `YAML syntax: ${key ? `duplicate key "${key}" in this mapping` : message}` };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (e) {
    // Aliases are resolved only here: one with no anchor before it, or an alias bomb, throws a ReferenceError.
    return { problems: [{ ...at(aliasOffset(doc)), message: `YAML syntax: ${(e as Error).message}` }] };
  }
  const parsed = catalogFileSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const problems: Problem[] = [];
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        const allowed = knownKeys(issue.path as YamlPath);
        for (const key of issue.keys) {
          const near = allowed.find((k) => editDistance(k, key) <= 2);
          const hint = near ? `; did you mean "${near}"?` : `; allowed: ${allowed.join(', ')}`;
          const where = pathText([...(issue.path as YamlPath), key]);
          problems.push({
            ...locate([...(issue.path as YamlPath), key], 'key'),
            message: `${where}: unknown field${hint}`,
          });
        }
        continue;
      }
      const m = issueMessage(issue, data);
      problems.push({ ...locate(m.path, m.at), message: m.message });
    }
    return { problems };
  }
  return { file: { path, def: parsed.data, locate, locateInString }, problems: [] };
}
