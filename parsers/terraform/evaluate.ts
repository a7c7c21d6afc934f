import { isAbsolute, join } from 'node:path';
import type { SourceRange } from '../../src/model/index.js';
import type { Expr, SplatStep } from './hcl/ast.js';
import { functions } from './functions.js';
import type { SourceFile } from './source-file.js';
import { compare, elementsOf, MAX_ELEMENTS } from './collections.js';
import {
  asBool,
  asString,
  dependsOn,
  element,
  errorVal,
  firstUnknown,
  member,
  unknownAt,
  unknownVal,
  type KnownVal,
  type ObjectEntry,
  type ResourceRef,
  type UnknownVal,
  type Val,
} from './values.js';

/** What names mean where an expression is evaluated. */
export interface Scope {
  /** `var.name`: the value the module receives (argument, tfvars, default) with its hops. */
  variable(name: string, at: SourceRange): Val;
  /** `local.name`. */
  local(name: string, at: SourceRange): Val;
  /** Absolute directory of the module (`path.module`). */
  moduleDir: string;
  /** Address prefix of the module instance (`module.site["a"].`): resource references are made absolute with it. */
  prefix?: string;
  /** `each.key` / `each.value` inside a `for_each` resource. */
  each?: { key: Val; value: Val };
  /** `count.index` inside a `count` resource. */
  countIndex?: Val;
  /** Iterators of `dynamic` blocks (`site_config.value`) and `for` expression symbols. */
  iterators?: ReadonlyMap<string, Val>;
  /** `module.<call>[key].<output>`: an output of a module instance this module calls. */
  moduleOutput?(call: string, key: Val | undefined, output: string, at: SourceRange): Val;
  /** `module.<call>` as a whole: the object of its outputs, or its instances' (a tuple for `count`, an object for `for_each`). */
  moduleValue?(call: string, at: SourceRange): Val;
  /** Whether a file exists (for `filebase64("cert.pfx")`: certificate material kept in the repository). */
  fileExists?: (absolutePath: string) => boolean;
}

export function evaluate(expr: Expr, file: SourceFile, scope: Scope): Val {
  return new Evaluation(file, scope).eval(expr);
}

/** A scope where every reference is unknown: variable files and type defaults hold constants only. */
export function constantScope(dir: string, where: string): Scope {
  return {
    variable: (name, at) => errorVal(`var.${name}`, at, `${where} cannot reference variables`),
    local: (name, at) => errorVal(`local.${name}`, at, `${where} cannot reference locals`),
    moduleDir: dir,
  };
}

/** An object key written as a bare identifier is the name itself, not a variable. */
export function objectKeyName(key: Expr, file: SourceFile, scope: Scope): string | undefined {
  if (key.type === 'variable') return key.name;
  const v = evaluate(key, file, scope);
  return asString(v);
}

/** Reference roots that are not resources. */
const NOT_RESOURCES = new Set(['var', 'local', 'data', 'module', 'each', 'count', 'path', 'self', 'terraform']);

/** A part of an unknown value is unknown for the same reason, named by the unknown whole; it is no longer a reference or known not null. */
function innerUnknown(v: UnknownVal): UnknownVal {
  const { ref: _ref, notNull: _notNull, ...rest } = v;
  return rest;
}

class Evaluation {
  constructor(
    private readonly file: SourceFile,
    private readonly scope: Scope,
  ) {}

  eval(expr: Expr): Val {
    const range = this.file.range(expr.span);
    switch (expr.type) {
      case 'literal': {
        const text = this.file.slice(expr.span);
        const v = expr.value;
        if (v === null) return { t: 'null', range, hops: [], text };
        if (typeof v === 'string') return { t: 'string', v, range, hops: [], text };
        if (typeof v === 'number') return { t: 'number', v, range, hops: [], text };
        return { t: 'bool', v, range, hops: [], text };
      }
      case 'template':
        return this.template(expr, range);
      case 'tuple':
        return { t: 'list', items: expr.items.map((i) => this.eval(i)), range, hops: [], text: this.file.slice(expr.span) };
      case 'object': {
        const entries: ObjectEntry[] = [];
        for (const item of expr.items) {
          if (item.key.type === 'variable') {
            entries.push({ key: item.key.name, keyRange: this.file.range(item.key.span), value: this.eval(item.value) });
            continue;
          }
          const k = this.eval(item.key);
          if (k.t === 'unknown') return dependsOn(k, this.file.slice(expr.span), range);
          const key = asString(k);
          if (key === undefined) return errorVal(this.file.slice(expr.span), range, 'object key is not a string');
          entries.push({ key, keyRange: this.file.range(item.key.span), value: this.eval(item.value) });
        }
        return { t: 'object', entries, range, hops: [], text: this.file.slice(expr.span) };
      }
      case 'variable':
      case 'getattr':
      case 'index':
        return this.traversal(expr, range);
      case 'splat':
        return this.splat(expr, range);
      case 'for':
        return this.forExpr(expr, range);
      case 'call':
        return this.call(expr, range);
      case 'conditional': {
        const c = this.eval(expr.condition);
        if (c.t === 'unknown') {
          const u = dependsOn(c, this.file.slice(expr.span), range);
          if (u.error) return u;
          // Either branch may apply: keep the alternatives when both are known values.
          const alternatives = [this.eval(expr.then), this.eval(expr.else)].flatMap((v) => (v.t === 'unknown' ? (v.oneOf ?? [undefined]) : [v]));
          return alternatives.every((v) => v !== undefined && v.t !== 'list' && v.t !== 'object') ? { ...u, oneOf: alternatives as KnownVal[] } : u;
        }
        const b = asBool(c);
        if (b === undefined) return this.error(expr, 'condition is not a bool');
        return this.eval(b ? expr.then : expr.else);
      }
      case 'unary': {
        const v = this.eval(expr.operand);
        if (v.t === 'unknown') return dependsOn(v, this.file.slice(expr.span), range);
        if (expr.op === '!' && asBool(v) !== undefined) return { t: 'bool', v: !asBool(v), range, hops: [] };
        if (expr.op === '-' && v.t === 'number') return { t: 'number', v: -v.v, range, hops: [], text: this.file.slice(expr.span) };
        return this.error(expr, `cannot apply ${expr.op}`);
      }
      case 'binary':
        return this.binary(expr, range);
      case 'unsupported':
        return this.unknown(expr, `${expr.what} is not evaluated`);
    }
  }

  private unknown(expr: Expr, reason: string): Val {
    return unknownVal(this.file.slice(expr.span), this.file.range(expr.span), reason);
  }

  private error(expr: Expr, reason: string): Val {
    return errorVal(this.file.slice(expr.span), this.file.range(expr.span), reason);
  }

  private template(expr: Extract<Expr, { type: 'template' }>, range: SourceRange): Val {
    const only = expr.parts.length === 1 ? expr.parts[0] : undefined;
    // "${x}" alone yields x itself, with its type and its origin.
    if (only?.type === 'interpolation') return this.eval(only.expr);
    const text = this.file.slice(expr.span);
    let out = '';
    let unknown: UnknownVal | undefined;
    let ref: ResourceRef | undefined;
    for (const p of expr.parts) {
      if (p.type === 'text') out += p.value;
      else if (p.type === 'directive') return this.unknown(expr, 'template directives are not evaluated');
      else {
        const v = this.eval(p.expr);
        if (v.t === 'unknown') {
          if (v.error) return dependsOn(v, text, range);
          // `"${azapi_resource.site.id}/config/web"`: a reference followed by known text stays a reference.
          ref = !unknown && out === '' && v.ref ? v.ref : undefined;
          unknown ??= v;
          continue;
        }
        const s = asString(v);
        if (s === undefined) return this.error(expr, 'interpolation is not a string');
        out += s;
      }
    }
    if (unknown) {
      // A template is never null, even when its value is not known.
      return { ...unknownVal(text, range, unknown.reason), notNull: true, ...(ref ? { ref: { address: ref.address, suffix: ref.suffix + out } } : {}) };
    }
    return { t: 'string', v: out, range, hops: [], text };
  }

  private traversal(expr: Expr, range: SourceRange): Val {
    // Flatten `root.a[0].b` into its root name and steps.
    const steps: Expr[] = [];
    let root: Expr = expr;
    while (root.type === 'getattr' || root.type === 'index') {
      steps.unshift(root);
      root = root.target;
    }
    if (root.type !== 'variable') {
      let v = this.eval(root);
      for (const s of steps) v = this.step(v, s);
      return v;
    }
    const first = steps[0];
    const firstName = first?.type === 'getattr' ? first.name : undefined;
    let val: Val | undefined;
    let rest = steps.slice(1);
    const at = first ? this.file.range({ start: root.span.start, end: first.span.end }) : range;
    const it = this.scope.iterators?.get(root.name);
    if (it) {
      val = it;
      rest = steps;
    } else {
      switch (root.name) {
        case 'var':
          if (firstName !== undefined) val = this.scope.variable(firstName, at);
          break;
        case 'local':
          if (firstName !== undefined) val = this.scope.local(firstName, at);
          break;
        case 'each':
          if (this.scope.each && (firstName === 'key' || firstName === 'value')) val = this.scope.each[firstName];
          else if (!this.scope.each) return this.error(expr, 'each is only available in a resource or module with for_each');
          break;
        case 'count':
          if (this.scope.countIndex && firstName === 'index') val = this.scope.countIndex;
          else if (!this.scope.countIndex) return this.error(expr, 'count.index is only available in a resource or module with count');
          break;
        case 'path':
          if (firstName === 'module' || firstName === 'root' || firstName === 'cwd') val = { t: 'string', v: this.scope.moduleDir, range: at, hops: [] };
          break;
        case 'module':
          if (firstName !== undefined && this.scope.moduleOutput) return this.moduleOutput(expr, firstName, rest, range);
          break;
        default:
          if (!NOT_RESOURCES.has(root.name) && firstName !== undefined) return this.resourceAttribute(expr, root.name, firstName, rest, range);
      }
    }
    if (!val) {
      // Data sources, module outputs, self, terraform.workspace: known only at apply time.
      return unknownVal(this.file.slice(expr.span), range, `${this.file.slice(expr.span)} is known only at deploy time`);
    }
    for (const s of rest) val = this.step(val, s);
    return val;
  }

  /**
   * `azapi_resource.site.id` (also `…[0].id`, `…["k"].id`): known only after apply, never null,
   * and kept as a reference so that config children and slots find their site.
   */
  private resourceAttribute(expr: Expr, type: string, name: string, rest: Expr[], range: SourceRange): Val {
    const text = this.file.slice(expr.span);
    let address = `${this.scope.prefix ?? ''}${type}.${name}`;
    let i = 0;
    const index = rest[0];
    if (index?.type === 'index') {
      const k = this.eval(index.key);
      const key = k.t === 'number' ? String(k.v) : k.t === 'string' ? JSON.stringify(k.v) : undefined;
      if (key !== undefined) address += `[${key}]`;
      i = 1;
    }
    const attr = rest[i];
    const u: UnknownVal = { ...unknownVal(text, range, `${text} is known only after apply`), notNull: true };
    if (attr?.type === 'getattr' && attr.name === 'id' && rest.length === i + 1) return { ...u, ref: { address, suffix: '' } };
    return u;
  }

  /**
   * `module.site.id`, `module.slot["a"].id`, `module.x[0].id`, then any further steps into the
   * output's value; `module.x`, `module.x["a"]` (an instance's outputs) as values, stepped into.
   */
  private moduleOutput(expr: Expr, call: string, rest: Expr[], range: SourceRange): Val {
    let i = 0;
    let key: Val | undefined;
    const first = rest[0];
    if (first?.type === 'index') {
      key = this.eval(first.key);
      i = 1;
    }
    const out = rest[i];
    if (out?.type === 'getattr' && this.scope.moduleOutput) {
      let v = this.scope.moduleOutput(call, key, out.name, this.file.range({ start: expr.span.start, end: out.span.end }));
      for (const s of rest.slice(i + 1)) v = this.step(v, s);
      return v;
    }
    // The call's whole value: only the outputs it is stepped into matter, but `for_each = module.x` and `for` expressions take them all.
    if (!this.scope.moduleValue) return this.unknown(expr, `module.${call} as a whole is not evaluated`);
    const head = rest[0];
    let v = this.scope.moduleValue(call, head ? this.file.range({ start: expr.span.start, end: head.span.start }) : range);
    for (const s of rest) v = this.step(v, s);
    return v;
  }

  private step(v: Val, s: Expr): Val {
    const range = this.file.range(s.span);
    const text = this.file.slice(s.span);
    if (v.t === 'unknown') return innerUnknown(v);
    if (s.type === 'getattr') {
      if (v.t === 'null') return errorVal(text, range, `attribute "${s.name}" of a null value`);
      return member(v, s.name) ?? errorVal(text, range, `no attribute ${JSON.stringify(s.name)}`);
    }
    if (s.type === 'index') return this.index(v, this.eval(s.key), text, range);
    return this.unknown(s, 'not evaluated');
  }

  private index(v: Val, k: Val, text: string, range: SourceRange): Val {
    if (k.t === 'unknown') return dependsOn(k, text, range);
    if (v.t === 'null') return errorVal(text, range, 'index of a null value');
    if (v.t === 'list' && !v.set) {
      const n = k.t === 'number' ? k.v : k.t === 'string' && /^\d+$/.test(k.v) ? Number(k.v) : NaN;
      return element(v, n) ?? errorVal(text, range, 'index out of range');
    }
    const key = asString(k);
    if (v.t === 'object' && key !== undefined) return member(v, key) ?? errorVal(text, range, `no key ${JSON.stringify(key)}`);
    return errorVal(text, range, 'cannot index this value');
  }

  private splat(expr: Extract<Expr, { type: 'splat' }>, range: SourceRange): Val {
    const text = this.file.slice(expr.span);
    const target = this.eval(expr.target);
    if (target.t === 'unknown') return dependsOn(target, text, range);
    // A null splats to an empty tuple; any other non-list value to a one-element tuple.
    const items = target.t === 'null' ? [] : target.t === 'list' ? target.items.map((_, i) => element(target, i) as Val) : [target];
    const out = items.map((item) => expr.steps.reduce<Val>((v, s) => this.splatStep(v, s), item));
    return { t: 'list', items: out, range, hops: [] };
  }

  private splatStep(v: Val, s: SplatStep): Val {
    const range = this.file.range(s.span);
    const text = this.file.slice(s.span);
    if (v.t === 'unknown') return innerUnknown(v);
    if (s.type === 'attr') return v.t === 'null' ? errorVal(text, range, `attribute "${s.name}" of a null value`) : (member(v, s.name) ?? errorVal(text, range, `no attribute ${JSON.stringify(s.name)}`));
    return this.index(v, this.eval(s.key), text, range);
  }

  private forExpr(expr: Extract<Expr, { type: 'for' }>, range: SourceRange): Val {
    const text = this.file.slice(expr.span);
    const coll = this.eval(expr.collection);
    if (coll.t === 'unknown') return dependsOn(coll, text, range);
    const elements = elementsOf(coll);
    if (!elements) return errorVal(text, range, 'a for expression needs a list, set, map or object');
    if (elements.length > MAX_ELEMENTS) return unknownVal(text, range, `more than ${MAX_ELEMENTS} elements: not evaluated`);
    const items: Val[] = [];
    const groups = new Map<string, { keyRange: SourceRange; values: Val[] }>();
    for (const { key, value } of elements) {
      const iterators = new Map(this.scope.iterators ?? []);
      if (expr.keyVar !== undefined) iterators.set(expr.keyVar, key);
      iterators.set(expr.valueVar, value);
      const inner = new Evaluation(this.file, { ...this.scope, iterators });
      if (expr.condition) {
        const c = inner.eval(expr.condition);
        if (c.t === 'unknown') return dependsOn(c, text, range);
        const b = asBool(c);
        if (b === undefined) return errorVal(text, range, 'the for condition is not a bool');
        if (!b) continue;
      }
      if (!expr.key) {
        items.push(inner.eval(expr.value));
        continue;
      }
      const k = inner.eval(expr.key);
      if (k.t === 'unknown') return dependsOn(k, text, range);
      const ks = asString(k);
      if (ks === undefined) return errorVal(text, range, 'a for expression key is not a string');
      const v = inner.eval(expr.value);
      const g = groups.get(ks);
      if (g && !expr.group) return errorVal(text, range, `duplicate key ${JSON.stringify(ks)} (add ... to group values)`);
      if (g) g.values.push(v);
      else groups.set(ks, { keyRange: k.range, values: [v] });
    }
    if (!expr.key) return { t: 'list', items, range, hops: [] };
    const entries: ObjectEntry[] = [...groups].map(([key, g]) => ({
      key,
      keyRange: g.keyRange,
      value: expr.group ? { t: 'list', items: g.values, range, hops: [] } : (g.values[0] as Val),
    }));
    return { t: 'object', entries, range, hops: [] };
  }

  private call(expr: Extract<Expr, { type: 'call' }>, range: SourceRange): Val {
    const text = this.file.slice(expr.span);
    if (expr.name === 'try' || expr.name === 'can') return this.tryCan(expr, range, text);
    if (expr.name === 'filebase64' && expr.args.length === 1 && expr.args[0]) return this.fileBase64(expr.args[0], range, text);
    const f = functions[expr.name];
    if (!f) return unknownVal(text, range, `function ${expr.name}() is not evaluated`);
    const args = expr.args.map((a) => this.eval(a));
    if (expr.expand) {
      // `f(a, list...)`: the last argument's elements are the remaining arguments.
      const last = args.pop();
      if (!last) return errorVal(text, range, 'nothing to expand');
      if (last.t === 'unknown') return dependsOn(last, text, range);
      if (last.t !== 'list') return errorVal(text, range, 'expanded argument is not a list');
      args.push(...last.items.map((_, i) => element(last, i) as Val));
    }
    return f(args, { range, text });
  }

  /**
   * `try(a, b, …)` and `can(a)` as Terraform decides them: an argument whose references are not
   * all known makes the result unknown; an argument that fails moves on to the next.
   */
  private tryCan(expr: Extract<Expr, { type: 'call' }>, range: SourceRange, text: string): Val {
    if (expr.args.length === 0) return errorVal(text, range, `${expr.name}() needs an argument`);
    for (const arg of expr.args) {
      const pending = this.unknownReference(arg, new Set());
      if (pending) return dependsOn(pending, text, range);
      const v = this.eval(arg);
      const u = firstUnknown(v);
      if (expr.name === 'can') {
        if (u?.error) return { t: 'bool', v: false, range, hops: [] };
        return u ? unknownVal(text, range, u.reason) : { t: 'bool', v: true, range, hops: [] };
      }
      if (v.t === 'unknown' && v.error) continue;
      if (u && !u.error) return unknownAt(v.t === 'unknown' ? v : u, text, range);
      return v;
    }
    return errorVal(text, range, 'no argument of try() succeeded');
  }

  /** The first reference in `expr` (outside its own `for` symbols) whose value is not wholly known, as `try` checks. */
  private unknownReference(expr: Expr, bound: Set<string>): UnknownVal | undefined {
    const visit = (e: Expr, b: Set<string>): UnknownVal | undefined => this.unknownReference(e, b);
    switch (expr.type) {
      case 'variable':
      case 'getattr':
      case 'index': {
        // The static part of a traversal (`var.a.b["k"]`) is one reference; dynamic index keys are others.
        const chain: Expr[] = [];
        let root: Expr = expr;
        while (root.type === 'getattr' || root.type === 'index') {
          chain.unshift(root);
          root = root.target;
        }
        if (root.type !== 'variable') {
          for (const s of chain) if (s.type === 'index') { const u = visit(s.key, bound); if (u) return u; }
          return visit(root, bound);
        }
        let staticEnd: Expr = root;
        for (const s of chain) {
          if (s.type === 'index' && s.key.type !== 'literal') break;
          staticEnd = s;
        }
        for (const s of chain) if (s.type === 'index' && s.key.type !== 'literal') { const u = visit(s.key, bound); if (u) return u; }
        if (bound.has(root.name)) return undefined;
        const u = firstUnknown(this.eval(staticEnd));
        return u && !u.error ? u : undefined;
      }
      case 'template':
        for (const p of expr.parts) if (p.type === 'interpolation') { const u = visit(p.expr, bound); if (u) return u; }
        return undefined;
      case 'tuple':
        for (const i of expr.items) { const u = visit(i, bound); if (u) return u; }
        return undefined;
      case 'object':
        for (const i of expr.items) { const u = (i.key.type === 'variable' ? undefined : visit(i.key, bound)) ?? visit(i.value, bound); if (u) return u; }
        return undefined;
      case 'call':
        for (const a of expr.args) { const u = visit(a, bound); if (u) return u; }
        return undefined;
      case 'conditional':
        return visit(expr.condition, bound) ?? visit(expr.then, bound) ?? visit(expr.else, bound);
      case 'unary':
        return visit(expr.operand, bound);
      case 'binary':
        return visit(expr.left, bound) ?? visit(expr.right, bound);
      case 'splat':
        for (const s of expr.steps) if (s.type === 'index') { const u = visit(s.key, bound); if (u) return u; }
        return visit(expr.target, bound);
      case 'for': {
        const inner = new Set(bound);
        if (expr.keyVar !== undefined) inner.add(expr.keyVar);
        inner.add(expr.valueVar);
        return visit(expr.collection, bound) ?? (expr.key && visit(expr.key, inner)) ?? visit(expr.value, inner) ?? (expr.condition && visit(expr.condition, inner));
      }
      default:
        return undefined;
    }
  }

  /**
   * `filebase64(path)` of a file that exists: a known value that names the file
   * (its bytes are not read); certificate rules treat it as material in source.
   */
  private fileBase64(arg: Expr, range: SourceRange, text: string): Val {
    const p = this.eval(arg);
    if (p.t === 'unknown') return dependsOn(p, text, range);
    const rel = asString(p);
    if (rel === undefined) return errorVal(text, range, 'path is not a string');
    const abs = isAbsolute(rel) ? rel : join(this.scope.moduleDir, rel);
    if (!this.scope.fileExists?.(abs)) return unknownVal(text, range, `${rel} is not in the repository`);
    return { t: 'string', v: text, range, hops: [], text };
  }

  private binary(expr: Extract<Expr, { type: 'binary' }>, range: SourceRange): Val {
    const l = this.eval(expr.left);
    const r = this.eval(expr.right);
    const text = this.file.slice(expr.span);
    // `false && x` and `true || x` are known whatever x is.
    if (expr.op === '&&' || expr.op === '||') {
      const lb = l.t === 'unknown' ? undefined : asBool(l);
      const rb = r.t === 'unknown' ? undefined : asBool(r);
      const short = expr.op === '&&' ? false : true;
      if (lb === short || rb === short) return { t: 'bool', v: short, range, hops: [] };
      if (lb !== undefined && rb !== undefined) return { t: 'bool', v: expr.op === '&&' ? lb && rb : lb || rb, range, hops: [] };
      const u = (l.t === 'unknown' ? l : undefined) ?? (r.t === 'unknown' ? r : undefined);
      return u ? dependsOn(u, text, range) : errorVal(text, range, 'operands are not bools');
    }
    if (expr.op === '==' || expr.op === '!=') {
      const eq = compare(l, r);
      if (typeof eq !== 'boolean') return dependsOn(eq, text, range);
      return { t: 'bool', v: expr.op === '==' ? eq : !eq, range, hops: [] };
    }
    const u = (l.t === 'unknown' ? l : undefined) ?? (r.t === 'unknown' ? r : undefined);
    if (u) return dependsOn(u, text, range);
    const a = l.t === 'number' ? l.v : l.t === 'string' ? Number(l.v) : NaN;
    const b = r.t === 'number' ? r.v : r.t === 'string' ? Number(r.v) : NaN;
    if (Number.isNaN(a) || Number.isNaN(b)) return errorVal(text, range, `operands of ${expr.op} are not numbers`);
    const num = (v: number): Val => ({ t: 'number', v, range, hops: [] });
    const bool = (v: boolean): Val => ({ t: 'bool', v, range, hops: [] });
    switch (expr.op) {
      case '+':
        return num(a + b);
      case '-':
        return num(a - b);
      case '*':
        return num(a * b);
      case '/':
        return b === 0 ? errorVal(text, range, 'division by zero') : num(a / b);
      case '%':
        return b === 0 ? errorVal(text, range, 'division by zero') : num(a % b);
      case '<':
        return bool(a < b);
      case '<=':
        return bool(a <= b);
      case '>':
        return bool(a > b);
      case '>=':
        return bool(a >= b);
      default:
        return unknownVal(text, range, `operator ${expr.op} is not evaluated`);
    }
  }
}
