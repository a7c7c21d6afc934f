import type { Hop } from '../../../src/model/index.js';
import { itemOf, prim, through, type AVal, type Member, type Origin, unknown } from '../arm-value.js';
import { BUDGET_REASON, type CallBudget } from '../budget.js';

/*
 * The template functions that take lambdas (`map filter reduce sort toObject groupBy mapValues`),
 * with ARM's semantics. Both front ends build the `Lambda`s: the ARM evaluator from
 * `lambda('x', …)` with `lambdaVariables('x')`, Bicep from `x => …`; the functions are written once.
 */

/** A lambda as a function argument: the body evaluated with its parameters bound. */
export interface Lambda {
  /** Parameters declared (`(item, i) => …` has 2): arguments past these are not bound. */
  readonly arity: number;
  /** The body's value with the parameters bound to `args`, outer lambda variables still visible. */
  invoke(args: readonly AVal[]): AVal;
}

/** A lambda function's arguments as written: values, and lambdas where the function takes them. */
export type LambdaArg = { value: AVal } | { lambda: Lambda } | undefined;

export interface LambdaCall {
  args: readonly LambdaArg[];
  /** Where the call is written, with no hops: computed values (indexes, keys) are reported there. */
  origin: Origin;
  budget: CallBudget;
  wrong(why: string): AVal;
  /** The hop of this call (`filter(…)` written here): what it returns is reached through it. */
  hop?: Hop;
}

type LambdaFunction = (call: LambdaCall) => AVal;
type Unknown = Extract<AVal, { t: 'unknown' }>;
type ArrayVal = Extract<AVal, { t: 'array' }>;

/** Thrown inside a lambda function to stop at the first unknown that decides the result. */
class Stop {
  constructor(readonly value: AVal) {}
}

function valueArg(call: LambdaCall, i: number): AVal | undefined {
  const a = call.args[i];
  return a && 'value' in a ? a.value : undefined;
}

function lambdaArg(call: LambdaCall, i: number): Lambda | undefined {
  const a = call.args[i];
  return a && 'lambda' in a ? a.lambda : undefined;
}

/** Invokes a lambda within the evaluation budget; past it, the whole call is unknown. */
function invoke(call: LambdaCall, fn: Lambda, args: AVal[]): AVal {
  if (!call.budget.take(1)) throw new Stop(unknown('', BUDGET_REASON, call.origin));
  return fn.invoke(args.slice(0, fn.arity));
}

/** The array argument's items (with the hops the array travelled through), or why there are none. */
function arrayItems(call: LambdaCall, name: string): AVal[] {
  const v = valueArg(call, 0);
  if (!v) throw new Stop(call.wrong(`${name}() needs an array`));
  if (v.t === 'unknown') throw new Stop(v);
  if (v.t !== 'array') throw new Stop(call.wrong(`${name}() needs an array`));
  return v.items.map((_, i) => itemOf(v as ArrayVal, i) as AVal);
}

function needLambda(call: LambdaCall, i: number, name: string): Lambda {
  const fn = lambdaArg(call, i);
  if (!fn) throw new Stop(call.wrong(`${name}() needs a lambda as argument ${i + 1}`));
  return fn;
}

/** A lambda's result that must be known: an unknown one decides the whole call. */
function known(v: AVal): Exclude<AVal, Unknown> {
  if (v.t === 'unknown') throw new Stop(v);
  return v;
}

function bool(call: LambdaCall, v: AVal, name: string): boolean {
  const k = known(v);
  if (k.t !== 'prim' || typeof k.value !== 'boolean') throw new Stop(call.wrong(`the lambda of ${name}() must return a boolean`));
  return k.value;
}

function key(call: LambdaCall, v: AVal, name: string): string {
  const k = known(v);
  if (k.t !== 'prim' || typeof k.value !== 'string') throw new Stop(call.wrong(`the key lambda of ${name}() must return a string`));
  return k.value;
}

const index = (call: LambdaCall, i: number): AVal => prim(i, call.origin);

function array(items: AVal[], origin: Origin): AVal {
  return { t: 'array', items, origin, inherit: [] };
}

/**
 * What a lambda function returns is reached through its call: the trail says so, and a fix does not
 * rewrite a literal that a lambda chose or computed from (the choice may change with it).
 */
function reached(v: AVal, hop: Hop): AVal {
  return v.t === 'array' || v.t === 'object' ? { ...v, inherit: [hop, ...v.inherit] } : through(v, [hop]);
}

/** Sets a member, replacing one of the same name in any case (ARM property names ignore case). */
function setMember(members: Member[], key: string, value: AVal): void {
  const at = members.findIndex((m) => m.key.toLowerCase() === key.toLowerCase());
  if (at >= 0) members[at] = { key, value };
  else members.push({ key, value });
}

const L = new Map<string, LambdaFunction>();

L.set('map', (call) => {
  const items = arrayItems(call, 'map');
  const fn = needLambda(call, 1, 'map');
  return array(
    items.map((item, i) => invoke(call, fn, [item, index(call, i)])),
    call.origin,
  );
});

L.set('filter', (call) => {
  const items = arrayItems(call, 'filter');
  const fn = needLambda(call, 1, 'filter');
  return array(
    items.filter((item, i) => bool(call, invoke(call, fn, [item, index(call, i)]), 'filter')),
    call.origin,
  );
});

L.set('reduce', (call) => {
  const items = arrayItems(call, 'reduce');
  const initial = valueArg(call, 1);
  const fn = needLambda(call, 2, 'reduce');
  if (!initial) return call.wrong('reduce() needs an initial value');
  // An unknown accumulator need not make the result unknown: the lambda may not use it.
  return items.reduce((cur, next, i) => invoke(call, fn, [cur, next, index(call, i)]), initial);
});

// `sort(items, (a, b) => a < b)`: the lambda says whether `a` comes before `b`. A stable merge
// sort: equal items keep their order.
L.set('sort', (call) => {
  const items = arrayItems(call, 'sort');
  const fn = needLambda(call, 1, 'sort');
  const before = (a: AVal, b: AVal): boolean => bool(call, invoke(call, fn, [a, b]), 'sort');
  const sort = (xs: AVal[]): AVal[] => {
    if (xs.length < 2) return xs;
    const mid = xs.length >> 1;
    const left = sort(xs.slice(0, mid));
    const right = sort(xs.slice(mid));
    const out: AVal[] = [];
    let i = 0;
    let j = 0;
    while (i < left.length && j < right.length) out.push(before(right[j] as AVal, left[i] as AVal) ? (right[j++] as AVal) : (left[i++] as AVal));
    return [...out, ...left.slice(i), ...right.slice(j)];
  };
  return array(sort(items), call.origin);
});

L.set('toobject', (call) => {
  const items = arrayItems(call, 'toObject');
  const keyFn = needLambda(call, 1, 'toObject');
  const valueFn = lambdaArg(call, 2);
  const members: Member[] = [];
  for (const item of items) setMember(members, key(call, invoke(call, keyFn, [item]), 'toObject'), valueFn ? invoke(call, valueFn, [item]) : item);
  return { t: 'object', members, origin: call.origin, inherit: [] };
});

L.set('groupby', (call) => {
  const items = arrayItems(call, 'groupBy');
  const keyFn = needLambda(call, 1, 'groupBy');
  const valueFn = lambdaArg(call, 2);
  const groups: { key: string; items: AVal[] }[] = [];
  for (const item of items) {
    const k = key(call, invoke(call, keyFn, [item]), 'groupBy');
    const value = valueFn ? invoke(call, valueFn, [item]) : item;
    const group = groups.find((g) => g.key.toLowerCase() === k.toLowerCase());
    if (group) group.items.push(value);
    else groups.push({ key: k, items: [value] });
  }
  return { t: 'object', members: groups.map((g) => ({ key: g.key, value: array(g.items, call.origin) })), origin: call.origin, inherit: [] };
});

L.set('mapvalues', (call) => {
  const obj = valueArg(call, 0);
  const fn = needLambda(call, 1, 'mapValues');
  if (!obj) return call.wrong('mapValues() needs an object');
  if (obj.t === 'unknown') return obj;
  if (obj.t === 'object' && obj.rest) return obj.rest;
  if (obj.t !== 'object') return call.wrong('mapValues() needs an object');
  const members: Member[] = obj.members.map((m) => ({ key: m.key, value: invoke(call, fn, [through(m.value, obj.inherit)]) }));
  return { t: 'object', members, origin: call.origin, inherit: [] };
});

/** Which arguments of each lambda function are lambdas (the others are values). */
export const LAMBDA_POSITIONS: ReadonlyMap<string, readonly number[]> = new Map([
  ['map', [1]],
  ['filter', [1]],
  ['reduce', [2]],
  ['sort', [1]],
  ['toobject', [1, 2]],
  ['groupby', [1, 2]],
  ['mapvalues', [1]],
]);

/** The name of each lambda function as written in messages. */
export const LAMBDA_NAMES: ReadonlyMap<string, string> = new Map(['map', 'filter', 'reduce', 'sort', 'toObject', 'groupBy', 'mapValues'].map((n) => [n.toLowerCase(), n]));

/** Calls lambda function `name` (lower case); an unknown that decides the result is returned as is. */
export function callLambdaFunction(name: string, call: LambdaCall): AVal {
  const fn = L.get(name);
  if (!fn) return call.wrong(`${name}() is not a lambda function`);
  try {
    const v = fn(call);
    return call.hop && v.t !== 'unknown' ? reached(v, call.hop) : v;
  } catch (e) {
    if (e instanceof Stop) return e.value;
    throw e;
  }
}
