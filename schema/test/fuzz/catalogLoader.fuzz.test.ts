// Fuzzing the catalog loader and compiler (issue 8): real catalog files with random edits (lines deleted, duplicated,
// swapped, re-indented, tabbed; values turned to garbage; YAML anchors, tags and documents thrown in) and arbitrary
// text never make the loader throw; every problem names a file of the catalog and a line and column inside it.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type CatalogResult, compileCatalog, loadCatalog } from '../../src/catalog';
import { DEFAULT_CATALOG_DIR } from '../../src/catalogDir';
import { type CatalogFile, listCatalogFiles, loadCatalogFile } from '../../src/loader';
import type { Problem } from '../../src/problem';

// One seed in CI so a run is reproducible; FUZZ_SEED explores others (a found counterexample names its seed).
fc.configureGlobal({ seed: Number(process.env.FUZZ_SEED ?? 20261128) });

const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
const paths = listCatalogFiles(DEFAULT_CATALOG_DIR);
const texts = paths.map((p) => readFileSync(p, 'utf8'));
const loaded: CatalogFile[] = paths.map((p) => {
  const file = loadCatalogFile(p).file;
  if (!file) throw new Error(`the shipped catalog file ${p} does not load`);
  return file;
});

const tmp = mkdtempSync(join(tmpdir(), 'ioc-catalog-fuzz-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every problem is in one of `texts` (by path), at a line of that text and a column of that line (or just past it). */
function expectLocated(problems: readonly Problem[], textOf: ReadonlyMap<string, string>): void {
  for (const p of problems) {
    const text = textOf.get(p.file);
    expect(text, `problem in an unknown file: ${JSON.stringify(p)}`).toBeDefined();
    const lines = (text ?? '').split('\n');
    const where = `${p.file}:${p.line}:${p.col}: ${p.message.slice(0, 200)}`;
    expect(p.message.trim().length, where).toBeGreaterThan(0);
    expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines.length, where).toBe(true);
    const line = lines[p.line - 1] ?? '';
    expect(Number.isInteger(p.col) && p.col >= 1 && p.col <= line.length + 1, where).toBe(true);
    expect(p.message, where).not.toMatch(/\n\s+at /);
  }
}

/** Loads one edited file beside the unedited others and compiles them all, as `catalog check` does. */
function checkEdited(index: number, text: string): CatalogResult {
  const path = paths[index] as string;
  const own = loadCatalogFile(path, text);
  const files = loaded.filter((_, i) => i !== index);
  if (own.file) files.push(own.file);
  return compileCatalog(files, own.problems);
}

// ---- Edits ---------------------------------------------------------------------------------------------------------

const GARBAGE = [
  '',
  '~',
  'null',
  '[',
  ']',
  '{',
  '{}',
  '[]',
  '"',
  "'",
  '"unterminated',
  '&a',
  '*a',
  '&a x',
  '*nowhere',
  '!!binary',
  '!!binary ====',
  '!!int x',
  '!!float x',
  '!!timestamp 2025-99-99',
  '!!set {a}',
  '!!omap [a: 1, a: 2]',
  '!custom x',
  '1e999',
  '-1e999',
  '-1',
  '0',
  '9007199254740993',
  '.nan',
  '.inf',
  'NaN',
  'yes',
  'no',
  '0x1F',
  '0o17',
  '2025-13',
  '2025-02-30',
  '[0]',
  '[1, 0]',
  '[a, b]',
  '[1, 2, 3]',
  '{ units: sum }',
  '{ units: nope, time: nope }',
  'A +',
  'TOU_(',
  '(((((((((((',
  'prev(',
  'ytd(1)',
  'unknownFn(A)',
  'POP_TOTAL / 0',
  'x: y: z',
  '- a',
  '|',
  '>-',
  '? a',
  '---',
  '...',
  '%YAML 1.2',
  '#',
  '\t',
  '\u0000',
  '\ufeff',
  '\u2028',
  'đ'.repeat(300),
];

type Edit =
  | { kind: 'deleteLine' | 'duplicateLine' | 'tabIndent' | 'dropKeyChar'; line: number }
  | { kind: 'garbage'; line: number; value: string }
  | { kind: 'indent'; line: number; by: number }
  | { kind: 'swapLines'; line: number; other: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string };

const lineNo = fc.nat();
const anyText = fc.oneof(fc.constantFrom(...GARBAGE), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary' }));
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('deleteLine', 'duplicateLine', 'tabIndent', 'dropKeyChar'), line: lineNo }),
  fc.record({ kind: fc.constant('garbage'), line: lineNo, value: anyText }),
  fc.record({ kind: fc.constant('garbage'), line: lineNo, value: fc.constantFrom(...GARBAGE) }),
  fc.record({ kind: fc.constant('indent'), line: lineNo, by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('swapLines'), line: lineNo, other: lineNo }),
  fc.record({ kind: fc.constant('truncate'), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert'), at: fc.nat(), text: anyText }),
);

function applyEdit(text: string, e: Edit): string {
  if (e.kind === 'truncate') return text.slice(0, e.at % (text.length + 1));
  if (e.kind === 'insert') {
    const at = e.at % (text.length + 1);
    return text.slice(0, at) + e.text + text.slice(at);
  }
  const lines = text.split('\n');
  const i = e.line % lines.length;
  const line = lines[i] ?? '';
  switch (e.kind) {
    case 'deleteLine':
      lines.splice(i, 1);
      break;
    case 'duplicateLine':
      lines.splice(i, 0, line);
      break;
    case 'tabIndent':
      lines[i] = line.replace(/^ {1,2}/, '\t');
      break;
    case 'dropKeyChar': {
      const colon = line.indexOf(':');
      if (colon > 0) lines[i] = line.slice(0, colon - 1) + line.slice(colon);
      break;
    }
    case 'garbage': {
      const colon = line.indexOf(': ');
      lines[i] = colon >= 0 ? `${line.slice(0, colon + 2)}${e.value}` : `${line}${e.value}`;
      break;
    }
    case 'indent':
      lines[i] = e.by >= 0 ? ' '.repeat(e.by) + line : line.replace(new RegExp(`^ {0,${-e.by}}`), '');
      break;
    case 'swapLines': {
      const j = e.other % lines.length;
      lines[i] = lines[j] ?? '';
      lines[j] = line;
      break;
    }
  }
  return lines.join('\n');
}

const edited = fc
  .tuple(fc.nat(paths.length - 1), fc.array(edit, { minLength: 1, maxLength: 4 }))
  .map(([index, edits]) => ({ index, text: edits.reduce(applyEdit, texts[index] as string), edits }));

// ---- Properties ----------------------------------------------------------------------------------------------------

describe('catalog loader under fuzzing', () => {
  it('the shipped catalog compiles (the baseline every edit starts from)', () => {
    expect(compileCatalog(loaded).problems).toEqual([]);
  });

  it('hand-picked YAML traps are located problems, never exceptions', () => {
    const traps = [
      'a: *nope\n',
      '<<: *a\n',
      'sector: &s\n  code: x\n  x: *s\n',
      `a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`,
      `a: ${'['.repeat(10_000)}`,
      `a: ${'{a: '.repeat(3_000)}1${'}'.repeat(3_000)}`,
      'a: 1\n---\nb: 2\n',
      '%YAML 9.9\n---\na: 1\n',
      '\t\tsector: x',
      '',
      '\ufeff',
      '- 1\n- 2\n',
      '"just a string"',
      'sector:\nindicators:\n',
      'sector: {code: x, name: y, nameEn: z, order: 1}\nindicators: [{code: A}]\n',
    ];
    const path = join(tmp, 'trap.yaml');
    for (const text of traps) {
      const { problems } = loadCatalogFile(path, text);
      expect(problems.length, text.slice(0, 40)).toBeGreaterThan(0);
      expectLocated(problems, new Map([[path, text]]));
    }
  });

  it('edited catalog files: located problems from the loader and from every compiler rule', () => {
    fc.assert(
      fc.property(edited, ({ index, text }) => {
        const textOf = new Map(paths.map((p, i) => [p, i === index ? text : (texts[i] as string)]));
        const result = checkEdited(index, text);
        expectLocated(result.problems, textOf);
      }),
      { numRuns: 200 },
    );
  });

  it('arbitrary text as a catalog file: located problems, never an exception', () => {
    const yamlish = fc
      .array(
        fc.oneof(
          fc.constantFrom('sector:', 'indicators:', '  - code: A', '    formula: ', 'code: ', ': ', '- ', '\n', '  '),
          fc.constantFrom(...GARBAGE),
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join(''));
    const path = join(tmp, 'arbitrary.yaml');
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 }), yamlish),
        (text) => {
          const own = loadCatalogFile(path, text);
          const textOf = new Map([[path, text]]);
          expectLocated(own.problems, textOf);
          if (own.file) expectLocated(compileCatalog([own.file]).problems, textOf);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('edited files in a catalog directory: loadCatalog reports located problems in that directory', () => {
    let run = 0;
    fc.assert(
      fc.property(edited, fc.subarray([...paths.keys()], { maxLength: 3 }), ({ index, text }, others) => {
        const dir = join(tmp, `dir-${run++}`);
        const textOf = new Map<string, string>();
        for (const i of new Set([...others, index])) {
          const path = join(dir, basename(paths[i] as string));
          const content = i === index ? text : (texts[i] as string);
          textOf.set(path, content);
        }
        writeFiles(textOf);
        expectLocated(loadCatalog(dir).problems, textOf);
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 40 },
    );
  });

  it('`npm run catalog -- check` on an edited directory: exit 1 and one path:line:col line per problem', async () => {
    const samples = fc.sample(edited, { numRuns: 1, seed: 8 });
    for (const [n, { index, text }] of samples.entries()) {
      const dir = join(tmp, `cli-${n}`);
      const textOf = new Map([[join(dir, basename(paths[index] as string)), text]]);
      writeFiles(textOf);
      const expected = loadCatalog(dir);
      const { code, stdout, stderr } = await catalogCli(['check', dir]);
      expect(stderr).not.toMatch(/^error:|\n\s+at /m);
      if (expected.ok) {
        expect(code).toBe(0);
        continue;
      }
      expect(code).toBe(1);
      const lines = stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(expected.problems.length);
      for (const line of lines) expect(line).toMatch(/^.+\.yaml:\d+:\d+: \S/);
    }
  });
});

function writeFiles(files: ReadonlyMap<string, string>): void {
  for (const [path, text] of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}

function catalogCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'schema/src/cli.ts', ...args],
      { cwd: REPO_ROOT, timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
