import type { SourceRange } from '../../../src/model/index.js';
import type { Expr } from '../../shared/arm-expression/ast.js';
import { evaluate as evaluateArm, type EvalContext, type EvalEnv } from '../../shared/arm-expression/evaluator.js';
import { FUNCTIONS } from '../../shared/arm-expression/functions.js';
import type { Lambda } from '../../shared/arm-expression/lambda-functions.js';
import { bounded, unknown, type AVal } from '../../shared/arm-value.js';
import type { CallBudget } from '../../shared/budget.js';

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
const NOT_BICEP = new Set(['parameters', 'variables', 'copyindex', 'if', 'and', 'or', 'not', 'equals', 'true', 'false', 'null', 'createarray', 'lambda', 'lambdavariables']);

export function hasArmFunction(name: string): boolean {
  const n = name.toLowerCase();
  return !NOT_BICEP.has(n) && FUNCTIONS.has(n);
}

/** An argument: lazily evaluated Bicep expression, a literal ARM expression (a format string), or a Bicep lambda. */
export type Arg = (() => AVal) | Expr | Lambda;

const isLambda = (a: Arg | undefined): a is Lambda => typeof a === 'object' && 'invoke' in a;

/**
 * Calls ARM function `name` (lower case) on `args`. `range` is where the call is written (computed
 * values are reported there), `text` its source text (for unknown results).
 */
export function callArm(name: string, args: readonly Arg[], range: SourceRange, text: string, budget?: CallBudget): AVal {
  const fn = FUNCTIONS.get(name);
  if (!fn) throw new Error(`no ARM function ${name}`);
  const memo = new Map<number, AVal>();
  const placeholders: Expr[] = args.map((a, i) => (typeof a === 'function' || isLambda(a) ? { k: 'ident', name: `${MARK}${i}` } : a));
  const argAt = (x: Expr): Arg | undefined => (x.k === 'ident' && x.name.startsWith(MARK) ? args[Number(x.name.slice(MARK.length))] : undefined);
  const ctx: EvalContext = {
    env: NO_ENV,
    range,
    ...(budget ? { budget } : {}),
    lambdaArg: (x) => {
      const a = argAt(x);
      return isLambda(a) ? a : undefined;
    },
  };
  const ev = (x: Expr): AVal => {
    if (x.k === 'ident' && x.name.startsWith(MARK)) {
      const i = Number(x.name.slice(MARK.length));
      const a = args[i];
      if (isLambda(a)) return unknown(text, 'a lambda is only an argument of a lambda function', { range, trail: [] });
      let v = memo.get(i);
      if (!v) {
        v = (a as () => AVal)();
        memo.set(i, v);
      }
      return v;
    }
    return evaluateArm(x, ctx);
  };
  const out = bounded(fn(placeholders, ctx, ev, { k: 'call', name, args: placeholders }), () => text);
  return out.t === 'unknown' && (out.text.includes(MARK) || out.text === '') ? { ...out, text } : out;
}
