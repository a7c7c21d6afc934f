import type { SourceRange } from '../../src/model/index.js';
import { asBool, asString, firstUnknown, toPlain, unknownVal, type KnownVal, type Val } from './values.js';

/**
 * The few Terraform functions worth evaluating for site settings. A result that
 * passes one argument's value through (lower, tostring, coalesce …) keeps that
 * argument's range and trail: the finding points where the value is written.
 * Returns undefined for a function not evaluated here.
 */
export type TfFunction = (args: Val[], call: { range: SourceRange; text: string }) => Val;

const derived = (from: Val, v: Partial<KnownVal> & { t: KnownVal['t'] }): Val => ({ range: from.range, hops: from.hops, ...v }) as Val;

function unknownArg(args: Val[]): Val | undefined {
  for (const a of args) {
    const u = firstUnknown(a);
    if (u) return u;
  }
  return undefined;
}

const stringCase = (f: (s: string) => string): TfFunction => (args, call) => {
  const a = args[0];
  if (!a) return unknownVal(call.text, call.range, 'missing argument');
  if (a.t === 'unknown') return a;
  const s = asString(a);
  return s === undefined ? unknownVal(call.text, call.range, 'not a string') : derived(a, { t: 'string', v: f(s) });
};

export const functions: Record<string, TfFunction> = {
  lower: stringCase((s) => s.toLowerCase()),
  upper: stringCase((s) => s.toUpperCase()),
  trimspace: stringCase((s) => s.trim()),
  tostring: (args, call) => {
    const a = args[0];
    if (!a) return unknownVal(call.text, call.range, 'missing argument');
    if (a.t === 'unknown' || a.t === 'null' || a.t === 'string') return a;
    const s = asString(a);
    return s === undefined ? unknownVal(call.text, call.range, 'not convertible to string') : derived(a, { t: 'string', v: s });
  },
  tobool: (args, call) => {
    const a = args[0];
    if (!a) return unknownVal(call.text, call.range, 'missing argument');
    if (a.t === 'unknown' || a.t === 'null' || a.t === 'bool') return a;
    const b = asBool(a);
    return b === undefined ? unknownVal(call.text, call.range, 'not convertible to bool') : derived(a, { t: 'bool', v: b });
  },
  tonumber: (args, call) => {
    const a = args[0];
    if (!a) return unknownVal(call.text, call.range, 'missing argument');
    if (a.t === 'unknown' || a.t === 'null' || a.t === 'number') return a;
    const n = a.t === 'string' && a.v.trim() !== '' ? Number(a.v) : NaN;
    return Number.isNaN(n) ? unknownVal(call.text, call.range, 'not convertible to number') : derived(a, { t: 'number', v: n });
  },
  coalesce: (args, call) => {
    for (const a of args) {
      if (a.t === 'unknown') return a;
      if (a.t === 'null' || (a.t === 'string' && a.v === '')) continue;
      return a;
    }
    return unknownVal(call.text, call.range, 'coalesce: no non-empty argument');
  },
  tolist: (args, call) => args[0] ?? unknownVal(call.text, call.range, 'missing argument'),
  tomap: (args, call) => args[0] ?? unknownVal(call.text, call.range, 'missing argument'),
  toset: (args, call) => {
    const a = args[0];
    if (!a) return unknownVal(call.text, call.range, 'missing argument');
    if (a.t !== 'list') return a;
    const seen = new Set<string>();
    const items: Val[] = [];
    for (const i of a.items) {
      const key = JSON.stringify(toPlain(i) ?? null);
      if (i.t !== 'unknown' && seen.has(key)) continue;
      seen.add(key);
      items.push(i);
    }
    return { ...a, items };
  },
  lookup: (args, call) => {
    const [m, k, d] = args;
    if (!m || !k) return unknownVal(call.text, call.range, 'missing argument');
    if (m.t === 'unknown') return m;
    if (k.t === 'unknown') return k;
    const key = asString(k);
    if (m.t !== 'object' || key === undefined) return unknownVal(call.text, call.range, 'lookup on a non-map');
    const found = [...m.entries].reverse().find((e) => e.key === key);
    if (found) return { ...found.value, hops: [...m.hops, ...found.value.hops] };
    return d ?? unknownVal(call.text, call.range, `no key ${JSON.stringify(key)}`);
  },
  merge: (args, call) => {
    const u = args.find((a) => a.t === 'unknown');
    if (u) return u;
    const entries = args.flatMap((a) => (a.t === 'object' ? a.entries.map((e) => ({ ...e, value: { ...e.value, hops: [...a.hops, ...e.value.hops] } as Val })) : []));
    const byKey = new Map(entries.map((e) => [e.key, e]));
    return { t: 'object', entries: [...byKey.values()], range: call.range, hops: [] };
  },
  concat: (args, call) => {
    const u = args.find((a) => a.t === 'unknown');
    if (u) return u;
    return { t: 'list', items: args.flatMap((a) => (a.t === 'list' ? a.items : [])), range: call.range, hops: [] };
  },
  length: (args, call) => {
    const a = args[0];
    if (!a) return unknownVal(call.text, call.range, 'missing argument');
    if (a.t === 'unknown') return a;
    const n = a.t === 'list' ? a.items.length : a.t === 'object' ? a.entries.length : a.t === 'string' ? [...a.v].length : undefined;
    return n === undefined ? unknownVal(call.text, call.range, 'length of a primitive') : { t: 'number', v: n, range: call.range, hops: [] };
  },
  contains: (args, call) => {
    const [l, v] = args;
    if (!l || !v) return unknownVal(call.text, call.range, 'missing argument');
    const u = unknownArg(args);
    if (u) return u;
    if (l.t !== 'list') return unknownVal(call.text, call.range, 'contains on a non-list');
    const want = JSON.stringify(toPlain(v));
    return { t: 'bool', v: l.items.some((i) => JSON.stringify(toPlain(i)) === want), range: call.range, hops: [] };
  },
  join: (args, call) => {
    const [sep, l] = args;
    if (!sep || !l) return unknownVal(call.text, call.range, 'missing argument');
    const u = unknownArg(args);
    if (u) return u;
    const s = asString(sep);
    const parts = l.t === 'list' ? l.items.map(asString) : [];
    if (s === undefined || l.t !== 'list' || parts.some((p) => p === undefined)) return unknownVal(call.text, call.range, 'join needs strings');
    return { t: 'string', v: parts.join(s), range: call.range, hops: [] };
  },
  jsonencode: (args, call) => {
    const a = args[0];
    if (!a) return unknownVal(call.text, call.range, 'missing argument');
    // An unknown part keeps the structure readable: azapi bodies are read from `json`.
    const u = firstUnknown(a);
    if (u) return { ...unknownVal(call.text, call.range, u.reason), json: a };
    return { t: 'string', v: JSON.stringify(toPlain(a)), json: a, range: call.range, hops: [] };
  },
};
