import type { SourceRange } from '../../../src/model/index.js';
import type { Expr } from '../../shared/arm-expression/ast.js';
import { evaluate as evaluateArm, type EvalEnv } from '../../shared/arm-expression/evaluator.js';
import { FUNCTIONS } from '../../shared/arm-expression/functions.js';
import { bounded, type AVal } from '../../shared/arm-value.js';

/**
 * Bicep compiles its functions and operators to the ARM functions of the same meaning, so they are
 * evaluated by the ARM evaluator's implementations (same results as on the compiled template).
 * Arguments stay lazy: `if`, `coalesce`, `and`, `or` skip what they do not need.
 */
const NO_ENV: EvalEnv = {
  parameter: () => undefined,
  variable: () => undefined,
  copyIndex: () => undefined,
};

const MARK = '\u0000arg';

/** Template functions Bicep has no direct name for (`parameters()`, `if()`…) are not callable by name. */
const NOT_BICEP = new Set(['parameters', 'variables', 'copyindex', 'if', 'and', 'or', 'not', 'equals', 'true', 'false', 'null', 'createarray']);

export function hasArmFunction(name: string): boolean {
  const n = name.toLowerCase();
  return !NOT_BICEP.has(n) && FUNCTIONS.has(n);
}

/** An argument: lazily evaluated Bicep expression, or a literal ARM expression (a format string). */
export type Arg = (() => AVal) | Expr;

/**
 * Calls ARM function `name` (lower case) on `args`. `range` is where the call is written (computed
 * values are reported there), `text` its source text (for unknown results).
 */
export function callArm(name: string, args: readonly Arg[], range: SourceRange, text: string): AVal {
  const fn = FUNCTIONS.get(name);
  if (!fn) throw new Error(`no ARM function ${name}`);
  const memo = new Map<number, AVal>();
  const placeholders: Expr[] = args.map((a, i) => (typeof a === 'function' ? { k: 'ident', name: `${MARK}${i}` } : a));
  const ctx = { env: NO_ENV, range };
  const ev = (x: Expr): AVal => {
    if (x.k === 'ident' && x.name.startsWith(MARK)) {
      const i = Number(x.name.slice(MARK.length));
      let v = memo.get(i);
      if (!v) {
        v = (args[i] as () => AVal)();
        memo.set(i, v);
      }
      return v;
    }
    return evaluateArm(x, ctx);
  };
  const out = bounded(fn(placeholders, ctx, ev, { k: 'call', name, args: placeholders }), () => text);
  return out.t === 'unknown' && (out.text.includes(MARK) || out.text === '') ? { ...out, text } : out;
}
