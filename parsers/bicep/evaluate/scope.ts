import { dirname, resolve } from 'node:path';
import { shownFrom, type Hop, type SourceRange } from '../../../src/model/index.js';
import { prim, through, unknown, type AVal } from '../../shared/arm-value.js';
import { BUDGET_REASON, CallBudget } from '../../shared/budget.js';
import { typedThrough } from '../../shared/type-shape.js';
import type {
  CompileTimeImport,
  Expression,
  FunctionDeclaration,
  ParameterAssignment,
  ParameterDeclaration,
  ResourceDeclaration,
  TypeDeclaration,
  VariableDeclaration,
} from '../ast.js';
import { bodyObject, evaluateExpression, propertyOf } from './expression.js';
import { bicepShape, hasSecureDecorator, isNullableType } from './types.js';
import { fromKeyword, isBicepFile, rangeOf, textOf, type SourceFile } from './source-file.js';
import { isExternalModulePath } from '../registry.js';

/** A value supplied from outside a template: a `.bicepparam` entry, a parameter file, a module argument. */
export type Supply = (name: string) => (() => AVal) | undefined;

/** What a module argument is when the caller passes a value as is (see `BicepScope.identity`). */
export type Identify = (name: string) => string | undefined;

/** What evaluation may ask of the outside world: files next to the template (`loadTextContent`, imports). */
export interface ScopeHost {
  readText(path: string): string | undefined;
  /** Whether a path the file names may be read (inside the linted tree); a refusal is reported at `at`. Absent: it may. */
  confine?(path: string, at: SourceRange): boolean;
  /**
   * The scope of a file whose exported variables are imported (`import { x } from './vars.bicep'`):
   * one per file and run, so that an import cycle meets the circular-reference guard.
   */
  importScope?(path: string): BicepScope | undefined;
  /** Why a file an import names cannot be analysed (there is no such file, …); undefined when it can. */
  importFailure?(path: string): string | undefined;
  /** Something a file names that is not analysed (a `not-analysed` note, once per place). */
  notAnalysed?(message: string, range: SourceRange): void;
}

interface Shared {
  file: SourceFile;
  params: Map<string, ParameterDeclaration>;
  assignments: Map<string, ParameterAssignment>;
  vars: Map<string, VariableDeclaration>;
  types: Map<string, TypeDeclaration>;
  resources: Map<string, ResourceDeclaration>;
  /** User-defined functions (`func name(…) type => …`). */
  funcs: Map<string, FunctionDeclaration>;
  /** Lambda and function invocations left, shared with the modules the template calls. */
  budget: CallBudget;
  /** Module and extension names: known to exist, never evaluated. */
  opaque: Set<string>;
  /** `import { a, b as c } from './x.bicep'`: local name → file and exported name. */
  imports: Map<string, { path: string; name: string }>;
  /** `import * as ns from './x.bicep'`: alias → file. */
  namespaces: Map<string, string>;
  supply: Supply;
  identify: Identify | undefined;
  host: ScopeHost;
  /** Values of parameters, `.bicepparam` assignments and variables, by name (see `cached`). */
  cache: Record<CachedKind, Map<string, AVal>>;
  /** Names being evaluated, by kind: met again, a circular reference. */
  active: Record<CachedKind, Set<string>>;
}

/** Parameters, `.bicepparam` assignments, variables: one map each, keyed by the name itself (no key string made per read). */
type CachedKind = 'param' | 'assignment' | 'variable';

function identName(n: { kind: string; name?: string }): string | undefined {
  return n.kind === 'Identifier' ? n.name : undefined;
}

/** Records the names a compile-time import brings in; only local files are read, registry ones stay opaque. */
function readImport(s: CompileTimeImport, file: SourceFile, shared: Shared): void {
  const from = s.from.kind === 'String' && s.from.expressions.length === 0 ? s.from.segments[0] : undefined;
  const target = from !== undefined && !isExternalModulePath(from) ? resolve(dirname(file.path), from) : undefined;
  const path = target !== undefined && (shared.host.confine?.(target, rangeOf(file, s.from)) ?? true) ? target : undefined;
  // Bicep rejects the file (BCP091); its names stay unknown, and where that comes from is said once, here.
  const failed = path !== undefined ? shared.host.importFailure?.(path) : undefined;
  if (failed) shared.host.notAnalysed?.(`import from '${from}' is not analysed: ${failed}`, rangeOf(file, s.from));
  if (s.wildcardAlias) {
    const alias = identName(s.wildcardAlias);
    if (alias && path) shared.namespaces.set(alias, path);
    else if (alias) shared.opaque.add(alias);
  }
  for (const sym of s.symbols ?? []) {
    if (sym.kind !== 'ImportedSymbol') continue;
    const original = sym.name.kind === 'Identifier' ? sym.name.name : sym.name.kind === 'String' && sym.name.expressions.length === 0 ? sym.name.segments[0] : undefined;
    const local = sym.alias ? identName(sym.alias) : original;
    if (local === undefined) continue;
    if (path && original !== undefined) shared.imports.set(local, { path, name: original });
    else shared.opaque.add(local);
  }
}

/** Whether a parameter is declared `@secure()` (or `@sys.secure()`). */
export function isSecure(p: ParameterDeclaration): boolean {
  return hasSecureDecorator(p.decorators);
}

/** A type declaration and the scope of the file that declares it. */
export interface FoundType {
  decl: TypeDeclaration;
  scope: BicepScope;
}

function isNull(v: AVal): boolean {
  return v.t === 'prim' && v.value === null;
}

/**
 * The symbols one file's expressions see: parameters (with what supplies them), variables,
 * resources, and loop variables in child scopes. Bicep names are case-sensitive.
 */
export class BicepScope {
  private constructor(
    private readonly shared: Shared,
    private readonly locals: ReadonlyMap<string, AVal>,
    /** In a user-defined function's body: the functions being called; only parameters (locals) are visible. */
    private readonly calling?: ReadonlySet<string>,
  ) {}

  static create(file: SourceFile, supply: Supply, host: ScopeHost, budget: CallBudget = new CallBudget(), identify?: Identify): BicepScope {
    const shared: Shared = {
      file,
      params: new Map(),
      assignments: new Map(),
      vars: new Map(),
      types: new Map(),
      resources: new Map(),
      funcs: new Map(),
      budget,
      opaque: new Set(),
      imports: new Map(),
      namespaces: new Map(),
      supply,
      identify,
      host,
      cache: { param: new Map(), assignment: new Map(), variable: new Map() },
      active: { param: new Set(), assignment: new Set(), variable: new Set() },
    };
    for (const s of file.parsed.tree.statements) {
      const name = 'name' in s && s.name ? identName(s.name) : undefined;
      if (name === undefined) {
        if (s.kind === 'Import') readImport(s, file, shared);
        else if (s.kind === 'Extension') {
          const alias = s.alias ? identName(s.alias) : s.specification.kind === 'Identifier' ? s.specification.name : undefined;
          if (alias) shared.opaque.add(alias);
        }
        continue;
      }
      switch (s.kind) {
        case 'Parameter':
          shared.params.set(name, s);
          break;
        case 'ParameterAssignment':
          shared.assignments.set(name, s);
          break;
        case 'Variable':
          shared.vars.set(name, s);
          break;
        case 'Type':
          shared.types.set(name, s);
          break;
        case 'Resource':
          shared.resources.set(name, s);
          break;
        case 'Function':
          shared.funcs.set(name, s);
          break;
        case 'Module':
          shared.opaque.add(name);
          break;
        default:
          break;
      }
    }
    return new BicepScope(shared, new Map());
  }

  get budget(): CallBudget {
    return this.shared.budget;
  }

  get file(): SourceFile {
    return this.shared.file;
  }

  get host(): ScopeHost {
    return this.shared.host;
  }

  /** The same scope with loop variables bound (`for (item, i) in …`). */
  withLocals(bindings: readonly (readonly [string, AVal])[]): BicepScope {
    const locals = new Map(this.locals);
    for (const [k, v] of bindings) locals.set(k, v);
    return new BicepScope(this.shared, locals, this.calling);
  }

  /** The scope without loop variables (parameters and variables cannot see them). */
  root(): BicepScope {
    return this.locals.size === 0 ? this : new BicepScope(this.shared, new Map());
  }

  evaluate(e: Expression): AVal {
    return evaluateExpression(e, this);
  }

  /**
   * What an expression's value is when the value itself is only known at deployment: a parameter
   * nobody sets (`param:<file>:<offset>`), reached as is — by its name, by `resource.name` of a
   * resource named by it, or through a module argument that passes either. Anything computed from
   * it is another value: undefined.
   */
  identity(expr: Expression, depth = 0): string | undefined {
    const e = expr.kind === 'Parenthesized' ? expr.expression : expr;
    if (depth > 16) return undefined; // `a.name` naming `b.name` naming `a.name`: invalid, and not followed forever
    if (e.kind === 'Variable') {
      const name = e.name.name;
      const decl = this.locals.has(name) ? undefined : this.shared.params.get(name);
      if (!decl) return undefined;
      if (this.shared.supply(name)) return this.shared.identify?.(name);
      return decl.defaultValue ? undefined : `param:${this.shared.file.path}:${decl.start}`;
    }
    if (e.kind === 'PropertyAccess' && e.base.kind === 'Variable' && e.name.kind === 'Identifier' && e.name.name === 'name') {
      const decl = this.resource(e.base.name.name);
      const body = decl ? bodyObject(decl.value) : undefined;
      const named = body ? propertyOf(body, 'name') : undefined;
      return named ? this.root().identity(named, depth + 1) : undefined;
    }
    return undefined;
  }

  resource(name: string): ResourceDeclaration | undefined {
    return this.locals.has(name) || this.calling ? undefined : this.shared.resources.get(name);
  }

  /**
   * A call of a user-defined function of this file or imported (`import { f } from './x.bicep'`),
   * undefined when `name` is none: the body sees only its parameters, bound to the arguments
   * evaluated here; the value is reached through the call.
   */
  callUserFunction(name: string, args: readonly Expression[], at: SourceRange): AVal | undefined {
    if (this.locals.has(name)) return undefined;
    const local = this.shared.funcs.get(name);
    const imported = local ? undefined : this.shared.imports.get(name);
    const owner = local ? this : imported ? this.shared.host.importScope?.(imported.path) : undefined;
    const decl = local ?? (imported ? owner?.shared.funcs.get(imported.name) : undefined);
    if (!owner || !decl) return undefined;
    return this.invoke(owner, decl, name, args, at);
  }

  /** `ns.f(…)` of `import * as ns from './x.bicep'`; undefined when `ns` is no such alias. */
  callNamespaceFunction(alias: string, name: string, args: readonly Expression[], at: SourceRange): AVal | undefined {
    const path = this.namespace(alias);
    if (path === undefined) return undefined;
    const owner = this.shared.host.importScope?.(path);
    const decl = owner?.shared.funcs.get(name);
    if (!owner || !decl) return unknown(`${alias}.${name}`, `'${name}' is not a function of ${path}`, { range: at, trail: [] });
    return this.invoke(owner, decl, name, args, at);
  }

  private invoke(owner: BicepScope, decl: FunctionDeclaration, name: string, args: readonly Expression[], at: SourceRange): AVal {
    const here = { range: at, trail: [] as Hop[] };
    const key = `${owner.shared.file.path}\u0000${name}`;
    if (this.calling?.has(key)) return unknown(name, `function '${name}' calls itself, which Bicep does not allow`, here);
    if (!this.shared.budget.take(1)) return unknown(name, BUDGET_REASON, here);
    const bindings = new Map<string, AVal>();
    decl.parameters.forEach((p, i) => {
      const arg = args[i];
      if (p.kind !== 'FunctionParameter' || p.name.kind !== 'Identifier') return;
      bindings.set(p.name.name, arg ? this.evaluate(arg) : unknown(p.name.name, `no argument for parameter '${p.name.name}'`, here));
    });
    const body = new BicepScope(owner.shared, bindings, new Set([...(this.calling ?? []), key]));
    return through(body.evaluate(decl.body), [{ kind: 'function', name, range: at }]);
  }

  parameterDeclaration(name: string): ParameterDeclaration | undefined {
    return this.shared.params.get(name);
  }

  /** A type alias this file declares or imports (`import { certificateType } from '…'`). */
  typeDeclaration(name: string): FoundType | undefined {
    const local = this.shared.types.get(name);
    if (local) return { decl: local, scope: this.root() };
    const imported = this.shared.imports.get(name);
    if (!imported) return undefined;
    const scope = this.shared.host.importScope?.(imported.path);
    const decl = scope?.shared.types.get(imported.name);
    return scope && decl ? { decl, scope } : undefined;
  }

  /** `ns.typeName` of `import * as ns from './types.bicep'`. */
  namespaceType(alias: string, name: string): FoundType | undefined {
    const path = this.namespace(alias);
    const scope = path ? this.shared.host.importScope?.(path) : undefined;
    const decl = scope?.shared.types.get(name);
    return scope && decl ? { decl, scope } : undefined;
  }

  /** The value of a name written in an expression, with its hops. */
  lookup(name: string, at: SourceRange): AVal {
    const local = this.locals.get(name);
    if (local) return local;
    if (this.calling) return unknown(name, `a function can use only its parameters, not '${name}'`, { range: at, trail: [] });
    if (this.shared.params.has(name)) return this.parameter(name);
    if (this.shared.assignments.has(name)) return this.assignment(name);
    if (this.shared.vars.has(name)) return this.variable(name);
    const imported = this.shared.imports.get(name);
    if (imported) return this.imported(imported.path, imported.name, at);
    const here = { range: at, trail: [] as Hop[] };
    if (this.shared.resources.has(name)) return unknown(name, `the resource '${name}' is only known at deployment`, here);
    if (this.shared.opaque.has(name)) return unknown(name, `'${name}' is only known at deployment`, here);
    return unknown(name, `unknown name '${name}'`, here);
  }

  /** The namespace alias of `import * as ns from './x.bicep'`, for `ns.name`. */
  namespace(name: string): string | undefined {
    return this.locals.has(name) ? undefined : this.shared.namespaces.get(name);
  }

  /** An exported variable of another file, with its hops there. Imported types and functions are not values. */
  imported(path: string, name: string, at: SourceRange): AVal {
    const scope = this.shared.host.importScope?.(path);
    const here = { range: at, trail: [] as Hop[] };
    // Named from the importing file, as the import writes it: no absolute path in a report.
    const shown = `'${shownFrom(this.shared.file.path, path)}'`;
    if (!isBicepFile(path)) return unknown(name, `it is imported from the JSON template ${shown}, whose exports are not evaluated`, here);
    if (!scope) return unknown(name, `the file ${shown} cannot be read`, here);
    if (!scope.shared.vars.has(name)) return unknown(name, `'${name}' is not a variable of ${shown}`, here);
    return scope.variable(name);
  }

  /**
   * A parameter's value: what the caller or a parameter file supplies (`null` supplied to a
   * parameter with a default takes the default, as ARM does), else the default, else `null` for a
   * nullable type; members carry the secrecy of the declared type.
   */
  private parameter(name: string): AVal {
    const decl = this.shared.params.get(name) as ParameterDeclaration;
    const file = this.shared.file;
    return this.cached('param', name, () => {
      const hop: Hop = { kind: 'parameter', name, range: fromKeyword(file, 'param', decl.name.start, decl.end), secure: isSecure(decl) };
      const shape = bicepShape(decl.type, this.root(), decl.decorators);
      const supplied = this.shared.supply(name)?.();
      if (supplied && !(isNull(supplied) && decl.defaultValue)) return typedThrough(supplied, hop, shape);
      const def = decl.defaultValue;
      if (def) return typedThrough(through(this.root().evaluate(def), [{ kind: 'parameter-default', range: rangeOf(file, def) }]), hop, shape);
      const here = { range: hop.range, trail: [] as Hop[] };
      // Omitted, a nullable parameter is null: a default in all but name (a parameter file may set it).
      if (isNullableType(decl.type, this.root())) return typedThrough(through(prim(null, here), [{ kind: 'parameter-default', range: here.range }]), hop, shape);
      return typedThrough(unknown(name, `parameter '${name}' has no default value and no parameter file sets it`, here), hop, shape);
    });
  }

  /** `param x = …` in a `.bicepparam` file, read by another assignment there. */
  private assignment(name: string): AVal {
    const a = this.shared.assignments.get(name) as ParameterAssignment;
    return this.cached('assignment', name, () => this.root().evaluate(a.value));
  }

  private variable(name: string): AVal {
    const decl = this.shared.vars.get(name) as VariableDeclaration;
    const file = this.shared.file;
    return this.cached('variable', name, () =>
      through(this.root().evaluate(decl.value), [{ kind: 'variable', name, range: fromKeyword(file, 'var', decl.name.start, decl.end) }]),
    );
  }

  private cached(kind: CachedKind, name: string, compute: () => AVal): AVal {
    const cache = this.shared.cache[kind];
    const hit = cache.get(name);
    if (hit) return hit;
    const active = this.shared.active[kind];
    if (active.has(name)) return unknown(name, 'circular reference', { range: this.shared.file.parsed.lineMap.range(this.shared.file.path, 0, 0), trail: [] });
    active.add(name);
    try {
      const v = compute();
      cache.set(name, v);
      return v;
    } finally {
      active.delete(name);
    }
  }

  /** Source text of a node of this file. */
  text(node: { start: number; end: number }): string {
    return textOf(this.shared.file, node);
  }

  range(node: { start: number; end: number }): SourceRange {
    return rangeOf(this.shared.file, node);
  }
}
