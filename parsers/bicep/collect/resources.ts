import { basename, dirname, relative, resolve } from 'node:path';
import type { Hop, SourceRange } from '../../../src/model/index.js';
import { decidedFalse, EMPTY_BY_DEFAULT, memberOf, restsOnRootDefault, through, unknown, type AVal } from '../../shared/arm-value.js';
import type { JsonFile } from '../../shared/json.js';
import type { ResourceInstance } from '../../arm/resources.js';
import { cachedModulePath, isExternalModulePath, parseModuleReference, type ModuleCacheConfig } from '../registry.js';
import { collectJsonModule } from './json-module.js';
import type { Expression, ModuleDeclaration, ObjectExpression, ResourceDeclaration, Statement } from '../ast.js';
import { bodyObject, iterationScope, loopItems, propertyOf } from '../evaluate/expression.js';
import { InstanceBudget, instanceCut } from '../../shared/budget.js';
import { BicepScope, type Identify, type ScopeHost, type Supply } from '../evaluate/scope.js';
import { fromKeyword, rangeOf, type SourceFile } from '../evaluate/source-file.js';
import { nameOf, type ResourceName } from './names.js';
import { linkedTemplateNote, shownLink } from '../../shared/linked-template.js';

/** Loops are expanded up to this many instances (as for ARM copy loops); larger ones stay one looped entity. */
export const MAX_INSTANCES = 100;

/** How a resource is deployed: through which module calls, under which condition or loop. */
export interface Deployment {
  via: { name: string; range: SourceRange }[];
  conditional?: { expression: string; range: SourceRange };
  looped?: { expression: string; range: SourceRange };
  instance: string;
  /** Left out by the defaults of the outermost file (a false condition, an empty loop), kept because a parameter file may deploy it. */
  offByDefault?: true;
}

/** One resource declaration (one loop instance of it), with the scope its expressions see. */
export interface BicepResource {
  /** Resources are matched to their children only within one file instance (a module call makes a new one). */
  unit: number;
  file: SourceFile;
  scope: BicepScope;
  decl: ResourceDeclaration;
  symbol: string;
  /** Full type without the API version (`Microsoft.Web/sites/config`). */
  type: string;
  typeKey: string;
  version?: string;
  /** `resource <name> '<type>'`. */
  declaration: SourceRange;
  body: ObjectExpression | undefined;
  existing: boolean;
  parent?: BicepResource;
  name: ResourceName | undefined;
  displayName: string;
  deployment: Deployment;
  /** The evaluated body (computed once). */
  value(): AVal;
}

export interface CollectHost extends ScopeHost {
  /** A `.bicep` file used as a module, parsed (cached); undefined when it cannot be read. */
  load(path: string): SourceFile | undefined;
  /** A JSON template used as a module (local, or restored in the module cache), parsed (cached). */
  loadJson?(path: string): JsonFile | undefined;
  /** Whether the run may read a path (no note when not: the caller says why in its own words). */
  mayRead?(path: string): boolean;
  /** The module cache settings that apply to a Bicep file (its nearest bicepconfig.json). */
  moduleCache?(bicepFile: string): ModuleCacheConfig;
  /** Something the input names but that is not analysed (a `not-analysed` note, once per place). */
  notAnalysed?(message: string, range: SourceRange): void;
  /** A problem in a module's text (a JSON template that is not one). */
  parseError?(message: string, range: SourceRange): void;
  /**
   * Why a file could not be read (there is no such file, it is not text) or parsed (mtlslint failed
   * on it, reported on that file); undefined when it was.
   */
  failure?(path: string): string | undefined;
}

/** What the collection of one evaluation produces. */
export interface Collected {
  bicep: BicepResource[];
  /** Resources of JSON template modules (ARM front end). */
  arm: ResourceInstance[];
}

interface Context {
  host: CollectHost;
  out: BicepResource[];
  arm: ResourceInstance[];
  nextUnit(): number;
  nextTemplate(): number;
  /** Resource and module instances left for the whole template tree (modules, loops, JSON modules). */
  budget: InstanceBudget;
}

/** Registry and template-spec modules are not local files. */
export function isLocalModulePath(path: string): boolean {
  return !isExternalModulePath(path);
}

/** The path of a module or `using` string, when it is a plain literal. */
export function literalPath(node: Expression | { kind: 'Skipped' }): string | undefined {
  return node.kind === 'String' && node.expressions.length === 0 ? node.segments[0] : undefined;
}

export function resolveModule(from: SourceFile, path: string): string {
  return resolve(dirname(from.path), path);
}

/**
 * Every resource of a file, nested children and modules (local, JSON, restored registry ones) included,
 * in document order; at most `budget` instances of them across the whole tree, the rest noted as cut.
 */
export function collectFile(
  file: SourceFile,
  scope: BicepScope,
  host: CollectHost,
  outer: Deployment,
  stack: readonly string[],
  budget: InstanceBudget = new InstanceBudget(),
): Collected {
  let units = 0;
  let templates = 0;
  const ctx: Context = { host, out: [], arm: [], nextUnit: () => units++, nextTemplate: () => templates++, budget };
  visitFile(file, scope, ctx, outer, [...stack, file.path.toLowerCase()], ctx.nextUnit());
  return { bicep: ctx.out, arm: ctx.arm };
}

function visitFile(file: SourceFile, scope: BicepScope, ctx: Context, outer: Deployment, stack: readonly string[], unit: number): void {
  const bySymbol = new Map<string, BicepResource[]>();
  const statements: Statement[] = file.parsed.tree.statements;
  for (const s of statements) {
    if (s.kind === 'Resource') visitResource(s, undefined, file, scope, ctx, outer, unit, bySymbol);
    else if (s.kind === 'Module') visitModule(s, file, scope, ctx, outer, stack);
  }
}

interface Instance {
  scope: BicepScope;
  deployment: Deployment;
  body: Expression;
}

/**
 * The instances of a declaration body: `{…}`, `if (c) {…}`, `[for x in xs: …]`. Inside a module,
 * whose caller decides every value, a condition known false deploys nothing (unless it rests on a
 * default of the outermost template, see `decidedFalse`); at the top a false or unknown condition
 * keeps the resource, marked conditional (a parameter file may enable it).
 */
function instances(value: Expression, scope: BicepScope, outer: Deployment, expand = true): Instance[] {
  const withCondition = (body: Expression, s: BicepScope, d: Deployment): Instance[] => {
    if (body.kind !== 'If') return [{ scope: s, deployment: d, body }];
    const c = s.evaluate(body.condition);
    if (c.t === 'prim' && c.value === true) return [{ scope: s, deployment: d, body: body.body }];
    if (d.via.length > 0 && decidedFalse(c, (at) => at.file === d.via[0]?.range.file)) return [];
    const cond = body.condition.kind === 'Parenthesized' ? body.condition.expression : body.condition;
    const off = c.t === 'prim' && c.value === false ? { offByDefault: true as const } : {};
    return [{ scope: s, deployment: { ...d, conditional: { expression: s.text(cond), range: s.range(cond) }, ...off }, body: body.body }];
  };
  if (value.kind !== 'For') return withCondition(value, scope, outer);
  const loop = loopItems(value, scope);
  // Empty with the outermost template's defaults: a parameter file may fill it, so it is checked once, as written.
  // Not one over a fallback the template writes itself (`names ?? []`): that literal decides.
  const emptyByDefault =
    'items' in loop && loop.items.length === 0 && restsOnRootDefault(loop.iterable, (at) => at.file === (outer.via[0]?.range.file ?? scope.range(value.iterable).file));
  if (expand && 'items' in loop && loop.items.length <= MAX_INSTANCES && !emptyByDefault)
    return loop.items.flatMap((item, i) => withCondition(value.body, iterationScope(value, scope, item, i), { ...outer, instance: `${outer.instance}[${i}]` }));
  // Not expanded: one instance, and whatever depends on the loop variables is unknown.
  const why = emptyByDefault ? EMPTY_BY_DEFAULT : `depends on the variable of a loop that was not expanded (${scope.text(value.iterable)})`;
  const bindings: [string, AVal][] = [];
  for (const v of [value.item, value.index])
    if (v?.kind === 'Identifier') bindings.push([v.name, unknown(v.name, why, { range: scope.range(v), trail: [] as Hop[] })]);
  const looped = { expression: scope.text(value.iterable), range: scope.range(value.iterable) };
  return withCondition(value.body, scope.withLocals(bindings), { ...outer, looped, ...(emptyByDefault ? { offByDefault: true as const } : {}) });
}

function typeParts(decl: ResourceDeclaration): { type: string; version?: string } | undefined {
  const t = literalPath(decl.type);
  if (t === undefined) return undefined;
  const at = t.indexOf('@');
  return at < 0 ? { type: t } : { type: t.slice(0, at), version: t.slice(at + 1) };
}

/** The resource instance a `parent:` expression names (`site`, `sites[1]`, `site::slot`). */
function parentFrom(expr: Expression | undefined, scope: BicepScope, bySymbol: Map<string, BicepResource[]>, out: readonly BicepResource[]): BicepResource | undefined {
  if (!expr) return undefined;
  if (expr.kind === 'Variable') return bySymbol.get(expr.name.name)?.[0];
  if (expr.kind === 'ResourceAccess' && expr.name.kind === 'Identifier') {
    // A resource nested in another one: the instance declared inside that parent instance.
    const base = parentFrom(expr.base, scope, bySymbol, out);
    const symbol = expr.name.name;
    return base ? out.find((r) => r.parent === base && r.symbol === symbol) : undefined;
  }
  if (expr.kind === 'ArrayAccess' && expr.base.kind === 'Variable') {
    const list = bySymbol.get(expr.base.name.name);
    const i = scope.evaluate(expr.index);
    return i.t === 'prim' && typeof i.value === 'number' ? list?.[i.value] : undefined;
  }
  return undefined;
}

function visitResource(
  decl: ResourceDeclaration,
  nestedIn: BicepResource | undefined,
  file: SourceFile,
  scope: BicepScope,
  ctx: Context,
  outer: Deployment,
  unit: number,
  bySymbol: Map<string, BicepResource[]>,
): void {
  const parts = typeParts(decl);
  if (!parts || decl.name.kind !== 'Identifier') return;
  const symbol = decl.name.name;
  if (nestedIn && parts.type.includes('/')) {
    // Bicep rejects it (BCP156): a resource declared inside another writes only its own type segment.
    const own = `${parts.type.slice(parts.type.lastIndexOf('/') + 1)}${parts.version !== undefined ? `@${parts.version}` : ''}`;
    ctx.host.parseError?.(
      `The nested resource '${symbol}' has the type '${literalPath(decl.type) ?? parts.type}', which Bicep rejects: a resource declared inside another names only its own type segment, as '${own}'. (BCP156)`,
      scope.range(decl.type),
    );
    return;
  }
  const declaration = fromKeyword(file, 'resource', decl.name.start, decl.type.end);
  let expanded = instances(decl.value, scope, outer);
  if (expanded.length > 0 && !ctx.budget.take(expanded.length)) {
    // Past the bound, a loop is checked once as written (as ARM copy loops are), until even that does not fit.
    const once = decl.value.kind === 'For' && expanded.length > 1 && ctx.budget.take(1);
    ctx.host.notAnalysed?.(
      once
        ? `${instanceCut(`resource '${symbol}' loop`, expanded.length - 1, ctx.budget)}; its resource is checked once, as written`
        : instanceCut(`resource '${symbol}'`, expanded.length, ctx.budget),
      declaration,
    );
    if (!once) return;
    expanded = instances(decl.value, scope, outer, false);
  }
  for (const inst of expanded) {
    const body = inst.body.kind === 'Object' ? inst.body : undefined;
    const nameInfo = nameOf(body ? propertyOf(body, 'name') : undefined, inst.scope);
    const parent =
      nestedIn ??
      parentFrom(body ? propertyOf(body, 'parent') : undefined, inst.scope, bySymbol, ctx.out) ??
      (nameInfo?.parentSymbol ? bySymbol.get(nameInfo.parentSymbol)?.[0] : undefined);
    // Nested children write their type relative to the parent (`config`; in full is rejected above).
    const type = nestedIn ? `${nestedIn.type}/${parts.type}` : parts.type;
    const name = parent?.name && nameInfo ? { segments: [...parent.name.segments, ...nameInfo.segments], known: parent.name.known && nameInfo.known } : nameInfo;
    let memo: AVal | undefined;
    const r: BicepResource = {
      unit,
      file,
      scope: inst.scope,
      decl,
      symbol,
      type,
      typeKey: type.toLowerCase(),
      declaration,
      body,
      existing: decl.existing,
      name,
      // A name known to be empty ('' by default, set at deployment) says nothing: the symbol does.
      displayName: name?.known && !name.segments.includes('') ? name.segments.join('/') : symbol,
      deployment: inst.deployment,
      value: () => (memo ??= body ? inst.scope.evaluate(body) : unknown(inst.scope.text(inst.body), 'not an object', { range: inst.scope.range(inst.body), trail: [] })),
    };
    if (parts.version) r.version = parts.version;
    if (parent) r.parent = parent;
    ctx.out.push(r);
    if (r.typeKey === 'microsoft.resources/deployments' && !decl.existing && body) noteLinked(body, inst.scope, ctx);
    if (!nestedIn) {
      const list = bySymbol.get(symbol) ?? [];
      list.push(r);
      bySymbol.set(symbol, list);
    }
    for (const m of body?.members ?? []) if (m.kind === 'Resource') visitResource(m, r, file, inst.scope, ctx, inst.deployment, unit, bySymbol);
  }
}

/** A deployment resource with a `templateLink` deploys a template mtlslint does not follow: said where the link names it (as for ARM). */
function noteLinked(body: ObjectExpression, scope: BicepScope, ctx: Context): void {
  const props = propertyOf(body, 'properties');
  const link = props?.kind === 'Object' ? propertyOf(props, 'templateLink') : undefined;
  if (link?.kind !== 'Object') return;
  const relative = propertyOf(link, 'relativePath');
  const uri = propertyOf(link, 'uri');
  const id = propertyOf(link, 'id');
  const shown = (e: Expression): string => shownLink(e.kind === 'String' && e.expressions.length === 0 ? (e.segments[0] ?? '') : scope.text(e));
  const path = relative?.kind === 'String' && relative.expressions.length === 0 ? relative.segments[0] : undefined;
  let message: string;
  let at: Expression;
  if (relative && path !== undefined) {
    const target = resolve(dirname(scope.range(relative).file), path);
    if (ctx.host.confine && !ctx.host.confine(target, scope.range(relative))) return;
    message = linkedTemplateNote({ by: 'relativePath', shown: shown(relative), found: ctx.host.readText(target) === undefined ? 'missing' : 'present' });
    at = relative;
  } else if (id && !uri) {
    message = linkedTemplateNote({ by: 'id', shown: shown(id) });
    at = id;
  } else {
    at = uri ?? relative ?? link;
    message = linkedTemplateNote({ by: 'uri', shown: shown(at) });
  }
  ctx.host.notAnalysed?.(message, scope.range(at));
}

type ModuleSource = { kind: 'bicep'; file: SourceFile } | { kind: 'json'; file: JsonFile };

/** What a module declaration's path names, read; undefined (with a note when useful) when it cannot be analysed. */
function moduleSource(decl: ModuleDeclaration, file: SourceFile, ctx: Context, stack: readonly string[]): { path: string; source: ModuleSource } | undefined {
  const path = literalPath(decl.path);
  if (path === undefined) return undefined;
  const at = rangeOf(file, decl.path);
  if (!isLocalModulePath(path)) {
    const target = registryModule(path, file, at, ctx);
    const json = target === undefined ? undefined : ctx.host.loadJson?.(target);
    return target && json ? { path: target, source: { kind: 'json', file: json } } : undefined;
  }
  const target = resolveModule(file, path);
  if (stack.includes(target.toLowerCase())) return undefined; // a module cycle (the compiler rejects it too)
  if (ctx.host.confine && !ctx.host.confine(target, at)) return undefined;
  if (/\.jsonc?$/i.test(target)) {
    const json = ctx.host.loadJson?.(target);
    const failed = json ? undefined : ctx.host.failure?.(target);
    if (failed) ctx.host.notAnalysed?.(`module '${path}' is not analysed: ${failed}`, at);
    return json ? { path: target, source: { kind: 'json', file: json } } : undefined;
  }
  const moduleFile = ctx.host.load(target);
  const failed = moduleFile ? undefined : ctx.host.failure?.(target);
  if (failed) ctx.host.notAnalysed?.(`module '${path}' is not analysed: ${failed}`, at);
  return moduleFile ? { path: target, source: { kind: 'bicep', file: moduleFile } } : undefined;
}

/**
 * The restored copy of a registry module in the module cache, when there is one the run may read;
 * otherwise a note on the declaration that says what is missing and how to restore it.
 */
function registryModule(path: string, file: SourceFile, at: SourceRange, ctx: Context): string | undefined {
  const note = (message: string): undefined => {
    ctx.host.notAnalysed?.(message, at);
    return undefined;
  };
  const config = ctx.host.moduleCache?.(file.path);
  if (!config) return note(`module '${path}' is not analysed: registry modules are not read here`);
  const ref = parseModuleReference(path, config.aliases);
  if (ref.kind === 'template-spec') return note(`template spec module '${path}' is not analysed: template specs live in Azure; lint the template spec's source instead`);
  if (ref.kind === 'invalid') return note(`registry module '${path}' is not analysed: ${ref.why}`);
  const cached = cachedModulePath(config.cacheRoot, ref);
  if (ctx.host.mayRead && !ctx.host.mayRead(cached))
    return note(
      `registry module '${path}' is not analysed: the module cache is outside the linted tree; set cacheRootDirectory in bicepconfig.json to a folder in the repository and run \`bicep restore\``,
    );
  if (ctx.host.loadJson?.(cached)) return cached;
  // Where to look, relative to the template when the cache is beside it, else from the cache root.
  const local = relative(dirname(file.path), cached);
  const where = local.startsWith('..') ? relative(config.cacheRoot, cached) : local;
  return note(`registry module '${path}' is not in the module cache (${where}): run \`bicep restore ${basename(file.path)}\` to lint it`);
}

/** A module: its parameters take the caller's `params`, evaluated where the caller writes them. */
function visitModule(decl: ModuleDeclaration, file: SourceFile, scope: BicepScope, ctx: Context, outer: Deployment, stack: readonly string[]): void {
  if (decl.name.kind !== 'Identifier') return;
  // A module deployed nowhere (false condition inside a module, loop over nothing) is not read at all.
  const deployed = instances(decl.value, scope, outer);
  if (deployed.length === 0) return;
  const found = moduleSource(decl, file, ctx, stack);
  if (!found) return;
  const { path: target, source } = found;
  const symbol = decl.name.name;
  const head = fromKeyword(file, 'module', decl.name.start, decl.path.end);
  for (const [i, inst] of deployed.entries()) {
    // One budget for the whole tree: fan-out across files multiplies (100 × 100 × … instances).
    if (!ctx.budget.take(1)) {
      ctx.host.notAnalysed?.(instanceCut(`module '${symbol}'`, deployed.length - i, ctx.budget), head);
      break;
    }
    const body = inst.body.kind === 'Object' ? inst.body : bodyObject(inst.body);
    const paramsExpr = body ? propertyOf(body, 'params') : undefined;
    let paramsValue: AVal | undefined;
    const params = (): AVal | undefined => (paramsExpr ? (paramsValue ??= inst.scope.evaluate(paramsExpr)) : undefined);
    const call = `module '${symbol}'`;
    const supply: Supply = (name) => {
      const pv = params();
      if (!pv || !paramsExpr) return undefined;
      if (pv.t === 'unknown') return () => through(pv, [{ kind: 'module-argument', name, call, range: rangeOf(file, paramsExpr) }]);
      if (pv.t !== 'object') return undefined;
      const m = memberOf(pv, name);
      if (!m) return undefined;
      return () => through(m, [{ kind: 'module-argument', name, call, range: m.at ?? rangeOf(file, paramsExpr) }]);
    };
    // A parameter or `resource.name` passed as is stays the same value inside the module.
    const identify: Identify = (name) => {
      const arg = paramsExpr?.kind === 'Object' ? propertyOf(paramsExpr, name) : undefined;
      return arg ? inst.scope.identity(arg) : undefined;
    };
    const deployment: Deployment = { ...inst.deployment, via: [...inst.deployment.via, { name: symbol, range: head }] };
    if (source.kind === 'json') {
      collectJsonModule(
        source.file,
        supply,
        deployment,
        {
          out: ctx.arm,
          nextTemplateId: ctx.nextTemplate,
          diagnostic: (message, range) => ctx.host.parseError?.(message, range),
          note: (message, range) => ctx.host.notAnalysed?.(message, range),
          budget: scope.budget,
          instances: ctx.budget,
        },
        identify,
      );
      continue;
    }
    // A failure inside one module is reported on that module (and noted where it is called): the
    // caller's own resources and its other modules are still linted.
    try {
      const moduleScope = BicepScope.create(source.file, supply, ctx.host, scope.budget, identify);
      visitFile(source.file, moduleScope, ctx, deployment, [...stack, target.toLowerCase()], ctx.nextUnit());
    } catch (e) {
      const why = evaluationFailure(e);
      ctx.host.parseError?.(`could not evaluate this module: ${why}`, source.file.parsed.lineMap.range(source.file.path, 0, Math.min(1, source.file.text.length)));
      ctx.host.notAnalysed?.(`module '${literalPath(decl.path) ?? symbol}' is not analysed: mtlslint failed while evaluating it (${why})`, rangeOf(file, decl.path));
    }
  }
}

/** What went wrong, in words for a message (a deep stack is the input's nesting, anything else mtlslint's fault). */
export function evaluationFailure(e: unknown): string {
  return e instanceof RangeError ? 'it is nested too deeply' : `internal error: ${e instanceof Error ? e.message : String(e)}`;
}
