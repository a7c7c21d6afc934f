import { dirname, resolve } from 'node:path';
import { fromJson, mergeTrails, prim, unknown, type AVal, type JsonValue, type Origin } from '../../shared/arm-value.js';
import type { SourceRange } from '../../../src/model/index.js';
import type { Expression } from '../ast.js';
import { LAMBDA_POSITIONS, type Lambda } from '../../shared/arm-expression/lambda-functions.js';
import { callArm, hasArmFunction, type Arg } from './arm-functions.js';
import type { BicepScope } from './scope.js';

type Known = Exclude<AVal, { t: 'unknown' }>;
type BicepFunction = (args: AVal[], origin: Origin, wrong: (why: string) => AVal, scope: BicepScope) => AVal;

function str(v: AVal | undefined): string | undefined {
  return v?.t === 'prim' && typeof v.value === 'string' ? v.value : undefined;
}

/** Bicep's compile-time functions (no ARM twin): all arguments are evaluated first. */
const OWN = new Map<string, BicepFunction>();

/** A file in the repository, read at lint time exactly as the compiler inlines it. */
function loaded(scope: BicepScope, path: AVal | undefined, at: SourceRange): string | undefined {
  const p = str(path);
  if (p === undefined) return undefined;
  const abs = resolve(dirname(scope.file.path), p);
  return (scope.host.confine?.(abs, at) ?? true) ? scope.host.readText(abs) : undefined;
}

OWN.set('loadtextcontent', ([path], origin, wrong, scope) => {
  const text = loaded(scope, path, origin.range);
  return text === undefined ? wrong(`the file ${str(path) ?? ''} cannot be read`) : prim(text, origin);
});

OWN.set('loadjsoncontent', (args, origin, wrong, scope) => {
  if (args.length > 1) return wrong('loadJsonContent() with a path is not evaluated');
  const text = loaded(scope, args[0], origin.range);
  if (text === undefined) return wrong(`the file ${str(args[0]) ?? ''} cannot be read`);
  try {
    return fromJson(JSON.parse(text.replace(/^\uFEFF/, '')) as JsonValue, origin);
  } catch {
    return wrong('the file is not valid JSON');
  }
});

/**
 * A call to a built-in function. Pure functions are computed by the template function library
 * shared with the ARM evaluator (same results as on the compiled template); everything that depends on the
 * deployment (`resourceGroup()`, `uniqueString()`, `reference()`, `loadFileAsBase64()`…) is unknown.
 */
export function callFunction(name: string, args: readonly Expression[], call: Expression, scope: BicepScope): AVal {
  const range = scope.range(call);
  const text = scope.text(call);
  const key = name.toLowerCase();
  // A user-defined function shadows a built-in one of the same name (which stays callable as `sys.name()`).
  const user = call.kind === 'Call' ? scope.callUserFunction(name, args, range) : undefined;
  if (user) return user;
  // `any()` only changes the type the compiler checks; the value is its argument.
  if (key === 'any' && args.length === 1) return scope.evaluate(args[0] as Expression);
  const own = OWN.get(key);
  if (own) {
    const vals = args.map((a) => scope.evaluate(a));
    const u = vals.find((v) => v.t === 'unknown');
    if (u) return u;
    const origin: Origin = { range, trail: mergeTrails(vals) };
    return own(vals as Known[], origin, (why) => unknown(text, why, { range, trail: [] }), scope);
  }
  if (hasArmFunction(key)) {
    const lambdas = LAMBDA_POSITIONS.get(key) ?? [];
    const armArgs = args.map((a, i): Arg => (lambdas.includes(i) ? (lambdaOf(a, scope) ?? (() => scope.evaluate(a))) : () => scope.evaluate(a)));
    return callArm(key, armArgs, range, text, scope.budget);
  }
  return unknown(text, `${name}() is only known at deployment`, { range, trail: [] });
}

/** `x => body`, `(x, i) => body`: the body evaluated with the parameters bound, as a lambda argument. */
function lambdaOf(e: Expression, scope: BicepScope): Lambda | undefined {
  const lambda = e.kind === 'Parenthesized' ? e.expression : e;
  if (lambda.kind !== 'Lambda') return undefined;
  const names = lambda.parameters.map((p) => (p.kind === 'Identifier' ? p.name : undefined));
  if (names.some((n) => n === undefined)) return undefined;
  return {
    arity: names.length,
    invoke: (vals) => scope.withLocals(names.map((n, i) => [n as string, vals[i] as AVal] as const)).evaluate(lambda.body),
  };
}
