import type { Hop, Setting, SourceRange } from '../../src/model/index.js';
import { setValue, unresolved } from '../../src/model/index.js';

/**
 * A value the evaluator computed, with where it is written (`range`) and the hops
 * it travelled through from the point where it was referenced (`hops`, outwards:
 * variable, default or tfvars entry, module argument, local …). Members of lists
 * and objects carry their own ranges; reaching a member through a reference
 * prefixes the reference's hops (see `member`).
 */
export type Val = KnownVal | UnknownVal;

interface ValBase {
  range: SourceRange;
  hops: Hop[];
  /** Source text of a literal, when the value is written as one. */
  text?: string;
  /** The structured value a `jsonencode(...)` result was made from (azapi bodies are read from it). */
  json?: Val;
}

export type KnownVal =
  | (ValBase & { t: 'string'; v: string })
  | (ValBase & { t: 'number'; v: number })
  | (ValBase & { t: 'bool'; v: boolean })
  | (ValBase & { t: 'null' })
  | (ValBase & { t: 'list'; items: Val[] })
  | (ValBase & { t: 'object'; entries: ObjectEntry[] });

export interface ObjectEntry {
  key: string;
  keyRange: SourceRange;
  value: Val;
}

export interface UnknownVal extends ValBase {
  t: 'unknown';
  /** The expression (or description) that could not be known. */
  expression: string;
  reason: string;
}

export function unknownVal(expression: string, range: SourceRange, reason: string, hops: Hop[] = []): UnknownVal {
  return { t: 'unknown', expression, reason, range, hops };
}

/** The same value reached through more hops (prepended: they are closer to the property). */
export function withHops<V extends Val>(val: V, hops: Hop[]): V {
  return hops.length === 0 ? val : { ...val, hops: [...hops, ...val.hops] };
}

/** A member of an object; `caseInsensitive` for ARM property names. */
export function member(obj: Val, key: string, caseInsensitive = false): Val | undefined {
  if (obj.t !== 'object') return undefined;
  const k = caseInsensitive ? key.toLowerCase() : key;
  let found: ObjectEntry | undefined;
  for (const e of obj.entries) if ((caseInsensitive ? e.key.toLowerCase() : e.key) === k) found = e;
  return found ? withHops(found.value, obj.hops) : undefined;
}

export function element(list: Val, index: number): Val | undefined {
  if (list.t !== 'list') return undefined;
  const item = list.items[index];
  return item ? withHops(item, list.hops) : undefined;
}

/** Plain JS value of a fully known value; undefined when any part is unknown. */
export function toPlain(val: Val): unknown {
  switch (val.t) {
    case 'string':
    case 'number':
    case 'bool':
      return val.v;
    case 'null':
      return null;
    case 'list': {
      const out: unknown[] = [];
      for (const i of val.items) {
        const p = toPlain(i);
        if (p === undefined) return undefined;
        out.push(p);
      }
      return out;
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const e of val.entries) {
        const p = toPlain(e.value);
        if (p === undefined) return undefined;
        out[e.key] = p;
      }
      return out;
    }
    case 'unknown':
      return undefined;
  }
}

/** The first unknown part of a value, for messages. */
export function firstUnknown(val: Val): UnknownVal | undefined {
  if (val.t === 'unknown') return val;
  if (val.t === 'list') for (const i of val.items) { const u = firstUnknown(i); if (u) return withHops(u, val.hops); }
  if (val.t === 'object') for (const e of val.entries) { const u = firstUnknown(e.value); if (u) return withHops(u, val.hops); }
  return undefined;
}

/** Terraform's string conversion of a primitive; undefined for other types. */
export function asString(val: Val): string | undefined {
  switch (val.t) {
    case 'string':
      return val.v;
    case 'number':
      return val.text !== undefined && /^-?\d/.test(val.text) ? val.text : String(val.v);
    case 'bool':
      return val.v ? 'true' : 'false';
    default:
      return undefined;
  }
}

/** Terraform's bool conversion (`"true"`/`"false"` strings convert). */
export function asBool(val: Val): boolean | undefined {
  if (val.t === 'bool') return val.v;
  if (val.t === 'string' && (val.v === 'true' || val.v === 'false')) return val.v === 'true';
  return undefined;
}

/**
 * A value read at a property as a model setting. `exprRange` is the expression
 * written at the property (the first hop). Returns undefined for `null`, which
 * in Terraform means "not set".
 */
export function settingFrom<T>(val: Val, exprRange: SourceRange, convert: (v: Val) => T | undefined, typeName: string): Setting<T> | undefined {
  const trail: Hop[] = [{ kind: 'property', range: exprRange }, ...val.hops];
  if (val.t === 'null') return undefined;
  if (val.t === 'unknown') return unresolved(val.expression, val.range, trail, val.reason);
  const v = convert(val);
  if (v === undefined) return unresolved(val.text ?? describe(val), val.range, trail, `not a ${typeName}`);
  return setValue(v, val.range, trail, val.text);
}

function describe(val: Val): string {
  const p = toPlain(val);
  return p === undefined ? val.t : JSON.stringify(p);
}
