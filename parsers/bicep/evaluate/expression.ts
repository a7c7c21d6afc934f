import type { Hop } from '../../../src/model/index.js';
import { bounded, invalid, itemOf, memberOf, prim, through, unknown, type AVal, type Member, type Origin } from '../../shared/arm-value.js';
import { BUDGET_REASON, overElements } from '../../shared/budget.js';
import { memberOfUnknown } from '../../shared/type-shape.js';
import type { Expression, ForExpression, ObjectExpression, PropertyAccess, ResourceDeclaration } from '../ast.js';
import { callArm } from './arm-functions.js';
import { callFunction } from './functions.js';
import { binary, unary } from './operators.js';
import type { BicepScope } from './scope.js';

/** Loops in values (`[for x in xs: …]`) are expanded up to this many items. */
export const MAX_ITEMS = 1000;

/**
 * Evaluates a Bicep expression to a value with provenance. Only pure, statically known parts are
 * computed; anything that needs the deployment (resource properties, `resourceGroup()`, …) is
 * unknown with the expression's source text. `at` is where the expression is written.
 */
export function evaluateExpression(e: Expression, scope: BicepScope): AVal {
  let v: AVal;
  try {
    v = evalNode(e, scope);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    v = unknown(scope.text(e), 'expression too deep to evaluate', { range: scope.range(e), trail: [] });
  }
  // An unknown value reads as what is written here (the property shows `paths`, not the secret reference behind it).
  if (v.t === 'unknown') v = { ...v, text: scope.text(e) };
  return { ...v, at: scope.range(e) };
}

function here(e: { start: number; end: number }, scope: BicepScope): Origin {
  return { range: scope.range(e), trail: [] as Hop[] };
}

function evalNode(e: Expression, scope: BicepScope): AVal {
  switch (e.kind) {
    case 'IntegerLiteral':
      return prim(Number(e.value), here(e, scope));
    case 'BooleanLiteral':
      return prim(e.value, here(e, scope));
    case 'NullLiteral':
      return prim(null, here(e, scope));
    case 'String': {
      if (e.expressions.length === 0) return prim(e.segments[0] ?? '', here(e, scope));
      // An interpolated string is `format('a{0}b', x)` in the compiled template.
      const fmt = e.segments.map((s) => s.replace(/\{/g, '{{').replace(/\}/g, '}}')).reduce((acc, s, i) => (i === 0 ? s : `${acc}{${i - 1}}${s}`), '');
      return callArm('format', [{ k: 'string', value: fmt }, ...e.expressions.map((x) => () => scope.evaluate(x))], scope.range(e), scope.text(e));
    }
    case 'Object':
      return bounded(objectValue(e, scope), () => scope.text(e));
    case 'Array': {
      const items: AVal[] = [];
      for (const item of e.items) {
        if (item.kind !== 'Spread') {
          items.push(scope.evaluate(item));
          continue;
        }
        const v = scope.evaluate(item.expression);
        if (v.t === 'unknown') return v;
        if (v.t !== 'array') return unknown(scope.text(e), 'spread of a value that is not an array', here(e, scope));
        if (overElements(items.length, v.items.length)) return unknown(scope.text(e), BUDGET_REASON, here(e, scope));
        for (let i = 0; i < v.items.length; i++) items.push(itemOf(v, i) as AVal);
      }
      return bounded({ t: 'array', items, origin: here(e, scope), inherit: [] }, () => scope.text(e));
    }
    case 'For':
      return forValue(e, scope);
    case 'If':
      return unknown(scope.text(e), 'a condition outside a declaration', here(e, scope));
    case 'Parenthesized':
      return scope.evaluate(e.expression);
    case 'Lambda':
      return unknown(scope.text(e), 'a lambda is only an argument of a lambda function', here(e, scope));
    case 'Call':
      return callFunction(e.name.name, e.args, e, scope);
    case 'InstanceCall': {
      if (e.base.kind === 'Variable' && e.base.name.name === 'sys' && e.name.kind === 'Identifier' && !scope.resource('sys'))
        return callFunction(e.name.name, e.args, e, scope);
      const name = e.name.kind === 'Identifier' ? e.name.name : '';
      // `ns.f(…)` of `import * as ns from './x.bicep'`.
      const imported = e.base.kind === 'Variable' && name ? scope.callNamespaceFunction(e.base.name.name, name, e.args, scope.range(e)) : undefined;
      if (imported) return imported;
      const reason = name === 'getSecret' ? 'Key Vault reference' : `${scope.text(e.base)}.${name}() is only known at deployment`;
      return unknown(scope.text(e), reason, here(e, scope));
    }
    case 'PropertyAccess':
      return propertyAccess(e, scope);
    case 'ArrayAccess': {
      const base = scope.evaluate(e.base);
      const index = scope.evaluate(e.index);
      if (base.t === 'unknown')
        return index.t === 'prim' && (typeof index.value === 'string' || typeof index.value === 'number') ? memberOfUnknown(base, index.value) : base;
      if (index.t === 'unknown') return index;
      if (base.t === 'array' && index.t === 'prim' && typeof index.value === 'number') {
        const i = e.fromEnd ? base.items.length - index.value : index.value;
        const item = itemOf(base, i);
        if (item) return item;
        if (e.safe) return prim(null, here(e, scope));
        return invalid(scope.text(e), `index ${index.value} is out of range`, here(e, scope));
      }
      if (base.t === 'object' && index.t === 'prim' && typeof index.value === 'string') return access(base, index.value, e.safe, e, scope);
      if (e.safe && base.t === 'prim' && base.value === null) return base;
      return unknown(scope.text(e), 'index of a value of the wrong type', here(e, scope));
    }
    case 'ResourceAccess':
      return unknown(scope.text(e), 'a resource is only known at deployment', here(e, scope));
    case 'NonNull':
      return scope.evaluate(e.base);
    case 'Unary':
      return unary(e, scope);
    case 'Binary':
      return binary(e, scope);
    case 'Ternary':
      return callArm('if', [() => scope.evaluate(e.condition), () => scope.evaluate(e.whenTrue), () => scope.evaluate(e.whenFalse)], scope.range(e), scope.text(e));
    case 'Variable':
      return scope.lookup(e.name.name, scope.range(e));
    case 'Skipped':
      return unknown(scope.text(e), 'syntax error', here(e, scope));
  }
}

function access(base: AVal, key: string, safe: boolean, e: Expression, scope: BicepScope): AVal {
  if (base.t === 'object') {
    const m = memberOf(base, key);
    if (m) return m;
    if (safe) return prim(null, here(e, scope));
    return invalid(scope.text(e), `the object has no property '${key}'`, here(e, scope));
  }
  if (safe && base.t === 'prim' && base.value === null) return base;
  return unknown(scope.text(e), 'property access on a value of the wrong type', here(e, scope));
}

/** The body object of a declaration (`{…}` or `if (…) {…}`); undefined for loops. */
export function bodyObject(value: Expression): ObjectExpression | undefined {
  if (value.kind === 'Object') return value;
  if (value.kind === 'If' && value.body.kind === 'Object') return value.body;
  return undefined;
}

export function propertyOf(obj: ObjectExpression, key: string): Expression | undefined {
  let found: Expression | undefined;
  for (const m of obj.members) {
    if (m.kind !== 'ObjectProperty') continue;
    const k = m.key.kind === 'Identifier' ? m.key.name : m.key.kind === 'String' && m.key.expressions.length === 0 ? m.key.segments[0] : undefined;
    if (k !== undefined && k.toLowerCase() === key.toLowerCase()) found = m.value;
  }
  return found;
}

/** `site.name` of a resource declared in this file: the compiled template inlines the name expression. */
function resourceName(decl: ResourceDeclaration, scope: BicepScope): AVal | undefined {
  const body = bodyObject(decl.value);
  const name = body ? propertyOf(body, 'name') : undefined;
  return name ? scope.root().evaluate(name) : undefined;
}

function propertyAccess(e: PropertyAccess, scope: BicepScope): AVal {
  const key = e.name.kind === 'Identifier' ? e.name.name : undefined;
  if (key === undefined) return unknown(scope.text(e), 'syntax error', here(e, scope));
  if (e.base.kind === 'Variable') {
    const ns = scope.namespace(e.base.name.name);
    if (ns) return scope.imported(ns, key, scope.range(e));
    const decl = scope.resource(e.base.name.name);
    if (decl) {
      const name = key === 'name' ? resourceName(decl, scope) : undefined;
      return name ?? unknown(scope.text(e), `${scope.text(e)} is only known at deployment`, here(e, scope));
    }
  }
  const base = scope.evaluate(e.base);
  if (base.t === 'unknown') return memberOfUnknown(base, key);
  return access(base, key, e.safe, e, scope);
}

function objectValue(e: ObjectExpression, scope: BicepScope): AVal {
  const members: Member[] = [];
  let rest: Extract<AVal, { t: 'unknown' }> | undefined;
  for (const m of e.members) {
    if (m.kind === 'ObjectProperty') {
      let key: string | undefined;
      if (m.key.kind === 'Identifier') key = m.key.name;
      else if (m.key.kind === 'String') {
        const k = scope.evaluate(m.key);
        if (k.t === 'prim' && typeof k.value === 'string') key = k.value;
        else return unknown(scope.text(e), `a property name that is only known at deployment (${scope.text(m.key)})`, here(e, scope));
      }
      if (key !== undefined) members.push({ key, value: scope.evaluate(m.value) });
    } else if (m.kind === 'Spread') {
      const v = scope.evaluate(m.expression);
      // As the compiled shallowMerge(): an unknown spread hides the members before it (it may hold
      // any key); members written after it stay known.
      if (v.t === 'unknown' || (v.t === 'object' && v.rest)) {
        rest = v.t === 'unknown' ? v : v.rest;
        members.length = 0;
      }
      if (v.t === 'unknown') continue;
      if (v.t !== 'object') return unknown(scope.text(e), 'spread of a value that is not an object', here(e, scope));
      // The resource writes these members at the spread: that is where the property is set.
      const at = scope.range(m);
      for (const inner of v.members) members.push({ key: inner.key, value: { ...through(inner.value, v.inherit), at } });
    }
    // Nested resource declarations are not values; the collector visits them.
  }
  const out: AVal = { t: 'object', members, origin: here(e, scope), inherit: [] };
  return rest ? { ...out, rest } : out;
}

/** The items a loop runs over, when known: `[for x in xs: …]`, `for (x, i) in …`. */
export function loopItems(e: ForExpression, scope: BicepScope): { items: AVal[]; iterable: AVal } | { unknown: AVal } {
  const iterable = scope.evaluate(e.iterable);
  if (iterable.t === 'unknown') return { unknown: iterable };
  if (iterable.t !== 'array') return { unknown: unknown(scope.text(e.iterable), 'a loop over a value that is not an array', here(e.iterable, scope)) };
  if (iterable.items.length > MAX_ITEMS) return { unknown: unknown(scope.text(e.iterable), 'a loop over too many items', here(e.iterable, scope)) };
  return { items: iterable.items.map((_, i) => itemOf(iterable, i) as AVal), iterable };
}

/** The scope of one loop iteration. */
export function iterationScope(e: ForExpression, scope: BicepScope, item: AVal, index: number): BicepScope {
  const bindings: [string, AVal][] = [];
  if (e.item.kind === 'Identifier') bindings.push([e.item.name, item]);
  if (e.index?.kind === 'Identifier') bindings.push([e.index.name, prim(index, here(e.index, scope))]);
  return scope.withLocals(bindings);
}

function forValue(e: ForExpression, scope: BicepScope): AVal {
  const loop = loopItems(e, scope);
  if ('unknown' in loop) return unknown(scope.text(e), loop.unknown.t === 'unknown' ? loop.unknown.reason : 'a loop', here(e, scope));
  const items = loop.items.map((item, i) => iterationScope(e, scope, item, i).evaluate(e.body));
  return { t: 'array', items, origin: here(e, scope), inherit: [] };
}
