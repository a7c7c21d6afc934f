import { itemOf, prim, toJson, type AVal, type Member, type Origin } from '../arm-value.js';

/*
 * Template functions that need every argument known and compute a value from them, with ARM's
 * semantics. Both front ends call them (the ARM evaluator by name, Bicep through the same table, its
 * operators included), so a compiled template and its Bicep source agree.
 */

export type Known = Exclude<AVal, { t: 'unknown' }>;

/** `vals` are the evaluated arguments; `origin` is where the call is written with the inputs' hops; `wrong` explains a misuse. */
export type PureFunction = (vals: Known[], origin: Origin, wrong: (why: string) => AVal) => AVal;

/** Items of a computed array are expanded up to this many (range(), take of a huge count). */
const MAX_ITEMS = 10_000;

function str(v: AVal | undefined): string | undefined {
  return v?.t === 'prim' && typeof v.value === 'string' ? v.value : undefined;
}

function int(v: AVal | undefined): number | undefined {
  return v?.t === 'prim' && typeof v.value === 'number' && Number.isInteger(v.value) ? v.value : undefined;
}

function array(items: AVal[], origin: Origin): AVal {
  return { t: 'array', items, origin, inherit: [] };
}

function object(members: Member[], origin: Origin, inherit: AVal['origin']['trail'] = []): AVal {
  return { t: 'object', members, origin, inherit };
}

const same = (a: AVal, b: AVal): boolean => JSON.stringify(toJson(a)) === JSON.stringify(toJson(b));

/** The items of an array with the hops the array travelled through. */
function itemsOf(v: Extract<AVal, { t: 'array' }>): AVal[] {
  return v.items.map((_, i) => itemOf(v, i) as AVal);
}

/** Members of an object with the hops the object travelled through. */
function membersOf(v: Extract<AVal, { t: 'object' }>): Member[] {
  return v.inherit.length === 0 ? v.members : v.members.map((m) => ({ key: m.key, value: { ...m.value, origin: { ...m.value.origin, trail: [...v.inherit, ...m.value.origin.trail] } } as AVal }));
}

export const PURE = new Map<string, PureFunction>();

function firstOrLast(last: boolean): PureFunction {
  return ([v], origin, wrong) => {
    if (v?.t === 'array') return (v.items.length ? itemOf(v, last ? v.items.length - 1 : 0) : undefined) ?? prim(null, origin);
    const s = str(v);
    if (s !== undefined) return prim(s.length ? (last ? s.slice(-1) : s.slice(0, 1)) : '', origin);
    return wrong(`${last ? 'last' : 'first'}() needs an array or a string`);
  };
}
PURE.set('first', firstOrLast(false));
PURE.set('last', firstOrLast(true));

PURE.set('join', ([list, sep], origin, wrong) => {
  const d = str(sep);
  if (list?.t !== 'array' || d === undefined) return wrong('join() needs an array and a delimiter');
  const parts: string[] = [];
  for (const i of list.items) {
    if (i.t !== 'prim' || i.value === null) return wrong('join() of values that are not strings');
    parts.push(String(i.value));
  }
  return prim(parts.join(d), origin);
});

PURE.set('split', ([input, sep], origin, wrong) => {
  const s = str(input);
  const seps = sep?.t === 'array' ? sep.items.map(str) : [str(sep)];
  if (s === undefined || seps.some((x) => x === undefined || x === '')) return wrong('split() needs a string and delimiters');
  let parts = [s];
  for (const d of seps as string[]) parts = parts.flatMap((p) => p.split(d));
  return array(
    parts.map((p) => prim(p, origin)),
    origin,
  );
});

PURE.set('range', ([start, count], origin, wrong) => {
  const a = int(start);
  const n = int(count);
  if (a === undefined || n === undefined || n < 0 || n > MAX_ITEMS) return wrong('range() needs two integers');
  const items: AVal[] = [];
  for (let i = 0; i < n; i++) items.push(prim(a + i, origin));
  return array(items, origin);
});

PURE.set('items', ([obj], origin, wrong) => {
  if (obj?.t !== 'object') return wrong('items() needs an object');
  const sorted = [...obj.members].sort((a, b) => (a.key.toLowerCase() < b.key.toLowerCase() ? -1 : a.key.toLowerCase() > b.key.toLowerCase() ? 1 : 0));
  return array(
    sorted.map((m) =>
      object(
        [
          { key: 'key', value: prim(m.key, origin) },
          { key: 'value', value: m.value },
        ],
        origin,
        obj.inherit,
      ),
    ),
    origin,
  );
});

PURE.set('objectkeys', ([obj], origin, wrong) => {
  if (obj?.t !== 'object') return wrong('objectKeys() needs an object');
  return array(
    obj.members.map((m) => prim(m.key, origin)),
    origin,
  );
});

/** Ordered comparison of two integers or two strings (ordinal), as greater() and friends do. */
function compare(a: Known | undefined, b: Known | undefined): number | undefined {
  if (a?.t !== 'prim' || b?.t !== 'prim') return undefined;
  if (typeof a.value === 'number' && typeof b.value === 'number') return a.value - b.value;
  if (typeof a.value === 'string' && typeof b.value === 'string') return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  return undefined;
}

for (const [name, test] of [
  ['greater', (c: number) => c > 0],
  ['greaterorequals', (c: number) => c >= 0],
  ['less', (c: number) => c < 0],
  ['lessorequals', (c: number) => c <= 0],
] as const)
  PURE.set(name, ([a, b], origin, wrong) => {
    const c = compare(a, b);
    return c === undefined ? wrong(`${name}() needs two integers or two strings`) : prim(test(c), origin);
  });

for (const [name, op] of [
  ['add', (a: number, b: number) => a + b],
  ['sub', (a: number, b: number) => a - b],
  ['mul', (a: number, b: number) => a * b],
  ['div', (a: number, b: number) => (b === 0 ? undefined : Math.trunc(a / b))],
  ['mod', (a: number, b: number) => (b === 0 ? undefined : a % b)],
] as const)
  PURE.set(name, ([a, b], origin, wrong) => {
    const x = int(a);
    const y = int(b);
    if (x === undefined || y === undefined) return wrong(`${name}() needs two integers`);
    const r = op(x, y);
    return r === undefined ? wrong('division by zero') : prim(r, origin);
  });

function minMax(max: boolean): PureFunction {
  return (vals, origin, wrong) => {
    const nums = vals.length === 1 && vals[0]?.t === 'array' ? vals[0].items.map(int) : vals.map(int);
    if (nums.length === 0 || nums.some((n) => n === undefined)) return wrong(`${max ? 'max' : 'min'}() needs integers`);
    return prim(max ? Math.max(...(nums as number[])) : Math.min(...(nums as number[])), origin);
  };
}
PURE.set('min', minMax(false));
PURE.set('max', minMax(true));

// String tests compare without case, as ARM does.
for (const [name, test] of [
  ['startswith', (s: string, t: string) => s.startsWith(t)],
  ['endswith', (s: string, t: string) => s.endsWith(t)],
] as const)
  PURE.set(name, ([s, t], origin, wrong) => {
    const a = str(s);
    const b = str(t);
    return a === undefined || b === undefined ? wrong(`${name}() needs two strings`) : prim(test(a.toLowerCase(), b.toLowerCase()), origin);
  });

function indexFn(last: boolean): PureFunction {
  return ([s, t], origin, wrong) => {
    if (s?.t === 'array' && t) {
      const items = s.items;
      for (let k = 0; k < items.length; k++) {
        const i = last ? items.length - 1 - k : k;
        if (same(items[i] as AVal, t)) return prim(i, origin);
      }
      return prim(-1, origin);
    }
    const a = str(s);
    const b = str(t);
    if (a === undefined || b === undefined) return wrong(`${last ? 'lastIndexOf' : 'indexOf'}() needs two strings or an array and an item`);
    return prim(last ? a.toLowerCase().lastIndexOf(b.toLowerCase()) : a.toLowerCase().indexOf(b.toLowerCase()), origin);
  };
}
PURE.set('indexof', indexFn(false));
PURE.set('lastindexof', indexFn(true));

function takeSkip(take: boolean): PureFunction {
  return ([v, count], origin, wrong) => {
    const n = int(count);
    if (n === undefined) return wrong(`${take ? 'take' : 'skip'}() needs a count`);
    const k = Math.max(0, n);
    if (v?.t === 'array') {
      const items = itemsOf(v);
      return array(take ? items.slice(0, k) : items.slice(k), origin);
    }
    const s = str(v);
    if (s === undefined) return wrong(`${take ? 'take' : 'skip'}() needs an array or a string`);
    return prim(take ? s.slice(0, k) : s.slice(k), origin);
  };
}
PURE.set('take', takeSkip(true));
PURE.set('skip', takeSkip(false));

PURE.set('substring', ([s, start, length], origin, wrong) => {
  const text = str(s);
  const from = int(start) ?? (start === undefined ? 0 : undefined);
  const n = length === undefined ? undefined : int(length);
  if (text === undefined || from === undefined || (length !== undefined && n === undefined)) return wrong('substring() needs a string and integers');
  if (from < 0 || from > text.length || (n !== undefined && (n < 0 || from + n > text.length))) return wrong('substring() out of range');
  return prim(n === undefined ? text.slice(from) : text.slice(from, from + n), origin);
});

PURE.set('intersection', (vals, origin, wrong) => {
  if (vals.length === 0) return wrong('intersection() needs arguments');
  if (vals.every((v) => v.t === 'array')) {
    const [head, ...rest] = vals as Extract<AVal, { t: 'array' }>[];
    const out: AVal[] = [];
    for (const i of itemsOf(head as Extract<AVal, { t: 'array' }>))
      if (rest.every((r) => r.items.some((x) => same(x, i))) && !out.some((o) => same(o, i))) out.push(i);
    return array(out, origin);
  }
  if (vals.every((v) => v.t === 'object')) {
    const [head, ...rest] = vals as Extract<AVal, { t: 'object' }>[];
    const members = membersOf(head as Extract<AVal, { t: 'object' }>).filter((m) =>
      rest.every((r) => r.members.some((x) => x.key.toLowerCase() === m.key.toLowerCase() && same(x.value, m.value))),
    );
    return object(members, origin);
  }
  return wrong('intersection() needs arrays or objects');
});

PURE.set('array', ([v], origin, wrong) => {
  if (!v) return wrong('array() takes one argument');
  return v.t === 'array' ? v : array([v], origin);
});
