import type { Hop } from '../../src/model/index.js';
import type { Expr } from './hcl/ast.js';
import type { SourceFile } from './source-file.js';
import { setElements } from './collections.js';
import { asBool, asString, errorVal, toPlain, withHops, type ObjectEntry, type Val } from './values.js';

/**
 * A variable's type constraint (`type = object({ a = optional(string, "x") })`) and
 * Terraform's conversion of a value to it: what a module sees in `var.name` is the
 * converted value, with optional attributes filled in and primitives converted.
 */
export type TypeConstraint =
  | { kind: 'any' }
  | { kind: 'string' | 'number' | 'bool' }
  | { kind: 'list' | 'set' | 'map'; element: TypeConstraint }
  | { kind: 'tuple'; elements: TypeConstraint[] }
  | { kind: 'object'; attributes: Map<string, ObjectAttribute> };

export interface ObjectAttribute {
  type: TypeConstraint;
  optional: boolean;
  /** `optional(T, default)`: the default, evaluated (as a constant) when the attribute is null or missing. */
  default?: Expr;
}

const ANY: TypeConstraint = { kind: 'any' };

/** Reads a type expression; anything not understood is `any` (no conversion, nothing lost). */
export function readType(expr: Expr | undefined): TypeConstraint {
  if (!expr) return ANY;
  if (expr.type === 'variable') {
    if (expr.name === 'string' || expr.name === 'number' || expr.name === 'bool') return { kind: expr.name };
    return ANY;
  }
  // `.tf.json` writes the type as a string; only primitives are read from it.
  if (expr.type === 'literal' && (expr.value === 'string' || expr.value === 'number' || expr.value === 'bool')) return { kind: expr.value };
  if (expr.type !== 'call') return ANY;
  const [arg] = expr.args;
  switch (expr.name) {
    case 'list':
    case 'set':
    case 'map':
      return { kind: expr.name, element: readType(arg) };
    case 'tuple':
      return arg?.type === 'tuple' ? { kind: 'tuple', elements: arg.items.map(readType) } : ANY;
    case 'object': {
      if (arg?.type !== 'object') return ANY;
      const attributes = new Map<string, ObjectAttribute>();
      for (const item of arg.items) {
        const name = item.key.type === 'variable' ? item.key.name : item.key.type === 'literal' && typeof item.key.value === 'string' ? item.key.value : undefined;
        if (name === undefined) return ANY;
        const v = item.value;
        if (v.type === 'call' && v.name === 'optional') attributes.set(name, { type: readType(v.args[0]), optional: true, ...(v.args[1] ? { default: v.args[1] } : {}) });
        else attributes.set(name, { type: readType(v), optional: false });
      }
      return { kind: 'object', attributes };
    }
    default:
      return ANY;
  }
}

/** Evaluates an `optional(…, default)` expression: a constant, in the file of the type. */
export type EvalDefault = (expr: Expr, file: SourceFile) => Val;

export interface Conversion {
  file: SourceFile;
  evalDefault: EvalDefault;
}

/** Hard cap on nested conversion work (hostile or generated type constraints). */
const MAX_STEPS = 100_000;

/**
 * Converts a value to a type constraint as Terraform does for a module variable. Unknown
 * parts stay unknown; a value Terraform would refuse becomes an error value naming the type.
 */
export function convertToType(val: Val, type: TypeConstraint, c: Conversion): Val {
  const budget = { steps: 0 };
  return convert(val, type, c, budget);
}

function convert(val: Val, type: TypeConstraint, c: Conversion, budget: { steps: number }): Val {
  if (++budget.steps > MAX_STEPS) return errorVal(val.text ?? 'value', val.range, 'type conversion too large to evaluate');
  if (val.t === 'unknown' || val.t === 'null' || type.kind === 'any') return val;
  const refuse = (): Val => errorVal(val.text ?? describe(val), val.range, `not a valid ${typeName(type)}`);
  switch (type.kind) {
    case 'string': {
      if (val.t === 'string') return val;
      const s = asString(val);
      return s === undefined ? refuse() : { t: 'string', v: s, range: val.range, hops: val.hops, ...(val.text !== undefined ? { text: val.text } : {}) };
    }
    case 'bool': {
      if (val.t === 'bool') return val;
      const b = val.t === 'string' ? asBool(val) : undefined;
      return b === undefined ? refuse() : { t: 'bool', v: b, range: val.range, hops: val.hops, ...(val.text !== undefined ? { text: val.text } : {}) };
    }
    case 'number': {
      if (val.t === 'number') return val;
      const n = val.t === 'string' && /^\s*-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(val.v) ? Number(val.v) : NaN;
      return Number.isNaN(n) ? refuse() : { t: 'number', v: n, range: val.range, hops: val.hops, ...(val.text !== undefined ? { text: val.text } : {}) };
    }
    case 'list':
    case 'set': {
      if (val.t !== 'list') return refuse();
      const items = val.items.map((i) => convert(i, type.element, c, budget));
      if (type.kind === 'list') return { ...val, items, set: false };
      return { ...val, items: setElements(items), set: true };
    }
    case 'tuple': {
      if (val.t !== 'list' || val.items.length !== type.elements.length) return refuse();
      return { ...val, items: val.items.map((i, n) => convert(i, type.elements[n] ?? ANY, c, budget)), set: false };
    }
    case 'map': {
      if (val.t !== 'object') return refuse();
      return { ...val, entries: val.entries.map((e) => ({ ...e, value: convert(e.value, type.element, c, budget) })) };
    }
    case 'object': {
      if (val.t !== 'object') return refuse();
      const entries: ObjectEntry[] = [];
      for (const [name, attr] of type.attributes) {
        const given = [...val.entries].reverse().find((e) => e.key === name);
        if (given && given.value.t !== 'null') {
          entries.push({ ...given, value: convert(given.value, attr.type, c, budget) });
          continue;
        }
        if (!attr.optional) {
          if (given) entries.push(given);
          else return errorVal(val.text ?? describe(val), val.range, `attribute "${name}" is required`);
          continue;
        }
        if (attr.default) {
          const d = c.evalDefault(attr.default, c.file);
          const hop: Hop = { kind: 'parameter-default', name, range: d.range };
          entries.push({ key: name, keyRange: given?.keyRange ?? d.range, value: withHops(convert(d, attr.type, c, budget), [hop]) });
        } else entries.push({ key: name, keyRange: given?.keyRange ?? val.range, value: { t: 'null', range: given?.value.range ?? val.range, hops: [] } });
      }
      return { ...val, entries };
    }
  }
}

export function typeName(t: TypeConstraint): string {
  switch (t.kind) {
    case 'list':
    case 'set':
    case 'map':
      return `${t.kind}(${typeName(t.element)})`;
    case 'tuple':
      return `tuple([${t.elements.map(typeName).join(', ')}])`;
    case 'object':
      return 'object';
    default:
      return t.kind;
  }
}

function describe(val: Val): string {
  const p = toPlain(val);
  return p === undefined ? val.t : JSON.stringify(p);
}
