import type { SourceRange } from '../../../src/model/index.js';
import { bounded, invalid, itemOf, memberOf, type AVal, type Origin, unknown } from '../arm-value.js';
import type { CallBudget } from '../budget.js';
import { printExpr, type Expr } from './ast.js';
import { FUNCTIONS } from './functions.js';
import type { Lambda } from './lambda-functions.js';
import { memberOfUnknown } from '../type-shape.js';

/** What expressions can see of their template: parameters, variables and the current loop index. */
export interface EvalEnv {
  /** The parameter's value with its hops; undefined when the template declares no such parameter. */
  parameter(name: string): AVal | undefined;
  variable(name: string): AVal | undefined;
  /** The index of the named loop (or the innermost one); undefined outside a loop that was expanded. */
  copyIndex(loop: string | undefined): number | undefined;
  /**
   * A user-defined function of the template (`ns.name(…)`) called with `args` at `at`; undefined
   * when the template defines no function of that name.
   */
  callFunction?(name: string, args: AVal[], at: SourceRange): AVal | undefined;
  /**
   * Where the template is deployed from, as a `file:` URL, when a linked deployment's `uri` is
   * evaluated to find the linked template beside it: then `deployment().properties.templateLink.uri`
   * is that URL and `uri(base, relative)` resolves against it. Undefined everywhere else.
   */
  templateUri?: string;
}

export interface EvalContext {
  env: EvalEnv;
  /** The JSON string the expression is written in: computed values are reported there. */
  range: SourceRange;
  /** Lambda and function invocations left (see budget.ts); shared by everything one template evaluates. */
  budget?: CallBudget;
  /** Lambda variables in scope (`lambdaVariables('x')`), by lower-case name. */
  locals?: ReadonlyMap<string, AVal>;
  /** A lambda that an argument stands for when the caller built it (Bicep's `x => …`, see arm-functions.ts). */
  lambdaArg?(arg: Expr): Lambda | undefined;
}

/** Evaluates an expression of the context; with `locals`, with those lambda variables bound too. */
export type Evaluate = (e: Expr, locals?: ReadonlyMap<string, AVal>) => AVal;

/** Evaluates an expression safely: only the known pure functions run; anything else is unknown. */
export function evaluate(e: Expr, ctx: EvalContext): AVal {
  const here: Origin = { range: ctx.range, trail: [] };
  const ev: Evaluate = (x, locals) => evaluate(x, locals ? { ...ctx, locals } : ctx);
  switch (e.k) {
    case 'string':
      return { t: 'prim', value: e.value, origin: here };
    case 'number':
      return { t: 'prim', value: e.value, origin: here };
    case 'ident': {
      const n = e.name.toLowerCase();
      if (n === 'true' || n === 'false') return { t: 'prim', value: n === 'true', origin: here };
      if (n === 'null') return { t: 'prim', value: null, origin: here };
      return unknown(e.name, `unknown identifier '${e.name}'`, here);
    }
    case 'member': {
      const target = ev(e.target);
      return access(target, { t: 'prim', value: e.name, origin: here }, e, here, e.safe);
    }
    case 'index': {
      const target = ev(e.target);
      return access(target, ev(e.index), e, here, e.safe);
    }
    case 'call': {
      const fn = FUNCTIONS.get(e.name.toLowerCase());
      const user = !fn && e.name.includes('.') ? ctx.env.callFunction : undefined;
      if (user) {
        const v = user.call(ctx.env, e.name, e.args.map((a) => ev(a)), ctx.range);
        if (v) return bounded(v, () => printExpr(e));
      }
      if (!fn) {
        const text = printExpr(e);
        const located = ctx.env.templateUri === undefined ? undefined : whereLinked(e, ctx.env.templateUri, ev, here);
        return located ?? unknown(text, `${e.name}() is only known at deployment`, here);
      }
      // Where values grow (concat, union, format, string…): past the evaluation bounds, unknown.
      return bounded(fn(e.args, ctx, ev, e), () => printExpr(e));
    }
  }
}

/**
 * In the evaluation of a linked deployment's `uri` (see `EvalEnv.templateUri`): `deployment()`, of
 * which only `properties.templateLink.uri` is known, and `uri(base, relative)` against a `file:` URL
 * (resolved as System.Uri does for such paths: `..` and `.` segments taken out).
 */
function whereLinked(e: Extract<Expr, { k: 'call' }>, templateUri: string, ev: Evaluate, here: Origin): AVal | undefined {
  const name = e.name.toLowerCase();
  if (name === 'deployment' && e.args.length === 0) {
    const obj = (key: string, value: AVal): AVal => ({ t: 'object', members: [{ key, value }], origin: here, inherit: [] });
    return obj('properties', obj('templateLink', obj('uri', { t: 'prim', value: templateUri, origin: here })));
  }
  if (name === 'uri' && e.args.length === 2) {
    const [base, relative] = e.args.map((a) => ev(a));
    if (base?.t !== 'prim' || relative?.t !== 'prim' || typeof base.value !== 'string' || typeof relative.value !== 'string' || !base.value.startsWith('file:')) return undefined;
    try {
      return { t: 'prim', value: new URL(relative.value, base.value).href, origin: here };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function access(target: AVal, key: AVal, e: Expr, here: Origin, safe: boolean): AVal {
  const text = printExpr(e);
  if (target.t === 'unknown') {
    const k = key.t === 'prim' && (typeof key.value === 'string' || typeof key.value === 'number') ? key.value : undefined;
    return { ...(k === undefined ? target : memberOfUnknown(target, k)), text };
  }
  if (key.t === 'unknown') return key;
  if (target.t === 'object' && key.t === 'prim' && typeof key.value === 'string') {
    const m = memberOf(target, key.value);
    if (m) return m;
    if (safe) return { t: 'prim', value: null, origin: here };
    return invalid(text, `the object has no property '${key.value}'`, here);
  }
  if (target.t === 'array' && key.t === 'prim' && typeof key.value === 'number') {
    const it = itemOf(target, key.value);
    if (it) return it;
    if (safe) return { t: 'prim', value: null, origin: here };
    return invalid(text, `index ${key.value} is out of range`, here);
  }
  if (safe && target.t === 'prim' && target.value === null) return target;
  return unknown(text, 'property access on a value of the wrong type', here);
}
