import { dirname, resolve } from 'node:path';
import { fromJson, itemOf, mergeTrails, prim, unknown, type AVal, type JsonValue, type Origin } from '../../shared/arm-value.js';
import type { SourceRange } from '../../../src/model/index.js';
import type { Expression } from '../ast.js';
import { callArm, hasArmFunction } from './arm-functions.js';
import type { BicepScope } from './scope.js';

type Known = Exclude<AVal, { t: 'unknown' }>;
type BicepFunction = (args: AVal[], origin: Origin, wrong: (why: string) => AVal, scope: BicepScope) => AVal;

function str(v: AVal | undefined): string | undefined {
  return v?.t === 'prim' && typeof v.value === 'string' ? v.value : undefined;
}

/** Functions with no ARM twin in the shared evaluator; all arguments are evaluated first. */
const OWN = new Map<string, BicepFunction>();

function firstOrLast(last: boolean): BicepFunction {
  return ([v], origin, wrong) => {
    if (v?.t === 'array') return (v.items.length ? itemOf(v, last ? v.items.length - 1 : 0) : undefined) ?? prim(null, origin);
    const s = str(v);
    if (s !== undefined) return prim(s.length ? (last ? s.slice(-1) : s.slice(0, 1)) : '', origin);
    return wrong(`${last ? 'last' : 'first'}() needs an array or a string`);
  };
}
OWN.set('first', firstOrLast(false));
OWN.set('last', firstOrLast(true));

OWN.set('join', ([list, sep], origin, wrong) => {
  const d = str(sep);
  if (list?.t !== 'array' || d === undefined) return wrong('join() needs an array and a delimiter');
  const parts: string[] = [];
  for (const i of list.items) {
    if (i.t !== 'prim' || i.value === null) return wrong('join() of values that are not strings');
    parts.push(String(i.value));
  }
  return prim(parts.join(d), origin);
});

OWN.set('split', ([input, sep], origin, wrong) => {
  const s = str(input);
  const seps = sep?.t === 'array' ? sep.items.map(str) : [str(sep)];
  if (s === undefined || seps.some((x) => x === undefined || x === '')) return wrong('split() needs a string and delimiters');
  let parts = [s];
  for (const d of seps as string[]) parts = parts.flatMap((p) => p.split(d));
  return { t: 'array', items: parts.map((p) => prim(p, origin)), origin, inherit: [] };
});

OWN.set('range', ([start, count], origin, wrong) => {
  if (start?.t !== 'prim' || count?.t !== 'prim' || typeof start.value !== 'number' || typeof count.value !== 'number' || count.value < 0 || count.value > 1000)
    return wrong('range() needs two integers');
  const items: AVal[] = [];
  for (let i = 0; i < count.value; i++) items.push(prim(start.value + i, origin));
  return { t: 'array', items, origin, inherit: [] };
});

OWN.set('items', ([obj], origin, wrong) => {
  if (obj?.t !== 'object') return wrong('items() needs an object');
  const sorted = [...obj.members].sort((a, b) => (a.key.toLowerCase() < b.key.toLowerCase() ? -1 : a.key.toLowerCase() > b.key.toLowerCase() ? 1 : 0));
  const items: AVal[] = sorted.map((m) => ({
    t: 'object',
    members: [
      { key: 'key', value: prim(m.key, origin) },
      { key: 'value', value: m.value },
    ],
    origin,
    inherit: obj.inherit,
  }));
  return { t: 'array', items, origin, inherit: [] };
});

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
 * A call to a built-in function. Pure functions are computed; everything that depends on the
 * deployment (`resourceGroup()`, `uniqueString()`, `reference()`, `loadFileAsBase64()`…) is unknown.
 */
export function callFunction(name: string, args: readonly Expression[], call: Expression, scope: BicepScope): AVal {
  const range = scope.range(call);
  const text = scope.text(call);
  const key = name.toLowerCase();
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
  if (hasArmFunction(key)) return callArm(key, args.map((a) => () => scope.evaluate(a)), range, text);
  return unknown(text, `${name}() is only known at deployment`, { range, trail: [] });
}
