import { isAbsolute, join } from 'node:path';
import type { SourceRange } from '../../src/model/index.js';
import type { Expr } from './hcl/ast.js';
import { functions } from './functions.js';
import type { SourceFile } from './source-file.js';
import { asBool, asString, element, firstUnknown, member, toPlain, unknownVal, type ObjectEntry, type Val } from './values.js';

/** What names mean where an expression is evaluated. */
export interface Scope {
  /** `var.name`: the value the module receives (argument, tfvars, default) with its hops. */
  variable(name: string, at: SourceRange): Val;
  /** `local.name`. */
  local(name: string, at: SourceRange): Val;
  /** Absolute directory of the module (`path.module`). */
  moduleDir: string;
  /** `each.key` / `each.value` inside a `for_each` resource. */
  each?: { key: Val; value: Val };
  /** `count.index` inside a `count` resource. */
  countIndex?: Val;
  /** Iterators of `dynamic` blocks (`site_config.value`): objects with `key` and `value`. */
  iterators?: ReadonlyMap<string, Val>;
  /** Whether a file exists (for `filebase64("cert.pfx")`: certificate material kept in the repository). */
  fileExists?: (absolutePath: string) => boolean;
}

export function evaluate(expr: Expr, file: SourceFile, scope: Scope): Val {
  return new Evaluation(file, scope).eval(expr);
}

/** An object key written as a bare identifier is the name itself, not a variable. */
export function objectKeyName(key: Expr, file: SourceFile, scope: Scope): string | undefined {
  if (key.type === 'variable') return key.name;
  const v = evaluate(key, file, scope);
  return asString(v);
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
          const key = objectKeyName(item.key, this.file, this.scope);
          if (key === undefined) return this.unknown(expr, 'object key not known');
          entries.push({ key, keyRange: this.file.range(item.key.span), value: this.eval(item.value) });
        }
        return { t: 'object', entries, range, hops: [], text: this.file.slice(expr.span) };
      }
      case 'variable':
      case 'getattr':
      case 'index':
        return this.traversal(expr, range);
      case 'call':
        return this.call(expr, range);
      case 'conditional': {
        const c = this.eval(expr.condition);
        if (c.t === 'unknown') return unknownVal(this.file.slice(expr.span), range, c.reason);
        const b = asBool(c);
        if (b === undefined) return this.unknown(expr, 'condition is not a bool');
        return this.eval(b ? expr.then : expr.else);
      }
      case 'unary': {
        const v = this.eval(expr.operand);
        if (v.t === 'unknown') return v;
        if (expr.op === '!' && asBool(v) !== undefined) return { t: 'bool', v: !asBool(v), range, hops: [] };
        if (expr.op === '-' && v.t === 'number') return { t: 'number', v: -v.v, range, hops: [], text: this.file.slice(expr.span) };
        return this.unknown(expr, `cannot apply ${expr.op}`);
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

  private template(expr: Extract<Expr, { type: 'template' }>, range: SourceRange): Val {
    const only = expr.parts.length === 1 ? expr.parts[0] : undefined;
    // "${x}" alone yields x itself, with its type and its origin.
    if (only?.type === 'interpolation') return this.eval(only.expr);
    let out = '';
    for (const p of expr.parts) {
      if (p.type === 'text') out += p.value;
      else if (p.type === 'directive') return this.unknown(expr, 'template directives are not evaluated');
      else {
        const v = this.eval(p.expr);
        if (v.t === 'unknown') return unknownVal(this.file.slice(expr.span), range, v.reason);
        const s = asString(v);
        if (s === undefined) return this.unknown(expr, 'interpolation is not a string');
        out += s;
      }
    }
    return { t: 'string', v: out, range, hops: [], text: this.file.slice(expr.span) };
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
    switch (root.name) {
      case 'var':
        if (firstName !== undefined) val = this.scope.variable(firstName, at);
        break;
      case 'local':
        if (firstName !== undefined) val = this.scope.local(firstName, at);
        break;
      case 'each':
        if (this.scope.each && (firstName === 'key' || firstName === 'value')) val = this.scope.each[firstName];
        break;
      case 'count':
        if (this.scope.countIndex && firstName === 'index') val = this.scope.countIndex;
        break;
      case 'path':
        if (firstName === 'module' || firstName === 'root') val = { t: 'string', v: this.scope.moduleDir, range: at, hops: [] };
        break;
      default: {
        const it = this.scope.iterators?.get(root.name);
        if (it) {
          val = it;
          rest = steps;
        }
      }
    }
    if (!val) {
      // Resources, data sources, module outputs, self, terraform.workspace: known only at apply time.
      return unknownVal(this.file.slice(expr.span), range, `${this.file.slice(expr.span)} is known only at deploy time`);
    }
    for (const s of rest) val = this.step(val, s);
    return val;
  }

  private step(v: Val, s: Expr): Val {
    const range = this.file.range(s.span);
    if (v.t === 'unknown') return v;
    if (s.type === 'getattr') {
      return member(v, s.name) ?? unknownVal(this.file.slice(s.span), range, `no attribute ${JSON.stringify(s.name)}`);
    }
    if (s.type === 'index') {
      const k = this.eval(s.key);
      if (k.t === 'unknown') return unknownVal(this.file.slice(s.span), range, k.reason);
      if (v.t === 'list' && k.t === 'number') return element(v, k.v) ?? unknownVal(this.file.slice(s.span), range, 'index out of range');
      const key = asString(k);
      if (v.t === 'object' && key !== undefined) return member(v, key) ?? unknownVal(this.file.slice(s.span), range, `no key ${JSON.stringify(key)}`);
      return unknownVal(this.file.slice(s.span), range, 'cannot index this value');
    }
    return unknownVal(this.file.slice(s.span), range, 'not evaluated');
  }

  private call(expr: Extract<Expr, { type: 'call' }>, range: SourceRange): Val {
    const text = this.file.slice(expr.span);
    if (expr.name === 'filebase64' && expr.args.length === 1 && expr.args[0]) return this.fileBase64(expr.args[0], range, text);
    const f = functions[expr.name];
    if (!f || expr.expand) return unknownVal(text, range, `function ${expr.name}() is not evaluated`);
    return f(expr.args.map((a) => this.eval(a)), { range, text });
  }

  /**
   * `filebase64(path)` of a file that exists: a known value that names the file
   * (its bytes are not read); certificate rules treat it as material in source.
   */
  private fileBase64(arg: Expr, range: SourceRange, text: string): Val {
    const p = this.eval(arg);
    if (p.t === 'unknown') return unknownVal(text, range, p.reason);
    const rel = asString(p);
    if (rel === undefined) return unknownVal(text, range, 'path is not a string');
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
      const u = firstUnknown(l) ?? firstUnknown(r);
      return unknownVal(text, range, u ? u.reason : 'operands are not bools');
    }
    const u = firstUnknown(l) ?? firstUnknown(r);
    if (u) return unknownVal(text, range, u.reason);
    if (expr.op === '==' || expr.op === '!=') {
      const eq = JSON.stringify(toPlain(l)) === JSON.stringify(toPlain(r));
      return { t: 'bool', v: expr.op === '==' ? eq : !eq, range, hops: [] };
    }
    const a = l.t === 'number' ? l.v : l.t === 'string' ? Number(l.v) : NaN;
    const b = r.t === 'number' ? r.v : r.t === 'string' ? Number(r.v) : NaN;
    if (Number.isNaN(a) || Number.isNaN(b)) return unknownVal(text, range, `operands of ${expr.op} are not numbers`);
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
        return num(a / b);
      case '%':
        return num(a % b);
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
