import { prependHops, type Hop, type SourceRange } from '../../src/model/index.js';
import { BUDGET, BUDGET_REASON, weightOf } from './budget.js';
import type { TypeShape } from './type-shape.js';

/** Where a value is written and the hops it travelled through (outwards from the use, excluding the property itself). */
export interface Origin {
  range: SourceRange;
  trail: Hop[];
}

export type Primitive = string | number | boolean | null;

export interface Member {
  key: string;
  value: AVal;
}

/**
 * A template value after evaluation, with provenance. Objects and arrays keep their members' own
 * origins; `inherit` holds hops (a variable, a parameter) every member travelled through too.
 */
export type AVal = (
  | {
      t: 'unknown';
      text: string;
      reason: string;
      origin: Origin;
      /** A parameter's value of a declared type: reading a member narrows `hop` to it (see type-shape.ts). */
      typed?: { hop: Hop; shape: TypeShape };
      /** Not a value at all: the build or the deployment stops here (a property the object does not have, an undeclared variable). */
      error?: true;
    }
  | { t: 'prim'; value: Primitive; origin: Origin }
  | { t: 'array'; items: AVal[]; origin: Origin; inherit: Hop[] }
  | {
      t: 'object';
      members: Member[];
      origin: Origin;
      inherit: Hop[];
      /**
       * Members not listed may be anything: an object spread (`{ ...x, k: v }`) of an unknown value.
       * A key written after the spread is known; any other key reads as this unknown.
       */
      rest?: Extract<AVal, { t: 'unknown' }>;
    }
) & {
  /** The JSON node this value was read from, when it was (origin.range may lie elsewhere, e.g. a parameter default). */
  at?: SourceRange;
};

export type JsonValue = Primitive | JsonValue[] | { [key: string]: JsonValue };

export function prim(value: Primitive, origin: Origin): AVal {
  return { t: 'prim', value, origin };
}

export function unknown(text: string, reason: string, origin: Origin): AVal {
  return { t: 'unknown', text, reason, origin };
}

/** What the build or the deployment rejects, with the values the linted files give (see `UnresolvedSetting.invalid`). */
export function invalid(text: string, reason: string, origin: Origin): AVal {
  return { t: 'unknown', text, reason, origin, error: true };
}

/** The same value, reached through `hops` first (a parameter, a variable, a module argument). */
export function through(v: AVal, hops: Hop[]): AVal {
  if (hops.length === 0) return v;
  const origin = { range: v.origin.range, trail: prependHops(hops, v.origin.trail) };
  switch (v.t) {
    case 'array':
    case 'object':
      return { ...v, origin, inherit: prependHops(hops, v.inherit) };
    default:
      return { ...v, origin };
  }
}

/** Objects with this many members are looked up through an index (a module's `params`, a large variable). */
const INDEX_FROM = 8;
/** Lower-cased key → the last member with it, per members array (values are immutable; wrappers share it). */
const memberIndexes = new WeakMap<readonly Member[], Map<string, Member>>();

function findMember(members: readonly Member[], key: string): Member | undefined {
  const k = key.toLowerCase();
  if (members.length < INDEX_FROM) {
    // From the last (it wins), indexed: lookups run mostly before V8 optimizes them, where an iterator allocates at every step.
    for (let i = members.length - 1; i >= 0; i--) {
      const m = members[i] as Member;
      if (m.key.toLowerCase() === k) return m;
    }
    return undefined;
  }
  let index = memberIndexes.get(members);
  if (!index) {
    index = new Map();
    for (let i = 0; i < members.length; i++) {
      const m = members[i] as Member;
      index.set(m.key.toLowerCase(), m);
    }
    memberIndexes.set(members, index);
  }
  return index.get(k);
}

/** Case-insensitive member lookup (ARM compares property names without case); the last duplicate wins. */
export function memberOf(obj: Extract<AVal, { t: 'object' }>, key: string): AVal | undefined {
  const found = findMember(obj.members, key);
  if (!found && obj.rest) return through(obj.rest, obj.inherit);
  return found ? through(found.value, obj.inherit) : undefined;
}

export function itemOf(arr: Extract<AVal, { t: 'array' }>, index: number): AVal | undefined {
  const item = arr.items[index];
  return item ? through(item, arr.inherit) : undefined;
}

/** Plain JSON of a value, or undefined when any part is unknown. */
export function toJson(v: AVal): JsonValue | undefined {
  switch (v.t) {
    case 'unknown':
      return undefined;
    case 'prim':
      return v.value;
    case 'array': {
      const out: JsonValue[] = [];
      for (const i of v.items) {
        const j = toJson(i);
        if (j === undefined) return undefined;
        out.push(j);
      }
      return out;
    }
    case 'object': {
      if (v.rest) return undefined;
      const out: { [key: string]: JsonValue } = {};
      for (const m of v.members) {
        const j = toJson(m.value);
        if (j === undefined) return undefined;
        out[m.key] = j;
      }
      return out;
    }
  }
}

/** The first unknown part of a value, if any (for messages). */
export function firstUnknown(v: AVal): Extract<AVal, { t: 'unknown' }> | undefined {
  switch (v.t) {
    case 'unknown':
      return v;
    case 'prim':
      return undefined;
    case 'array':
      for (const i of v.items) {
        const u = firstUnknown(i);
        if (u) return u;
      }
      return undefined;
    case 'object':
      if (v.rest) return v.rest;
      for (const m of v.members) {
        const u = firstUnknown(m.value);
        if (u) return u;
      }
      return undefined;
  }
}

/** Builds a value from plain JSON, every part at one origin (results of functions such as `json()`). */
export function fromJson(j: JsonValue, origin: Origin): AVal {
  if (Array.isArray(j)) return { t: 'array', items: j.map((x) => fromJson(x, origin)), origin, inherit: [] };
  if (j !== null && typeof j === 'object')
    return { t: 'object', members: Object.entries(j).map(([key, x]) => ({ key, value: fromJson(x, origin) })), origin, inherit: [] };
  return prim(j, origin);
}

/**
 * Whether a condition known false inside a module or nested deployment really deploys nothing
 * there. The caller decides the module's values, but a value that is the default of a parameter
 * of the outermost template (`rootDefault`: where such a default is written) can still be changed
 * by a parameter file: then the resource is kept, marked conditional, as a top-level one is.
 */
export function decidedFalse(c: AVal | undefined, rootDefault: (at: SourceRange) => boolean): boolean {
  if (c?.t !== 'prim' || c.value !== false) return false;
  return !restsOnRootDefault(c, rootDefault);
}

/** Whether a value comes (in part) from the default of a parameter of the outermost template, which a parameter file may change. */
export function restsOnRootDefault(v: AVal, rootDefault: (at: SourceRange) => boolean): boolean {
  return v.origin.trail.some((h) => h.kind === 'parameter-default' && rootDefault(h.range));
}

/** Why a loop that is empty with the outermost template's defaults is still checked, once. */
export const EMPTY_BY_DEFAULT = "the loop is empty with the parameters' defaults, which a parameter file may change";

/** Hops of several inputs, without repeats (for values computed from them). */
export function mergeTrails(values: readonly AVal[]): Hop[] {
  const out: Hop[] = [];
  const seen = new Set<string>();
  for (const v of values)
    for (const h of v.origin.trail) {
      const key = `${h.kind}|${h.name ?? ''}|${h.range.file}|${h.range.startOffset}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(h);
    }
  return out;
}

const partsOf = (v: AVal): readonly AVal[] | undefined => (v.t === 'array' ? v.items : v.t === 'object' ? v.members.map((m) => m.value) : undefined);
const ownSize = (v: AVal): number => (v.t === 'prim' && typeof v.value === 'string' ? v.value.length : 0);
/** What a value's weight depends on: an object's members, an array's items, which the wrappers made by `through` and evaluators share. */
const contentOf = (v: AVal): object => (v.t === 'array' ? v.items : v.t === 'object' ? v.members : v);

/** The value, or unknown when it is past the evaluation bounds (see `budget.ts`): what evaluators return where values grow. */
export function bounded(v: AVal, text: () => string): AVal {
  if (v.t === 'unknown') return v;
  const over = v.t === 'prim' ? typeof v.value === 'string' && v.value.length > BUDGET.chars : weightOf(v, partsOf, ownSize, contentOf) > BUDGET.weight;
  return over ? unknown(text(), BUDGET_REASON, v.origin) : v;
}
