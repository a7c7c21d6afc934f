import { prependHops, type Hop, type Setting, type SourceRange } from '../../src/model/index.js';
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
  /** A list, tuple or set (`set`: Terraform's unordered collection of distinct values). */
  | (ValBase & { t: 'list'; items: Val[]; set?: boolean })
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
  /**
   * Terraform itself would stop here with an error (a missing attribute, an index out of
   * range, a value of the wrong type): `try` and `can` move on; a setting stays unresolved.
   */
  error?: boolean;
  /** Known not to be null although its value is not known (a string template, a resource id): `x != null` is decided. */
  notNull?: boolean;
  /** The value is the `id` of a resource of the configuration (by absolute address), followed by `suffix`. */
  ref?: ResourceRef;
  /** The value is one of these (a conditional whose condition is not known): enough to tell that an azapi type is not a site. */
  oneOf?: KnownVal[];
}

/** `azapi_resource.this.id` (in `module.site`): the address `module.site.azapi_resource.this`; `"${…}/config/web"` adds a suffix. */
export interface ResourceRef {
  address: string;
  suffix: string;
}

export function unknownVal(expression: string, range: SourceRange, reason: string, hops: Hop[] = []): UnknownVal {
  return { t: 'unknown', expression, reason, range, hops };
}

/** A value that depends on an unknown one: unknown for the same reason (an error stays an error). */
export function dependsOn(u: UnknownVal, expression: string, range: SourceRange): UnknownVal {
  return u.error ? errorVal(expression, range, u.reason) : unknownVal(expression, range, u.reason);
}

/** What Terraform reports as an error: unknown to us, and skipped by `try` / `can`. */
export function errorVal(expression: string, range: SourceRange, reason: string): UnknownVal {
  return { t: 'unknown', expression, reason, range, hops: [], error: true };
}

/** The same unknown, restated at an enclosing expression (keeps whether it is an error, a reference or known not null). */
export function unknownAt(u: UnknownVal, expression: string, range: SourceRange, hops: Hop[] = u.hops): UnknownVal {
  return { ...u, expression, range, hops };
}

/** The same value reached through more hops (prepended: they are closer to the property). */
export function withHops<V extends Val>(val: V, hops: Hop[]): V {
  return hops.length === 0 ? val : { ...val, hops: prependHops(hops, val.hops) };
}

/** A member of an object; `caseInsensitive` for ARM property names. */
export function member(obj: Val, key: string, caseInsensitive = false): Val | undefined {
  if (obj.t !== 'object') return undefined;
  const k = caseInsensitive ? key.toLowerCase() : key;
  // From the last entry (it wins), indexed: lookups run mostly before V8 optimizes them, where for-of allocates at every step.
  const entries = obj.entries;
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i] as ObjectEntry;
    if ((caseInsensitive ? e.key.toLowerCase() : e.key) === k) return withHops(e.value, obj.hops);
  }
  return undefined;
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
  if (val.t === 'unknown') return val.error ? { ...unresolved(val.expression, val.range, trail, val.reason), invalid: true } : unresolved(val.expression, val.range, trail, val.reason);
  const v = convert(val);
  if (v === undefined) return unresolved(val.text ?? describe(val), val.range, trail, `not a ${typeName}`);
  return setValue(v, val.range, trail, val.text);
}

function describe(val: Val): string {
  const p = toPlain(val);
  return p === undefined ? val.t : JSON.stringify(p);
}
