import { memberOfUnknown } from '../type-shape.js';
import { fromJson, invalid, itemOf, memberOf, mergeTrails, through, toJson, type AVal, type JsonValue, type Member, type Origin, unknown } from '../arm-value.js';
import { CallBudget, overChars, overElements } from '../budget.js';
import { printExpr, type Expr } from './ast.js';
import type { EvalContext, Evaluate } from './evaluator.js';
import { PURE } from './pure-functions.js';
import { callLambdaFunction, LAMBDA_NAMES, LAMBDA_POSITIONS, type Lambda, type LambdaArg } from './lambda-functions.js';

/** A template function: gets its unevaluated arguments so that `if`, `and`, `or`, `coalesce` can skip branches. */
export type TemplateFunction = (args: Expr[], ctx: EvalContext, ev: Evaluate, call: Expr) => AVal;

type Known = Exclude<AVal, { t: 'unknown' }>;

/** Origin of a value computed from inputs: the expression string, with the inputs' hops. */
function computed(ctx: EvalContext, inputs: readonly AVal[]): Origin {
  return { range: ctx.range, trail: mergeTrails(inputs) };
}

function firstUnknownOf(vals: readonly AVal[]): Extract<AVal, { t: 'unknown' }> | undefined {
  for (const v of vals) if (v.t === 'unknown') return v;
  return undefined;
}

function wrongArgs(call: Expr, ctx: EvalContext, what: string): AVal {
  return unknown(printExpr(call), what, { range: ctx.range, trail: [] });
}

function evalAll(args: Expr[], ev: Evaluate): AVal[] {
  return args.map((a) => ev(a));
}

/**
 * Evaluates all arguments; returns the first unknown one instead when any is unknown (an object
 * with unknown members from a spread counts as unknown: a function of the whole object cannot be computed).
 */
function known(args: Expr[], ev: Evaluate): Known[] | Extract<AVal, { t: 'unknown' }> {
  const vals = evalAll(args, ev);
  const u = firstUnknownOf(vals.map((v) => (v.t === 'object' && v.rest ? v.rest : v)));
  return u ?? (vals as Known[]);
}

function str(v: AVal | undefined): string | undefined {
  return v?.t === 'prim' && typeof v.value === 'string' ? v.value : undefined;
}

/** ARM's truthiness for `bool()`: booleans, 'true'/'false' in any case, and numbers. */
export function toBool(v: AVal): boolean | undefined {
  if (v.t !== 'prim') return undefined;
  if (typeof v.value === 'boolean') return v.value;
  if (typeof v.value === 'string') {
    const s = v.value.toLowerCase();
    return s === 'true' ? true : s === 'false' ? false : undefined;
  }
  if (typeof v.value === 'number') return v.value !== 0;
  return undefined;
}

/** Plain JSON of a fully known value (unknown parts already excluded by the caller). */
function json(v: AVal): JsonValue | undefined {
  return toJson(v);
}

function deepEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function stringOf(v: Known): string {
  if (v.t === 'prim') return v.value === null ? '' : typeof v.value === 'string' ? v.value : String(v.value);
  return JSON.stringify(json(v));
}

/** An unknown operand makes the whole call unknown, for the operand's reason. */
function propagate(u: Extract<AVal, { t: 'unknown' }>, call: Expr): AVal {
  return { ...u, text: u.text || printExpr(call) };
}

function unionObjects(objs: Extract<AVal, { t: 'object' }>[], origin: Origin): AVal {
  const members: Member[] = [];
  for (const o of objs)
    for (const m of o.members) {
      const at = members.findIndex((x) => x.key.toLowerCase() === m.key.toLowerCase());
      const value = o.inherit.length ? { ...m.value, origin: { ...m.value.origin, trail: [...o.inherit, ...m.value.origin.trail] } } : m.value;
      const prev = at >= 0 ? members[at] : undefined;
      // Nested objects merge too; anything else is replaced by the later value.
      const merged = prev && prev.value.t === 'object' && value.t === 'object' ? unionObjects([prev.value, value as Extract<AVal, { t: 'object' }>], value.origin) : (value as AVal);
      if (at >= 0) members[at] = { key: m.key, value: merged };
      else members.push({ key: m.key, value: merged });
    }
  return { t: 'object', members, origin, inherit: [] };
}

function formatString(fmt: string, values: Known[]): string | undefined {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c === '{') {
      if (fmt[i + 1] === '{') {
        out += '{';
        i++;
        continue;
      }
      const close = fmt.indexOf('}', i);
      if (close < 0) return undefined;
      const spec = fmt.slice(i + 1, close);
      // Only plain `{n}` placeholders; format specifiers (`{0:D2}`) are not reproduced.
      if (!/^\s*\d+\s*$/.test(spec)) return undefined;
      const v = values[Number(spec)];
      if (!v) return undefined;
      out += stringOf(v);
      i = close;
    } else if (c === '}') {
      if (fmt[i + 1] === '}') i++;
      out += '}';
    } else out += c;
  }
  return out;
}

const F = new Map<string, TemplateFunction>();

F.set('parameters', (args, ctx, ev, call) => {
  const name = str(args[0] ? ev(args[0]) : undefined);
  if (name === undefined) return wrongArgs(call, ctx, 'parameters() needs a literal name');
  return ctx.env.parameter(name) ?? invalid(printExpr(call), `the template declares no parameter '${name}'`, { range: ctx.range, trail: [] });
});

F.set('variables', (args, ctx, ev, call) => {
  const name = str(args[0] ? ev(args[0]) : undefined);
  if (name === undefined) return wrongArgs(call, ctx, 'variables() needs a literal name');
  return ctx.env.variable(name) ?? invalid(printExpr(call), `the template declares no variable '${name}'`, { range: ctx.range, trail: [] });
});

F.set('copyindex', (args, ctx, ev, call) => {
  const vals = known(args, ev);
  if (!Array.isArray(vals)) return vals;
  let loop: string | undefined;
  let offset = 0;
  for (const v of vals) {
    if (v.t === 'prim' && typeof v.value === 'string') loop = v.value;
    else if (v.t === 'prim' && typeof v.value === 'number') offset = v.value;
  }
  const i = ctx.env.copyIndex(loop);
  if (i === undefined) return unknown(printExpr(call), 'depends on copyIndex() of a loop that was not expanded', { range: ctx.range, trail: [] });
  return { t: 'prim', value: i + offset, origin: computed(ctx, vals) };
});

F.set('true', (_a, ctx) => ({ t: 'prim', value: true, origin: { range: ctx.range, trail: [] } }));
F.set('false', (_a, ctx) => ({ t: 'prim', value: false, origin: { range: ctx.range, trail: [] } }));
F.set('null', (_a, ctx) => ({ t: 'prim', value: null, origin: { range: ctx.range, trail: [] } }));

F.set('if', (args, ctx, ev, call) => {
  if (args.length !== 3) return wrongArgs(call, ctx, 'if() takes three arguments');
  const cond = ev(args[0] as Expr);
  if (cond.t === 'unknown') return propagate(cond, call);
  const b = toBool(cond);
  if (b === undefined) return wrongArgs(call, ctx, 'the condition of if() is not a boolean');
  const chosen = ev(args[b ? 1 : 2] as Expr);
  // The condition decided the value: its hops come first, the chosen branch's own hops last. The
  // value does not pass through the condition's parameters, so their secrecy says nothing about it.
  const trail = mergeTrails([cond, chosen])
    .filter((h) => !chosen.origin.trail.includes(h))
    .map(({ secure: _secure, ...h }) => h);
  const withCond = [...trail, ...chosen.origin.trail];
  if (chosen.t === 'array' || chosen.t === 'object') return { ...chosen, origin: { range: chosen.origin.range, trail: withCond }, inherit: [...trail, ...chosen.inherit] };
  return { ...chosen, origin: { range: chosen.origin.range, trail: withCond } };
});

F.set('equals', (args, ctx, ev, call) => {
  const vals = known(args, ev);
  if (!Array.isArray(vals)) return propagate(vals, call);
  if (vals.length !== 2) return wrongArgs(call, ctx, 'equals() takes two arguments');
  return { t: 'prim', value: deepEqual(json(vals[0] as Known), json(vals[1] as Known)), origin: computed(ctx, vals) };
});

F.set('not', (args, ctx, ev, call) => {
  const v = args[0] ? ev(args[0]) : undefined;
  if (!v) return wrongArgs(call, ctx, 'not() takes one argument');
  if (v.t === 'unknown') return propagate(v, call);
  const b = toBool(v);
  if (b === undefined || typeof (v as { value?: unknown }).value !== 'boolean') return wrongArgs(call, ctx, 'not() needs a boolean');
  return { t: 'prim', value: !b, origin: computed(ctx, [v]) };
});

function logic(isAnd: boolean): TemplateFunction {
  return (args, ctx, ev, call) => {
    const seen: AVal[] = [];
    let firstUnknown: Extract<AVal, { t: 'unknown' }> | undefined;
    for (const a of args) {
      const v = ev(a);
      seen.push(v);
      if (v.t === 'unknown') {
        firstUnknown ??= v;
        continue;
      }
      const b = v.t === 'prim' && typeof v.value === 'boolean' ? v.value : undefined;
      if (b === undefined) return wrongArgs(call, ctx, `${isAnd ? 'and' : 'or'}() needs booleans`);
      // One false decides `and`, one true decides `or`, whatever the unknown operands are.
      if (b !== isAnd) return { t: 'prim', value: b, origin: computed(ctx, [v]) };
    }
    if (firstUnknown) return propagate(firstUnknown, call);
    return { t: 'prim', value: isAnd, origin: computed(ctx, seen) };
  };
}
F.set('and', logic(true));
F.set('or', logic(false));

F.set('bool', (args, ctx, ev, call) => {
  const v = args[0] ? ev(args[0]) : undefined;
  if (!v) return wrongArgs(call, ctx, 'bool() takes one argument');
  if (v.t === 'unknown') return v;
  const b = toBool(v);
  if (b === undefined) return wrongArgs(call, ctx, 'bool() of a value that is not a boolean');
  return { t: 'prim', value: b, origin: v.origin };
});

F.set('string', (args, ctx, ev, call) => {
  const v = args[0] ? ev(args[0]) : undefined;
  if (!v) return wrongArgs(call, ctx, 'string() takes one argument');
  if (v.t === 'unknown') return v;
  return { t: 'prim', value: stringOf(v), origin: v.t === 'prim' ? v.origin : computed(ctx, [v]) };
});

F.set('int', (args, ctx, ev, call) => {
  const v = args[0] ? ev(args[0]) : undefined;
  if (!v) return wrongArgs(call, ctx, 'int() takes one argument');
  if (v.t === 'unknown') return v;
  const n = v.t === 'prim' ? (typeof v.value === 'number' ? v.value : typeof v.value === 'string' && /^\s*-?\d+\s*$/.test(v.value) ? Number(v.value) : undefined) : undefined;
  if (n === undefined) return wrongArgs(call, ctx, 'int() of a value that is not a number');
  return { t: 'prim', value: Math.trunc(n), origin: v.origin };
});

function caseFn(upper: boolean): TemplateFunction {
  return (args, ctx, ev, call) => {
    const v = args[0] ? ev(args[0]) : undefined;
    if (!v) return wrongArgs(call, ctx, 'takes one argument');
    if (v.t === 'unknown') return v;
    const s = str(v);
    if (s === undefined) return wrongArgs(call, ctx, 'needs a string');
    return { t: 'prim', value: upper ? s.toUpperCase() : s.toLowerCase(), origin: v.origin };
  };
}
F.set('tolower', caseFn(false));
F.set('toupper', caseFn(true));

F.set('concat', (args, ctx, ev, call) => {
  const vals = known(args, ev);
  if (!Array.isArray(vals)) return propagate(vals, call);
  if (vals.length > 0 && vals.every((v) => v.t === 'array')) {
    const over = overElements(...vals.map((v) => (v.t === 'array' ? v.items.length : 0)));
    if (over) return unknown(printExpr(call), over, computed(ctx, vals));
    const items = vals.flatMap((v) => (v.t === 'array' ? v.items.map((i) => (v.inherit.length ? { ...i, origin: { ...i.origin, trail: [...v.inherit, ...i.origin.trail] } } : i)) : []));
    return { t: 'array', items: items as AVal[], origin: computed(ctx, vals), inherit: [] };
  }
  if (vals.some((v) => v.t !== 'prim')) return wrongArgs(call, ctx, 'concat() of strings and arrays mixed');
  const tooLong = overChars(...vals.map((v) => (v.t === 'prim' && typeof v.value === 'string' ? v.value.length : 0)));
  if (tooLong) return unknown(printExpr(call), tooLong, computed(ctx, vals));
  return { t: 'prim', value: vals.map(stringOf).join(''), origin: computed(ctx, vals) };
});

F.set('format', (args, ctx, ev, call) => {
  const vals = known(args, ev);
  if (!Array.isArray(vals)) return propagate(vals, call);
  const fmt = str(vals[0]);
  if (fmt === undefined) return wrongArgs(call, ctx, 'format() needs a format string');
  const out = formatString(fmt, vals.slice(1));
  if (out === undefined) return wrongArgs(call, ctx, 'format() with a placeholder that is not reproduced');
  return { t: 'prim', value: out, origin: computed(ctx, vals) };
});

F.set('union', (args, ctx, ev, call) => {
  const vals = known(args, ev);
  if (!Array.isArray(vals)) return propagate(vals, call);
  if (vals.length > 0 && vals.every((v) => v.t === 'object'))
    return unionObjects(vals as Extract<AVal, { t: 'object' }>[], computed(ctx, vals));
  if (vals.length > 0 && vals.every((v) => v.t === 'array')) {
    const items: AVal[] = [];
    const seen = new Set<string>();
    for (const v of vals)
      if (v.t === 'array')
        for (const i of v.items) {
          const key = JSON.stringify(toJson(i));
          if (seen.has(key)) continue;
          seen.add(key);
          items.push(i);
        }
    return { t: 'array', items, origin: computed(ctx, vals), inherit: [] };
  }
  return wrongArgs(call, ctx, 'union() needs objects or arrays');
});

F.set('coalesce', (args, ctx, ev, call) => {
  for (const a of args) {
    const v = ev(a);
    if (v.t === 'unknown') return propagate(v, call);
    if (!(v.t === 'prim' && v.value === null)) return v;
  }
  return { t: 'prim', value: null, origin: { range: ctx.range, trail: [] } };
});

F.set('createobject', (args, ctx, ev, call) => {
  if (args.length % 2 !== 0) return wrongArgs(call, ctx, 'createObject() needs key/value pairs');
  const members: Member[] = [];
  for (let i = 0; i < args.length; i += 2) {
    const k = ev(args[i] as Expr);
    if (k.t === 'unknown') return propagate(k, call);
    const key = str(k);
    if (key === undefined) return wrongArgs(call, ctx, 'createObject() keys must be strings');
    members.push({ key, value: ev(args[i + 1] as Expr) });
  }
  return { t: 'object', members, origin: { range: ctx.range, trail: [] }, inherit: [] };
});

F.set('createarray', (args, ctx, ev) => ({ t: 'array', items: evalAll(args, ev), origin: { range: ctx.range, trail: [] }, inherit: [] }));

F.set('json', (args, ctx, ev, call) => {
  const v = args[0] ? ev(args[0]) : undefined;
  if (!v) return wrongArgs(call, ctx, 'json() takes one argument');
  if (v.t === 'unknown') return v;
  const s = str(v);
  if (s === undefined) return wrongArgs(call, ctx, 'json() needs a string');
  try {
    return fromJson(JSON.parse(s) as JsonValue, computed(ctx, [v]));
  } catch {
    return wrongArgs(call, ctx, 'json() of text that is not JSON');
  }
});

F.set('empty', (args, ctx, ev, call) => {
  const v = args[0] ? ev(args[0]) : undefined;
  if (!v) return wrongArgs(call, ctx, 'empty() takes one argument');
  if (v.t === 'unknown') return propagate(v, call);
  if (v.t === 'object' && v.rest) return propagate(v.rest, call);
  const isEmpty = v.t === 'array' ? v.items.length === 0 : v.t === 'object' ? v.members.length === 0 : v.value === null || v.value === '';
  return { t: 'prim', value: isEmpty, origin: computed(ctx, [v]) };
});

F.set('length', (args, ctx, ev, call) => {
  const v = args[0] ? ev(args[0]) : undefined;
  if (!v) return wrongArgs(call, ctx, 'length() takes one argument');
  if (v.t === 'unknown') return propagate(v, call);
  if (v.t === 'object' && v.rest) return propagate(v.rest, call);
  // null (an omitted nullable parameter, a missing `.?` member) has no items.
  const n = v.t === 'array' ? v.items.length : v.t === 'object' ? v.members.length : typeof v.value === 'string' ? v.value.length : v.value === null ? 0 : undefined;
  if (n === undefined) return wrongArgs(call, ctx, 'length() of a value without length');
  return { t: 'prim', value: n, origin: computed(ctx, [v]) };
});

F.set('contains', (args, ctx, ev, call) => {
  const vals = known(args, ev);
  if (!Array.isArray(vals)) return propagate(vals, call);
  const [c, item] = vals;
  if (!c || !item) return wrongArgs(call, ctx, 'contains() takes two arguments');
  let r: boolean | undefined;
  if (c.t === 'object') {
    const k = str(item);
    r = k === undefined ? undefined : c.members.some((m) => m.key.toLowerCase() === k.toLowerCase());
  } else if (c.t === 'array') r = c.items.some((i) => deepEqual(toJson(i), json(item)));
  else if (typeof c.value === 'string' && item.t === 'prim') r = c.value.includes(stringOf(item));
  else if (c.value === null) r = false; // null contains nothing
  if (r === undefined) return wrongArgs(call, ctx, 'contains() of values of the wrong types');
  return { t: 'prim', value: r, origin: computed(ctx, vals) };
});

F.set('replace', (args, ctx, ev, call) => {
  const vals = known(args, ev);
  if (!Array.isArray(vals)) return propagate(vals, call);
  const [s, from, to] = vals.map(str);
  if (s === undefined || from === undefined || to === undefined || from === '') return wrongArgs(call, ctx, 'replace() needs three strings');
  return { t: 'prim', value: s.split(from).join(to), origin: computed(ctx, vals) };
});

F.set('trim', (args, ctx, ev, call) => {
  const v = args[0] ? ev(args[0]) : undefined;
  if (!v) return wrongArgs(call, ctx, 'trim() takes one argument');
  if (v.t === 'unknown') return v;
  const s = str(v);
  if (s === undefined) return wrongArgs(call, ctx, 'trim() needs a string');
  return { t: 'prim', value: s.trim(), origin: v.origin };
});

// Bicep emits tryGet() for `obj.?prop`: a missing property gives null instead of an error.
F.set('tryget', (args, ctx, ev, call) => {
  if (args.length < 2) return wrongArgs(call, ctx, 'tryGet() takes an object and keys');
  const keys = known(args.slice(1), ev);
  if (!Array.isArray(keys)) return propagate(keys, call);
  let cur: AVal | undefined = ev(args[0] as Expr);
  for (const k of keys) {
    if (!cur) break;
    const key = k.t === 'prim' && (typeof k.value === 'string' || typeof k.value === 'number') ? k.value : undefined;
    if (cur.t === 'unknown') {
      // Still unknown, but a typed parameter's hop now names the member read.
      if (key !== undefined) cur = memberOfUnknown(cur, key);
      continue;
    }
    if (cur.t === 'object' && typeof key === 'string') cur = memberOf(cur, key);
    else if (cur.t === 'array' && typeof key === 'number') cur = itemOf(cur, key);
    else cur = undefined;
  }
  if (cur?.t === 'unknown') return propagate(cur, call);
  return cur ?? { t: 'prim', value: null, origin: { range: ctx.range, trail: [] } };
});

// Bicep's object spread (`{ ...a, k: v }` compiles to shallowMerge(createArray(a, createObject('k', v)))):
// an unknown element hides what came before it, and the keys written after it stay known.
F.set('shallowmerge', (args, ctx, ev, call) => {
  const list = args[0] ? ev(args[0]) : undefined;
  if (!list || args.length !== 1) return wrongArgs(call, ctx, 'shallowMerge() takes an array of objects');
  if (list.t === 'unknown') return propagate(list, call);
  if (list.t !== 'array') return wrongArgs(call, ctx, 'shallowMerge() needs an array of objects');
  let members: Member[] = [];
  let rest: Extract<AVal, { t: 'unknown' }> | undefined;
  for (let i = 0; i < list.items.length; i++) {
    const o = itemOf(list, i) as AVal;
    if (o.t === 'unknown' || (o.t === 'object' && o.rest)) {
      rest = o.t === 'unknown' ? o : o.rest;
      members = [];
    }
    if (o.t === 'unknown') continue;
    if (o.t !== 'object') return wrongArgs(call, ctx, 'shallowMerge() needs an array of objects');
    for (const m of o.members) {
      const value = through(m.value, o.inherit);
      const at = members.findIndex((x) => x.key.toLowerCase() === m.key.toLowerCase());
      if (at >= 0) members[at] = { key: m.key, value };
      else members.push({ key: m.key, value });
    }
  }
  const out: AVal = { t: 'object', members, origin: { range: ctx.range, trail: [] }, inherit: [] };
  return rest ? { ...out, rest } : out;
});

// `lambda('x', 'y', body)`: a lambda, only as an argument of a lambda function; `lambdaVariables('x')` reads its parameter.
F.set('lambda', (_args, ctx, _ev, call) => wrongArgs(call, ctx, 'a lambda is only an argument of map(), filter(), reduce(), sort(), toObject(), groupBy() or mapValues()'));

F.set('lambdavariables', (args, ctx, ev, call) => {
  const name = str(args[0] ? ev(args[0]) : undefined);
  if (name === undefined) return wrongArgs(call, ctx, 'lambdaVariables() needs a literal name');
  return ctx.locals?.get(name.toLowerCase()) ?? wrongArgs(call, ctx, `no lambda variable '${name}' here`);
});

/** The lambda an argument is: `lambda('x', …, body)` written here, or one the caller built. */
function lambdaOf(arg: Expr, ctx: EvalContext, ev: Evaluate): Lambda | undefined {
  const built = ctx.lambdaArg?.(arg);
  if (built) return built;
  if (arg.k !== 'call' || arg.name.toLowerCase() !== 'lambda' || arg.args.length < 2) return undefined;
  const names = arg.args.slice(0, -1).map((a) => (a.k === 'string' ? a.value.toLowerCase() : undefined));
  if (names.some((n) => n === undefined)) return undefined;
  const body = arg.args[arg.args.length - 1] as Expr;
  return {
    arity: names.length,
    invoke: (vals) => {
      const locals = new Map(ctx.locals ?? []);
      names.forEach((n, i) => locals.set(n as string, vals[i] ?? { t: 'prim', value: null, origin: { range: ctx.range, trail: [] } }));
      return ev(body, locals);
    },
  };
}

for (const [name, positions] of LAMBDA_POSITIONS)
  F.set(name, (args, ctx, ev, call) => {
    const resolved: LambdaArg[] = args.map((a, i) => {
      if (!positions.includes(i)) return { value: ev(a) };
      const fn = lambdaOf(a, ctx, ev);
      return fn ? { lambda: fn } : undefined;
    });
    const v = callLambdaFunction(name, {
      args: resolved,
      origin: { range: ctx.range, trail: [] },
      budget: ctx.budget ?? new CallBudget(),
      wrong: (why) => wrongArgs(call, ctx, why),
      hop: { kind: 'function', name: LAMBDA_NAMES.get(name) ?? name, range: ctx.range },
    });
    return v.t === 'unknown' && v.text === '' ? { ...v, text: printExpr(call) } : v;
  });

// Functions of known arguments only: any unknown argument makes the call unknown, for its reason.
for (const [name, fn] of PURE)
  F.set(name, (args, ctx, ev, call) => {
    const vals = known(args, ev);
    if (!Array.isArray(vals)) return propagate(vals, call);
    return fn(vals, computed(ctx, vals), (why) => wrongArgs(call, ctx, why));
  });

export const FUNCTIONS: ReadonlyMap<string, TemplateFunction> = F;
