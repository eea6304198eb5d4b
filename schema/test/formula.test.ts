import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FormulaError, parseFormula, printFormula, references } from '../src/formula';

function errorOf(src: string): { message: string; offset: number } {
  try {
    parseFormula(src);
  } catch (e) {
    if (e instanceof FormulaError) return { message: e.message, offset: e.offset };
    throw e;
  }
  throw new Error(`expected "${src}" to fail`);
}

describe('formula language', () => {
  it('parses precedence: comparison < sum < product < unary', () => {
    expect(printFormula(parseFormula('A + B * C > D - -E'))).toBe('A + B * C > D - -E');
    expect(printFormula(parseFormula('(A + B) * C'))).toBe('(A + B) * C');
    expect(printFormula(parseFormula('A - (B - C)'))).toBe('A - (B - C)');
    expect(printFormula(parseFormula('A / B / C'))).toBe('A / B / C');
  });

  it('keeps source offsets of references', () => {
    const refs = references(parseFormula('(TOU_A / lastYear(TOU_A) - 1) * 100'));
    expect(refs.map((r) => [r.code, r.start])).toEqual([
      ['TOU_A', 1],
      ['TOU_A', 18],
    ]);
  });

  it('reads the functions of growth rates, shares, per-10,000 ratios and cumulative totals', () => {
    for (const src of [
      '(GRDP / lastYear(GRDP) - 1) * 100',
      'A / B * 100',
      'if(POP > 0, BEDS / POP * 10000, 0)',
      'ytd(TOU_VISITORS)',
      'coalesce(A, B, 0)',
      'min(A, B, C) + max(A, 1)',
      'round(abs(prev(A) - A), 2)',
      'A >= 1 == 1',
    ]) {
      if (src === 'A >= 1 == 1') expect(() => parseFormula(src)).toThrow(FormulaError);
      else expect(printFormula(parseFormula(src))).toBe(src);
    }
  });

  it.each([
    ['A +', "expected a number, an indicator code or '(' but found end of formula", 3],
    ['(A', "expected ')' but found end of formula", 2],
    ['A B', "unexpected 'B' after a complete expression", 2],
    ['A # B', "unexpected character '#'", 2],
    ['sqrt(A)', "unknown function 'sqrt': expected one of if, min, max, coalesce, abs, round, prev, lastYear, ytd", 0],
    ['if(A, B)', 'if() takes 3 arguments, got 2', 0],
    ['min(A)', 'min() takes at least 2 arguments, got 1', 0],
    ['prev(A, B)', 'prev() takes 1 argument, got 2', 0],
    ['ytd(A + B)', 'ytd() takes an indicator code, not an expression', 4],
    ['foo * 2', "'foo' is not an indicator code (codes are UPPER_SNAKE_CASE)", 0],
    ['', "expected a number, an indicator code or '(' but found end of formula", 0],
  ])('rejects %j: %s', (src, message, offset) => {
    expect(errorOf(src)).toEqual({ message, offset });
  });

  it('prints what it parses, and parses what it prints (property)', () => {
    const leaf = fc.oneof(fc.constantFrom('A', 'B_2', 'POP_TOTAL'), fc.integer({ min: 0, max: 1000 }).map(String));
    const expr = fc.letrec<{ e: string }>((tie) => ({
      e: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/'), tie('e')).map(([a, op, b]) => `(${a} ${op} ${b})`),
        tie('e').map((a) => `-${a}`),
        fc.tuple(tie('e'), tie('e')).map(([a, b]) => `max(${a}, ${b})`),
        tie('e').map((a) => `lastYear(${a})`),
      ),
    })).e;
    fc.assert(
      fc.property(expr, (src) => {
        const once = printFormula(parseFormula(src));
        expect(printFormula(parseFormula(once))).toBe(once);
      }),
    );
  });

  it('never throws anything but a FormulaError on junk (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (src) => {
        try {
          parseFormula(src);
        } catch (e) {
          expect(e).toBeInstanceOf(FormulaError);
        }
      }),
    );
  });
});
