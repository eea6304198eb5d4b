// The formula language of derived indicators: a small expression grammar parsed with source offsets,
// so that every problem can be reported at its line and column in the catalog file.
import { CODE_PATTERN } from './catalogSchema';

export type BinaryOp = '+' | '-' | '*' | '/' | '<' | '<=' | '>' | '>=' | '==' | '!=';

interface Span {
  start: number;
  end: number;
}
export type Expr =
  | ({ kind: 'number'; value: number } & Span)
  | ({ kind: 'ref'; code: string } & Span)
  | ({ kind: 'call'; name: FunctionName; args: Expr[] } & Span)
  | ({ kind: 'neg'; arg: Expr } & Span)
  | ({ kind: 'binary'; op: BinaryOp; left: Expr; right: Expr } & Span);

/** Functions and their arity: [min, max]; max Infinity for variadic ones. */
export const FUNCTIONS = {
  if: [3, 3],
  min: [2, Number.POSITIVE_INFINITY],
  max: [2, Number.POSITIVE_INFINITY],
  coalesce: [2, Number.POSITIVE_INFINITY],
  abs: [1, 1],
  round: [2, 2],
  prev: [1, 1],
  lastYear: [1, 1],
  ytd: [1, 1],
} as const satisfies Record<string, readonly [number, number]>;
export type FunctionName = keyof typeof FUNCTIONS;

export class FormulaError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

type Token =
  | { type: 'num'; value: number; start: number; end: number }
  | { type: 'name'; value: string; start: number; end: number }
  | { type: 'op'; value: string; start: number; end: number }
  | { type: 'eof'; start: number; end: number };

const OPERATORS = ['<=', '>=', '==', '!=', '<', '>', '+', '-', '*', '/', '(', ')', ','];
// Parsing, printing and evaluating recurse once per nesting level; bounding the tokens bounds the depth, so a
// pathological formula (thousands of parentheses) gets a located error instead of overflowing the stack.
export const MAX_FORMULA_TOKENS = 500;

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (tokens.length === MAX_FORMULA_TOKENS) {
      throw new FormulaError(
        `the formula is too long: more than ${MAX_FORMULA_TOKENS} numbers, codes and operators; split it into intermediate indicators`,
        i,
      );
    }
    const num = /^(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
    if (num) {
      const value = Number(num[0]);
      // 1e999 reads as Infinity, which no formula means and which would print as a name.
      if (!Number.isFinite(value)) {
        const shown = num[0].length > 24 ? `${num[0].slice(0, 24)}…` : num[0];
        throw new FormulaError(`the number ${shown} is too large`, i);
      }
      tokens.push({ type: 'num', value, start: i, end: i + num[0].length });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (name) {
      tokens.push({ type: 'name', value: name[0], start: i, end: i + name[0].length });
      i += name[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => src.startsWith(o, i));
    if (op) {
      tokens.push({ type: 'op', value: op, start: i, end: i + op.length });
      i += op.length;
      continue;
    }
    throw new FormulaError(`unexpected character '${ch}'`, i);
  }
  tokens.push({ type: 'eof', start: src.length, end: src.length });
  return tokens;
}

function describe(t: Token): string {
  return t.type === 'eof' ? 'end of formula' : `'${t.value}'`;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.pos] as Token;
  }
  private take(): Token {
    return this.tokens[this.pos++] as Token;
  }
  private takeOp(): string {
    const t = this.take();
    return t.type === 'eof' ? '' : String(t.value);
  }
  private isOp(...ops: string[]): boolean {
    const t = this.peek();
    return t.type === 'op' && ops.includes(t.value);
  }
  private expectOp(op: string): Token {
    const t = this.peek();
    if (t.type !== 'op' || t.value !== op) throw new FormulaError(`expected '${op}' but found ${describe(t)}`, t.start);
    return this.take();
  }

  parse(): Expr {
    const e = this.comparison();
    const t = this.peek();
    if (t.type !== 'eof') throw new FormulaError(`unexpected ${describe(t)} after a complete expression`, t.start);
    return e;
  }

  private comparison(): Expr {
    const left = this.sum();
    if (this.isOp('<', '<=', '>', '>=', '==', '!=')) {
      const op = this.takeOp() as BinaryOp;
      const right = this.sum();
      return { kind: 'binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private sum(): Expr {
    let left = this.product();
    while (this.isOp('+', '-')) {
      const op = this.takeOp() as BinaryOp;
      const right = this.product();
      left = { kind: 'binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private product(): Expr {
    let left = this.unary();
    while (this.isOp('*', '/')) {
      const op = this.takeOp() as BinaryOp;
      const right = this.unary();
      left = { kind: 'binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private unary(): Expr {
    if (this.isOp('-')) {
      const minus = this.take();
      const arg = this.unary();
      return { kind: 'neg', arg, start: minus.start, end: arg.end };
    }
    return this.primary();
  }

  private primary(): Expr {
    const t = this.take();
    if (t.type === 'num') return { kind: 'number', value: t.value, start: t.start, end: t.end };
    if (t.type === 'op' && t.value === '(') {
      const inner = this.comparison();
      const close = this.expectOp(')');
      return { ...inner, start: t.start, end: close.end };
    }
    if (t.type === 'name') {
      if (this.isOp('(')) return this.call(t);
      if (!CODE_PATTERN.test(t.value)) {
        throw new FormulaError(`'${t.value}' is not an indicator code (codes are UPPER_SNAKE_CASE)`, t.start);
      }
      return { kind: 'ref', code: t.value, start: t.start, end: t.end };
    }
    throw new FormulaError(`expected a number, an indicator code or '(' but found ${describe(t)}`, t.start);
  }

  private call(nameToken: Token & { type: 'name' }): Expr {
    const name = nameToken.value;
    if (!Object.hasOwn(FUNCTIONS, name)) {
      throw new FormulaError(
        `unknown function '${name}': expected one of ${Object.keys(FUNCTIONS).join(', ')}`,
        nameToken.start,
      );
    }
    this.expectOp('(');
    const args: Expr[] = [this.comparison()];
    while (this.isOp(',')) {
      this.take();
      args.push(this.comparison());
    }
    const close = this.expectOp(')');
    const fn = name as FunctionName;
    const [min, max] = FUNCTIONS[fn];
    if (args.length < min || args.length > max) {
      const expected = min === max ? `${min}` : max === Number.POSITIVE_INFINITY ? `at least ${min}` : `${min}-${max}`;
      throw new FormulaError(
        `${fn}() takes ${expected} argument${expected === '1' ? '' : 's'}, got ${args.length}`,
        nameToken.start,
      );
    }
    if (fn === 'ytd' && args[0]?.kind !== 'ref') {
      throw new FormulaError('ytd() takes an indicator code, not an expression', args[0]?.start ?? nameToken.start);
    }
    return { kind: 'call', name: fn, args, start: nameToken.start, end: close.end };
  }
}

/** Parses a formula; throws FormulaError with the offset of the problem in `src`. */
export function parseFormula(src: string): Expr {
  return new Parser(tokenize(src)).parse();
}

/** Every indicator reference in the expression, in source order (repeats included). */
export function references(e: Expr): Array<Expr & { kind: 'ref' }> {
  switch (e.kind) {
    case 'number':
      return [];
    case 'ref':
      return [e];
    case 'neg':
      return references(e.arg);
    case 'binary':
      return [...references(e.left), ...references(e.right)];
    case 'call':
      return e.args.flatMap(references);
  }
}

/** Prints an expression back in canonical form (fully parenthesised only where needed). */
export function printFormula(e: Expr): string {
  const prec = (x: Expr): number =>
    x.kind === 'binary' ? (['+', '-'].includes(x.op) ? 2 : ['*', '/'].includes(x.op) ? 3 : 1) : 4;
  const wrap = (x: Expr, min: number) => (prec(x) < min ? `(${printFormula(x)})` : printFormula(x));
  switch (e.kind) {
    case 'number':
      return String(e.value);
    case 'ref':
      return e.code;
    case 'neg':
      return `-${wrap(e.arg, 4)}`;
    case 'call':
      return `${e.name}(${e.args.map(printFormula).join(', ')})`;
    case 'binary': {
      const p = prec(e);
      // Comparisons do not chain (A < B < C is refused), so a comparison on the left needs its parentheses too.
      return `${wrap(e.left, p === 1 ? 2 : p)} ${e.op} ${wrap(e.right, p + 1)}`;
    }
  }
}
