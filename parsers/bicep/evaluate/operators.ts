import { mergeTrails, prim, unknown, type AVal } from '../../shared/arm-value.js';
import type { BinaryOperation, UnaryOperation } from '../ast.js';
import { callArm } from './arm-functions.js';
import type { BicepScope } from './scope.js';

/** `!x` is `not(x)`, `-x` negates an integer. */
export function unary(e: UnaryOperation, scope: BicepScope): AVal {
  if (e.operator === '!') return callArm('not', [() => scope.evaluate(e.operand)], scope.range(e), scope.text(e));
  const v = scope.evaluate(e.operand);
  if (v.t === 'unknown') return v;
  if (v.t !== 'prim' || typeof v.value !== 'number') return unknown(scope.text(e), `'${e.operator}' needs an integer`, { range: scope.range(e), trail: [] });
  return prim(e.operator === '-' ? -v.value : v.value, { range: scope.range(e), trail: mergeTrails([v]) });
}

/** Comparison and arithmetic operators and the template functions they compile to. */
const COMPILED: Readonly<Record<string, string>> = {
  '<': 'less',
  '<=': 'lessorequals',
  '>': 'greater',
  '>=': 'greaterorequals',
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '/': 'div',
  '%': 'mod',
};

/**
 * Binary operators, as the compiled template evaluates them: `&&` `and()`, `||` `or()`, `==`
 * `equals()`, `??` `coalesce()`, `<` `less()`, `+` `add()`…, by the shared template functions.
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
    default: {
      const fn = COMPILED[e.operator];
      if (fn === undefined) return wrong(`unknown operator '${e.operator}'`);
      return callArm(fn, [() => a, () => b], range, text);
    }
  }
}
