import type { SourceRange } from '../../src/model/index.js';
import { compare, distinct, elementsOf, lexical, MAX_ELEMENTS, setElements } from './collections.js';
import { asBool, asString, dependsOn, element, errorVal, firstUnknown, toPlain, unknownVal, type KnownVal, type ObjectEntry, type UnknownVal, type Val } from './values.js';

/**
 * Terraform functions that real modules use around site settings, with Terraform's
 * handling of unknowns: a wholly unknown argument makes the result unknown; a known
 * collection with unknown elements is used as far as Terraform itself would (`length`,
 * `keys`, `merge` stay known). A result that passes one argument's value through
 * (`lower`, `coalesce`, `lookup`, `one` …) keeps that argument's range and trail: the
 * finding points where the value is written. Misuse is an error value (`try` skips it).
 * `try` and `can` are evaluated by the evaluator (they need their arguments unevaluated).
 */
export type TfFunction = (args: Val[], call: Call) => Val;

interface Call {
  range: SourceRange;
  text: string;
}

const derived = (from: Val, v: Partial<KnownVal> & { t: KnownVal['t'] }): Val => ({ range: from.range, hops: from.hops, ...v }) as Val;
const fail = (call: Call, reason: string): Val => errorVal(call.text, call.range, reason);
const bool = (v: boolean, call: Call): Val => ({ t: 'bool', v, range: call.range, hops: [] });
const list = (items: Val[], call: Call, set = false): Val => ({ t: 'list', items, range: call.range, hops: [], ...(set ? { set } : {}) });
const str = (v: string, call: Call): Val => ({ t: 'string', v, range: call.range, hops: [] });

/** The first argument that is wholly unknown, restated at the call. */
function unknownArg(args: Val[], call: Call): UnknownVal | undefined {
  for (const a of args) if (a.t === 'unknown') return dependsOn(a, call.text, call.range);
  return undefined;
}

/** The first unknown anywhere in the arguments, restated at the call (for functions that need every part). */
function deepUnknown(args: Val[], call: Call): UnknownVal | undefined {
  for (const a of args) {
    const u = firstUnknown(a);
    if (u) return dependsOn(u, call.text, call.range);
  }
  return undefined;
}

/** Elements of a list or set argument (each with its trail). */
function items(v: Val): Val[] | undefined {
  return v.t === 'list' ? v.items.map((_, i) => element(v, i) as Val) : undefined;
}

/** A function of fixed arity over known primitives (strings): unknown in, unknown out. */
function strings(arity: number, f: (s: string[], call: Call, args: Val[]) => Val): TfFunction {
  return (args, call) => {
    if (args.length !== arity) return fail(call, `expects ${arity} argument${arity === 1 ? '' : 's'}`);
    const u = unknownArg(args, call);
    if (u) return u;
    const s = args.map(asString);
    if (s.some((x) => x === undefined)) return fail(call, 'expects strings');
    return f(s as string[], call, args);
  };
}

const stringCase = (f: (s: string) => string): TfFunction => strings(1, ([s], _call, [a]) => derived(a as Val, { t: 'string', v: f(s as string) }));

const setOf = (values: Val[], call: Call): Val => list(setElements(values), call, true);

function flattenInto(v: Val, out: Val[], call: Call): UnknownVal | undefined {
  for (const i of items(v) ?? []) {
    if (i.t === 'unknown') return dependsOn(i, call.text, call.range);
    if (i.t === 'list') {
      const u = flattenInto(i, out, call);
      if (u) return u;
    } else out.push(i);
    if (out.length > MAX_ELEMENTS) return unknownVal(call.text, call.range, `more than ${MAX_ELEMENTS} elements: not evaluated`);
  }
  return undefined;
}

/** Terraform's JSON has object keys in lexical order. */
function sortedKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortedKeys);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort(lexical).map((k) => [k, sortedKeys((v as Record<string, unknown>)[k])]));
  return v;
}

export const functions: Record<string, TfFunction> = {
  lower: stringCase((s) => s.toLowerCase()),
  upper: stringCase((s) => s.toUpperCase()),
  trimspace: stringCase((s) => s.trim()),
  startswith: strings(2, ([s, p], call) => bool((s as string).startsWith(p as string), call)),
  endswith: strings(2, ([s, p], call) => bool((s as string).endsWith(p as string), call)),
  trimprefix: strings(2, ([s, p], call, [a]) => derived(a as Val, { t: 'string', v: (s as string).startsWith(p as string) ? (s as string).slice((p as string).length) : (s as string) })),
  trimsuffix: strings(2, ([s, p], call, [a]) => derived(a as Val, { t: 'string', v: p !== '' && (s as string).endsWith(p as string) ? (s as string).slice(0, -(p as string).length) : (s as string) })),
  replace: strings(3, ([s, find, repl], call, [a]) => {
    const f = find as string;
    // Patterns in slashes are RE2 regular expressions: not evaluated (their semantics and cost differ from JavaScript's).
    if (f.length > 1 && f.startsWith('/') && f.endsWith('/')) return unknownVal(call.text, call.range, 'replace() with a regular expression is not evaluated');
    if (f === '') return fail(call, 'replace() needs a non-empty search string');
    return derived(a as Val, { t: 'string', v: (s as string).split(f).join(repl as string) });
  }),
  split: strings(2, ([sep, s], call) => {
    if (sep === '') return fail(call, 'split() needs a separator');
    const parts = (s as string).split(sep as string);
    return parts.length > MAX_ELEMENTS ? unknownVal(call.text, call.range, 'too many parts') : list(parts.map((p) => str(p, call)), call);
  }),
  join: (args, call) => {
    const [sep, ...lists] = args;
    if (!sep || lists.length === 0) return fail(call, 'join() needs a separator and a list');
    const u = unknownArg(args, call) ?? deepUnknown(lists, call);
    if (u) return u;
    const s = asString(sep);
    const parts = lists.flatMap((l) => (l.t === 'list' ? l.items.map(asString) : [undefined]));
    if (s === undefined || parts.some((p) => p === undefined)) return fail(call, 'join() needs strings');
    return str(parts.join(s), call);
  },
  tostring: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, 'missing argument');
    if (a.t === 'unknown' || a.t === 'null' || a.t === 'string') return a;
    const s = asString(a);
    return s === undefined ? fail(call, 'not convertible to string') : derived(a, { t: 'string', v: s });
  },
  tobool: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, 'missing argument');
    if (a.t === 'unknown' || a.t === 'null' || a.t === 'bool') return a;
    const b = a.t === 'string' ? asBool(a) : undefined;
    return b === undefined ? fail(call, 'not convertible to bool') : derived(a, { t: 'bool', v: b });
  },
  tonumber: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, 'missing argument');
    if (a.t === 'unknown' || a.t === 'null' || a.t === 'number') return a;
    const n = a.t === 'string' && a.v.trim() !== '' ? Number(a.v) : NaN;
    return Number.isNaN(n) ? fail(call, 'not convertible to number') : derived(a, { t: 'number', v: n });
  },
  coalesce: (args, call) => {
    for (const a of args) {
      if (a.t === 'unknown') return a;
      if (a.t === 'null' || (a.t === 'string' && a.v === '')) continue;
      return a;
    }
    return fail(call, 'no non-null, non-empty argument');
  },
  coalescelist: (args, call) => {
    for (const a of args) {
      if (a.t === 'unknown') return a;
      if (a.t === 'null') continue;
      if (a.t !== 'list') return fail(call, 'coalescelist() takes lists');
      if (a.items.length > 0) return a;
    }
    return fail(call, 'no non-empty list');
  },
  one: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, 'missing argument');
    if (a.t === 'unknown') return a;
    if (a.t === 'null') return fail(call, 'one() of null');
    const xs = items(a);
    if (!xs) return fail(call, 'one() takes a list or set');
    if (xs.length === 0) return { t: 'null', range: call.range, hops: [] };
    if (xs.length > 1) return fail(call, 'one() of more than one element');
    return xs[0] as Val;
  },
  alltrue: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, 'missing argument');
    if (a.t === 'unknown') return dependsOn(a, call.text, call.range);
    for (const x of items(a) ?? []) {
      if (x.t === 'unknown') return dependsOn(x, call.text, call.range);
      if (asBool(x) !== true) return bool(false, call);
    }
    return a.t === 'list' ? bool(true, call) : fail(call, 'alltrue() takes a list');
  },
  anytrue: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, 'missing argument');
    if (a.t === 'unknown') return dependsOn(a, call.text, call.range);
    for (const x of items(a) ?? []) {
      if (x.t === 'unknown') return dependsOn(x, call.text, call.range);
      if (asBool(x) === true) return bool(true, call);
    }
    return a.t === 'list' ? bool(false, call) : fail(call, 'anytrue() takes a list');
  },
  flatten: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, 'missing argument');
    if (a.t === 'unknown') return dependsOn(a, call.text, call.range);
    if (a.t !== 'list') return fail(call, 'flatten() takes a list');
    const out: Val[] = [];
    return flattenInto(a, out, call) ?? list(out, call);
  },
  distinct: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, 'missing argument');
    const u = deepUnknown(args, call);
    if (u) return u;
    const xs = items(a);
    return xs ? list(distinct(xs), call) : fail(call, 'distinct() takes a list');
  },
  keys: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, 'missing argument');
    if (a.t === 'unknown') return dependsOn(a, call.text, call.range);
    if (a.t !== 'object') return fail(call, 'keys() takes a map or object');
    return list((elementsOf(a) ?? []).map((e) => e.key), call);
  },
  values: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, 'missing argument');
    if (a.t === 'unknown') return dependsOn(a, call.text, call.range);
    if (a.t !== 'object') return fail(call, 'values() takes a map or object');
    return list((elementsOf(a) ?? []).map((e) => e.value), call);
  },
  zipmap: (args, call) => {
    const [k, v] = args;
    if (!k || !v) return fail(call, 'zipmap() needs keys and values');
    const u = unknownArg(args, call) ?? deepUnknown([k], call);
    if (u) return u;
    const ks = items(k);
    const vs = items(v);
    if (!ks || !vs || ks.length !== vs.length) return fail(call, 'zipmap() needs two lists of the same length');
    const entries: ObjectEntry[] = [];
    for (let i = 0; i < ks.length; i++) {
      const key = asString(ks[i] as Val);
      if (key === undefined) return fail(call, 'zipmap() keys must be strings');
      entries.push({ key, keyRange: (ks[i] as Val).range, value: vs[i] as Val });
    }
    return { t: 'object', entries, range: call.range, hops: [] };
  },
  tolist: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, 'missing argument');
    if (a.t === 'unknown' || a.t === 'null') return a;
    return a.t === 'list' ? { ...a, set: false } : fail(call, 'tolist() takes a list or set');
  },
  tomap: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, 'missing argument');
    if (a.t === 'unknown' || a.t === 'null') return a;
    return a.t === 'object' ? a : fail(call, 'tomap() takes a map or object');
  },
  toset: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, 'missing argument');
    if (a.t === 'unknown' || a.t === 'null') return a;
    const xs = items(a);
    if (!xs) return fail(call, 'toset() takes a list or set');
    const u = deepUnknown(xs, call);
    // A set with unknown elements cannot be ordered or deduplicated: Terraform keeps it known, we keep its elements.
    return u ? { ...a, set: true } : { ...setOf(xs, call), range: a.range, hops: a.hops };
  },
  setunion: (args, call) => {
    const u = unknownArg(args, call) ?? deepUnknown(args, call);
    if (u) return u;
    const all: Val[] = [];
    for (const a of args) {
      const xs = items(a);
      if (!xs) return fail(call, 'setunion() takes sets');
      all.push(...xs);
    }
    return setOf(all, call);
  },
  contains: (args, call) => {
    const [l, v] = args;
    if (!l || !v) return fail(call, 'contains() needs a list and a value');
    const u = unknownArg(args, call);
    if (u) return u;
    const xs = items(l);
    if (!xs) return fail(call, 'contains() takes a list or set');
    let pending: UnknownVal | undefined;
    for (const x of xs) {
      const c = compare(x, v);
      if (c === true) return bool(true, call);
      if (c !== false) pending ??= c;
    }
    return pending ? dependsOn(pending, call.text, call.range) : bool(false, call);
  },
  length: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, 'missing argument');
    if (a.t === 'unknown') return dependsOn(a, call.text, call.range);
    const n = a.t === 'list' ? a.items.length : a.t === 'object' ? new Set(a.entries.map((e) => e.key)).size : a.t === 'string' ? [...a.v].length : undefined;
    return n === undefined ? fail(call, 'length() of a value that has none') : { t: 'number', v: n, range: call.range, hops: [] };
  },
  element: (args, call) => {
    const [l, i] = args;
    if (!l || !i) return fail(call, 'element() needs a list and an index');
    const u = unknownArg(args, call);
    if (u) return u;
    const xs = items(l);
    if (!xs || i.t !== 'number' || xs.length === 0) return fail(call, 'element() needs a non-empty list and a number');
    return xs[((Math.floor(i.v) % xs.length) + xs.length) % xs.length] as Val;
  },
  compact: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, 'missing argument');
    const u = unknownArg(args, call) ?? deepUnknown(args, call);
    if (u) return u;
    const xs = items(a);
    return xs ? list(xs.filter((x) => x.t !== 'null' && !(x.t === 'string' && x.v === '')), call) : fail(call, 'compact() takes a list');
  },
  lookup: (args, call) => {
    const [m, k, d] = args;
    if (!m || !k) return fail(call, 'lookup() needs a map and a key');
    const u = unknownArg([m, k], call);
    if (u) return u;
    const key = asString(k);
    if (m.t !== 'object' || key === undefined) return fail(call, 'lookup() on a non-map');
    const found = [...m.entries].reverse().find((e) => e.key === key);
    if (found) return { ...found.value, hops: [...m.hops, ...found.value.hops] };
    return d ?? fail(call, `no key ${JSON.stringify(key)}`);
  },
  merge: (args, call) => {
    const u = unknownArg(args, call);
    if (u) return u;
    const entries: ObjectEntry[] = [];
    for (const a of args) {
      if (a.t === 'null') continue;
      if (a.t !== 'object') return fail(call, 'merge() takes maps or objects');
      for (const e of a.entries) entries.push({ ...e, value: { ...e.value, hops: [...a.hops, ...e.value.hops] } as Val });
    }
    const byKey = new Map(entries.map((e) => [e.key, e]));
    return { t: 'object', entries: [...byKey.values()], range: call.range, hops: [] };
  },
  concat: (args, call) => {
    const u = unknownArg(args, call);
    if (u) return u;
    const out: Val[] = [];
    for (const a of args) {
      const xs = items(a);
      if (!xs) return fail(call, 'concat() takes lists');
      out.push(...xs);
    }
    return list(out, call);
  },
  jsonencode: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, 'missing argument');
    // An unknown part keeps the structure readable: azapi bodies are read from `json`.
    const u = firstUnknown(a);
    if (u) return { ...dependsOn(u, call.text, call.range), json: a };
    return { t: 'string', v: JSON.stringify(sortedKeys(toPlain(a))), json: a, range: call.range, hops: [] };
  },
};
