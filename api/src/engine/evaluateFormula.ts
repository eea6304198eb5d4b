// Evaluates a derived indicator's formula for one unit and period. A missing input or a division by zero gives a
// missing value, never an error or infinity; completeness is that of the least complete input.
import type { Expr } from '@ioc/schema/formula';
import { type Period, previous, sameLastYear } from '@ioc/schema/period';
import type { ComputedValue, ValueFlag } from './computedValue';

export interface FormulaInputs {
  /** The value of an indicator at the unit being computed, over period `p`. */
  ref(code: string, p: Period): ComputedValue;
  /** Year to date of an indicator at the unit being computed, up to the end of `p`. */
  ytd(code: string, p: Period): ComputedValue;
}

interface Partial {
  value: number | null;
  inputs: ComputedValue[];
}

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

function combine(op: string, a: number, b: number): number | null {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? null : a / b;
    case '<':
      return a < b ? 1 : 0;
    case '<=':
      return a <= b ? 1 : 0;
    case '>':
      return a > b ? 1 : 0;
    case '>=':
      return a >= b ? 1 : 0;
    case '==':
      return a === b ? 1 : 0;
    case '!=':
      return a !== b ? 1 : 0;
    default:
      return null;
  }
}

function evaluate(e: Expr, p: Period, inputs: FormulaInputs): Partial {
  switch (e.kind) {
    case 'number':
      return { value: e.value, inputs: [] };
    case 'ref': {
      const v = inputs.ref(e.code, p);
      return { value: v.value, inputs: [v] };
    }
    case 'neg': {
      const a = evaluate(e.arg, p, inputs);
      return { value: a.value === null ? null : -a.value, inputs: a.inputs };
    }
    case 'binary': {
      const a = evaluate(e.left, p, inputs);
      const b = evaluate(e.right, p, inputs);
      const value = a.value === null || b.value === null ? null : combine(e.op, a.value, b.value);
      return { value: value === null ? null : finite(value), inputs: [...a.inputs, ...b.inputs] };
    }
    case 'call':
      return call(e, p, inputs);
  }
}

function call(e: Expr & { kind: 'call' }, p: Period, inputs: FormulaInputs): Partial {
  const [first, second, third] = e.args as [Expr, Expr | undefined, Expr | undefined];
  switch (e.name) {
    case 'prev':
      return evaluate(first, previous(p), inputs);
    case 'lastYear':
      return evaluate(first, sameLastYear(p), inputs);
    case 'ytd': {
      const v = inputs.ytd((first as Expr & { kind: 'ref' }).code, p);
      return { value: v.value, inputs: [v] };
    }
    case 'if': {
      const c = evaluate(first, p, inputs);
      if (c.value === null) return { value: null, inputs: c.inputs };
      const branch = evaluate((c.value !== 0 ? second : third) as Expr, p, inputs);
      return { value: branch.value, inputs: [...c.inputs, ...branch.inputs] };
    }
    case 'abs': {
      const a = evaluate(first, p, inputs);
      return { value: a.value === null ? null : Math.abs(a.value), inputs: a.inputs };
    }
    case 'round': {
      const a = evaluate(first, p, inputs);
      const d = evaluate(second as Expr, p, inputs);
      if (a.value === null || d.value === null) return { value: null, inputs: [...a.inputs, ...d.inputs] };
      const f = 10 ** Math.round(d.value);
      return { value: Math.round(a.value * f) / f, inputs: [...a.inputs, ...d.inputs] };
    }
    case 'min':
    case 'max':
    case 'coalesce': {
      const parts = e.args.map((a) => evaluate(a, p, inputs));
      const present = parts.map((x) => x.value).filter((v): v is number => v !== null);
      const all = parts.flatMap((x) => x.inputs);
      if (present.length === 0) return { value: null, inputs: all };
      const value = e.name === 'min' ? Math.min(...present) : e.name === 'max' ? Math.max(...present) : present[0];
      return { value: value ?? null, inputs: all };
    }
  }
  void third;
  return { value: null, inputs: [] };
}

export function evaluateFormula(expr: Expr, period: Period, inputs: FormulaInputs): ComputedValue {
  const result = evaluate(expr, period, inputs);
  const flags = new Set<ValueFlag>(result.inputs.flatMap((i) => i.flags));
  // The least complete input sets the completeness of the result.
  let reporting = 0;
  let expected = 0;
  let worst = Number.POSITIVE_INFINITY;
  for (const i of result.inputs) {
    const ratio = i.expected === 0 ? 0 : i.reporting / i.expected;
    if (ratio < worst) {
      worst = ratio;
      reporting = i.reporting;
      expected = i.expected;
    }
  }
  return { value: result.value, reporting, expected, flags: [...flags].sort() };
}
