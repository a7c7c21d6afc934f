import { mergeTrails, prim, unknown, type AVal } from '../../shared/arm-value.js';
import type { BinaryOperation, UnaryOperation } from '../ast.js';
import { callArm } from './arm-functions.js';
import type { BicepScope } from './scope.js';

type Known = Exclude<AVal, { t: 'unknown' }>;

/** `!x` is `not(x)`, `-x` negates an integer. */
export function unary(e: UnaryOperation, scope: BicepScope): AVal {
  if (e.operator === '!') return callArm('not', [() => scope.evaluate(e.operand)], scope.range(e), scope.text(e));
  const v = scope.evaluate(e.operand);
  if (v.t === 'unknown') return v;
  if (v.t !== 'prim' || typeof v.value !== 'number') return unknown(scope.text(e), `'${e.operator}' needs an integer`, { range: scope.range(e), trail: [] });
  return prim(e.operator === '-' ? -v.value : v.value, { range: scope.range(e), trail: mergeTrails([v]) });
}

function compare(a: Known, b: Known): number | undefined {
  if (a.t !== 'prim' || b.t !== 'prim') return undefined;
  if (typeof a.value === 'number' && typeof b.value === 'number') return a.value - b.value;
  if (typeof a.value === 'string' && typeof b.value === 'string') return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  return undefined;
}

function arithmetic(op: string, a: number, b: number): number | undefined {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? undefined : Math.trunc(a / b);
    case '%':
      return b === 0 ? undefined : a % b;
    default:
      return undefined;
  }
}

/**
 * Binary operators, as the compiled template evaluates them: `&&` `and()`, `||` `or()`, `==`
 * `equals()`, `??` `coalesce()`; comparisons and integer arithmetic directly.
 */
export function binary(e: BinaryOperation, scope: BicepScope): AVal {
  const range = scope.range(e);
  const text = scope.text(e);
  const left = () => scope.evaluate(e.left);
  const right = () => scope.evaluate(e.right);
  switch (e.operator) {
    case '&&':
      return callArm('and', [left, right], range, text);
    case '||':
      return callArm('or', [left, right], range, text);
    case '??':
      return callArm('coalesce', [left, right], range, text);
    case '==':
      return callArm('equals', [left, right], range, text);
    case '!=':
      return callArm('not', [() => callArm('equals', [left, right], range, text)], range, text);
    default:
      break;
  }
  const a = left();
  if (a.t === 'unknown') return a;
  const b = right();
  if (b.t === 'unknown') return b;
  const origin = { range, trail: mergeTrails([a, b]) };
  const wrong = (what: string) => unknown(text, what, { range, trail: [] });
  switch (e.operator) {
    case '=~':
    case '!~': {
      if (a.t !== 'prim' || b.t !== 'prim' || typeof a.value !== 'string' || typeof b.value !== 'string') return wrong(`'${e.operator}' needs strings`);
      const same = a.value.toLowerCase() === b.value.toLowerCase();
      return prim(e.operator === '=~' ? same : !same, origin);
    }
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const c = compare(a, b);
      if (c === undefined) return wrong(`'${e.operator}' needs two integers or two strings`);
      const r = e.operator === '<' ? c < 0 : e.operator === '<=' ? c <= 0 : e.operator === '>' ? c > 0 : c >= 0;
      return prim(r, origin);
    }
    default: {
      if (a.t !== 'prim' || b.t !== 'prim' || typeof a.value !== 'number' || typeof b.value !== 'number') return wrong(`'${e.operator}' needs integers`);
      const r = arithmetic(e.operator, a.value, b.value);
      return r === undefined ? wrong('division by zero') : prim(r, origin);
    }
  }
}
