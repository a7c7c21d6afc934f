import { element, member, toPlain, type UnknownVal, type Val } from './values.js';

/** Beyond this many elements a `for` expression or function result is left unknown (a bound on hostile input). */
export const MAX_ELEMENTS = 10_000;

/**
 * Elements of a collection as Terraform iterates them: lists by index, sets by value
 * (key and value are the element), maps and objects by key in lexical order.
 * Undefined for values that are not collections.
 */
export function elementsOf(coll: Val): { key: Val; value: Val }[] | undefined {
  if (coll.t === 'list') {
    return coll.items.map((item, i) => {
      const value = element(coll, i) ?? item;
      return { key: coll.set ? value : { t: 'number', v: i, range: item.range, hops: [] }, value };
    });
  }
  if (coll.t === 'object') {
    const keys = [...new Set(coll.entries.map((e) => e.key))].sort(lexical);
    return keys.map((k) => {
      const value = member(coll, k) as Val;
      const e = coll.entries.find((x) => x.key === k);
      return { key: { t: 'string', v: k, range: e?.keyRange ?? value.range, hops: [] }, value };
    });
  }
  return undefined;
}

/** Terraform orders map keys and string sets by their bytes; UTF-16 order agrees for the keys that occur in practice. */
export function lexical(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `==` as Terraform decides it: a known value against null is decided even when parts of it
 * are unknown (`var.obj != null`); otherwise an unknown part makes the answer unknown.
 */
export function compare(l: Val, r: Val): boolean | UnknownVal {
  if (l.t === 'unknown' || r.t === 'unknown') {
    const u = (l.t === 'unknown' ? l : r) as UnknownVal;
    const other = l.t === 'unknown' ? r : l;
    if (other.t === 'null' && u.notNull) return false;
    return u;
  }
  if (l.t === 'null' || r.t === 'null') return l.t === r.t;
  if (l.t !== r.t) return false;
  switch (l.t) {
    case 'string':
    case 'number':
    case 'bool':
      return l.v === (r as typeof l).v;
    case 'list': {
      const ri = (r as typeof l).items;
      if (l.items.length !== ri.length) return false;
      for (let i = 0; i < ri.length; i++) {
        const c = compare(l.items[i] as Val, ri[i] as Val);
        if (c !== true) return c;
      }
      return true;
    }
    case 'object': {
      const ro = r as typeof l;
      const lk = [...new Set(l.entries.map((e) => e.key))].sort(lexical);
      const rk = [...new Set(ro.entries.map((e) => e.key))].sort(lexical);
      if (lk.join('\u0000') !== rk.join('\u0000')) return false;
      for (const k of lk) {
        const c = compare(member(l, k) as Val, member(ro, k) as Val);
        if (c !== true) return c;
      }
      return true;
    }
  }
}

/** Distinct elements in first-seen order; unknown elements are kept (they may differ). */
export function distinct(items: Val[]): Val[] {
  const seen = new Set<string>();
  const out: Val[] = [];
  for (const i of items) {
    const p = toPlain(i);
    if (p !== undefined) {
      const key = JSON.stringify(p);
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(i);
  }
  return out;
}

/** The elements of a set as Terraform orders them: strings lexically, numbers by value, others as given. */
export function setElements(items: Val[]): Val[] {
  const out = distinct(items);
  if (out.every((v) => v.t === 'string')) out.sort((a, b) => lexical((a as { v: string }).v, (b as { v: string }).v));
  else if (out.every((v) => v.t === 'number')) out.sort((a, b) => (a as { v: number }).v - (b as { v: number }).v);
  return out;
}
