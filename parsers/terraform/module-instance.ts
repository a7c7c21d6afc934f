import { dirname, relative, sep } from 'node:path';
import type { Entity, Hop, SourceRange } from '../../src/model/index.js';
import { instanceCut } from '../shared/budget.js';
import { azapiConfigType } from './azapi-config.js';
import { azapiSiteType, mapAzapiSite } from './azapi-sites.js';
import { AZURERM_SITE_TYPES, mapAzurermSite } from './azurerm-sites.js';
import { mapCertificate } from './certificates.js';
import { elementsOf, lexical } from './collections.js';
import { BodyView } from './config-view.js';
import type { EntityContext } from './entity-context.js';
import { constantScope, evaluate, type Scope } from './evaluate.js';
import { findAttribute, type Block, type Expr } from './hcl/ast.js';
import type { InstalledModule } from './module-manifest.js';
import { readModule, type ModuleCall, type ModuleDecl } from './module-model.js';
import { providerEra, type ProviderEra } from './provider-version.js';
import { readSitePatch, type SitePatch } from './site-patches.js';
import type { SourceFile } from './source-file.js';
import { convertToType } from './types.js';
import { asString, dependsOn, errorVal, unknownVal, withHops, type UnknownVal, type Val } from './values.js';
import type { LoadedFile, Workspace } from './workspace.js';

/** What a module instance receives for its variables. */
export type Inputs =
  /** Root module: variable files (auto-loaded, then `--var-file`), later wins. */
  | { kind: 'root'; varFiles: { file: LoadedFile; values: Map<string, Val> }[] }
  /** Called module: the caller's arguments, evaluated lazily in the caller's scope. */
  | { kind: 'call'; call: string; args: Map<string, ModuleArgument> };

/** A caller's argument to a module variable, evaluated lazily in the caller's scope. */
interface ModuleArgument {
  read: () => Val;
  /** The same in the caller's open scope (see `ModuleInstance.open`). */
  readOpen: () => Val;
  exprRange: SourceRange;
}

export interface InstanceOptions {
  /** Address prefix: '' for a root module, `module.site.` (and deeper) for called ones. */
  prefix: string;
  via: { name: string; range: SourceRange }[];
  /** Only resources declared in these files become entities (root: the run's files). */
  emitFrom?: (path: string) => boolean;
  /** Inherited from the caller: deployed only when / looped as the module call is. */
  conditional?: { expression: string; range: SourceRange };
  looped?: { expression: string; range: SourceRange };
  /** Inherited from the caller: the call has no instance with the root module's defaults (see `ModuleInstance.open`). */
  offByDefault?: true;
  /** Provider constraints of the callers (child modules use the root's provider). */
  inheritedConstraints: string[];
  inheritedLock?: string;
  /** Directories on the current call path, to stop on module cycles. */
  stack: string[];
  /** Module key of this instance as `modules.json` writes it (call names, no instance keys): [] for the root. */
  moduleKey: string[];
  root: RootModule;
}

/** What every instance needs of the root module: its directory and the modules `terraform init` installed for it. */
export interface RootModule {
  dir: string;
  installed(key: string): InstalledModule;
}

interface ChildInstances {
  instances: { instance?: string; looped: boolean; conditional: boolean; child: ModuleInstance }[];
  /** How the call repeats: what `module.<call>` is as a value. */
  repetition: 'none' | 'count' | 'for_each';
  /** False when the instance budget cut the instances short. */
  complete: boolean;
}

export interface ModuleResult {
  entities: Entity[];
  patches: SitePatch[];
  /** The entities the root module's defaults leave out (see `ModuleInstance.open`): only patches left out with them change them. */
  offByDefault: Set<Entity>;
}

const MAX_MODULE_DEPTH = 16;
/** Beyond this many instances a loop is kept as one looped entity. */
const MAX_INSTANCES = 1000;

/** One instance of a module (a directory) with its inputs: resolves its values and maps its resources. */
export class ModuleInstance {
  private readonly variableCache = new Map<string, Val>();
  private readonly localCache = new Map<string, Val>();
  private readonly localsInProgress = new Set<string>();
  /** The same for the open scope (see `open`). */
  private readonly openVariableCache = new Map<string, Val>();
  private readonly openLocalCache = new Map<string, Val>();
  private readonly outputCache = new Map<string, Val>();
  private readonly outputsInProgress = new Set<string>();
  /** Instances of the modules this one calls, made once: entities and `module.x.out` share their caches. */
  private readonly children = new Map<string, ChildInstances | undefined>();
  readonly era: ProviderEra | undefined;
  readonly version: string | undefined;

  constructor(
    private readonly ws: Workspace,
    readonly mod: ModuleDecl,
    private readonly inputs: Inputs,
    private readonly options: InstanceOptions,
  ) {
    const lock = mod.azurermLocked ?? options.inheritedLock;
    const constraints = [...options.inheritedConstraints, ...mod.azurermConstraints];
    this.era = providerEra(lock !== undefined ? [lock] : constraints);
    this.version = lock ?? (constraints.length > 0 ? constraints.join(', ') : undefined);
  }

  scope(extra: Partial<Scope> = {}): Scope {
    return {
      variable: (name, at) => this.variable(name, at),
      local: (name, at) => this.local(name, at),
      moduleDir: this.mod.dir,
      prefix: this.options.prefix,
      moduleOutput: (call, key, output, at) => this.moduleOutput(call, key, output, at),
      moduleValue: (call, at) => this.moduleValue(call, at),
      fileExists: (p) => this.ws.exists(p),
      ...extra,
    };
  }

  /**
   * `var.name`: the caller's argument or the last variable file that sets it, else
   * the default; with the hops that lead from the reference to where it is written.
   */
  variable(name: string, at: SourceRange): Val {
    const cached = this.variableCache.get(name);
    if (cached) return cached;
    const decl = this.mod.variables.get(name);
    let val: Val;
    if (!decl) val = unknownVal(`var.${name}`, at, `variable "${name}" is not declared`);
    else {
      const param: Hop = { kind: 'parameter', name, range: decl.file.range(decl.block.header), secure: decl.sensitive };
      const given = this.given(name, decl.nonNullable);
      const conversion = { file: decl.file, evalDefault: (e: Expr, f: SourceFile) => evaluate(e, f, constantScope(this.mod.dir, 'type defaults')) };
      if (given) val = withHops(convertToType(given.val, decl.type, conversion), [param, ...given.hops]);
      else if (decl.default) {
        // The default is converted too: its optional attributes get their defaults.
        const def = evaluate(decl.default.expr, decl.file, constantScope(this.mod.dir, 'variable defaults'));
        val = withHops(convertToType(def, decl.type, conversion), [param, { kind: 'parameter-default', name, range: def.range }]);
      } else val = unknownVal(`var.${name}`, param.range, `variable "${name}" has no value and no default`, [param]);
    }
    this.variableCache.set(name, val);
    return val;
  }

  private given(name: string, nonNullable: boolean): { val: Val; hops: Hop[] } | undefined {
    if (this.inputs.kind === 'call') {
      const arg = this.inputs.args.get(name);
      if (!arg) return undefined;
      const val = arg.read();
      // `null` is a value unless the variable says `nullable = false`; then the default applies.
      if (val.t === 'null' && nonNullable) return undefined;
      return { val, hops: [{ kind: 'module-argument', name: this.inputs.call, call: this.inputs.call, range: arg.exprRange }] };
    }
    let found: { val: Val; hops: Hop[] } | undefined;
    for (const vf of this.inputs.varFiles) {
      const v = vf.values.get(name);
      if (v) found = { val: v, hops: [{ kind: 'tfvars', name, range: v.range }] };
    }
    return found;
  }

  local(name: string, at: SourceRange): Val {
    const cached = this.localCache.get(name);
    if (cached) return cached;
    const decl = this.mod.locals.get(name);
    if (!decl) return unknownVal(`local.${name}`, at, `local "${name}" is not declared`);
    if (this.localsInProgress.has(name)) return unknownVal(`local.${name}`, at, `local "${name}" refers to itself`);
    this.localsInProgress.add(name);
    const v = evaluate(decl.attr.expr, decl.file, this.scope());
    this.localsInProgress.delete(name);
    const val = withHops(v, [{ kind: 'local', name, range: decl.file.range(decl.attr.expr.span) }]);
    this.localCache.set(name, val);
    return val;
  }

  /**
   * `scope` with the root module's defaults open: a variable of the root module that no variable
   * file sets is unknown here (a variable file or `-var` may set it), and so is whatever depends on
   * it, in this module or, through the arguments of the calls, in a module it calls. Used only where
   * a default would make a site disappear (a `count` of 0, an empty `for_each`), to tell that apart
   * from a site the configuration itself never deploys.
   */
  open(scope: Scope): Scope {
    return { ...scope, variable: (name, at) => this.openVariable(name, at), local: (name, at) => this.openLocal(name, at) };
  }

  private openVariable(name: string, at: SourceRange): Val {
    const cached = this.openVariableCache.get(name);
    if (cached) return cached;
    const decl = this.mod.variables.get(name);
    let val = this.variable(name, at);
    if (decl && this.inputs.kind === 'call') {
      // A called module's own default is its caller's choice (it passed nothing): it stays.
      const open = this.inputs.args.get(name)?.readOpen();
      if (open?.t === 'unknown' && !open.error) val = open;
    } else if (decl?.default && !this.given(name, decl.nonNullable)) {
      val = unknownVal(`var.${name}`, decl.file.range(decl.block.header), `variable "${name}" takes its default, which a variable file may change`);
    }
    this.openVariableCache.set(name, val);
    return val;
  }

  private openLocal(name: string, at: SourceRange): Val {
    const cached = this.openLocalCache.get(name);
    if (cached) return cached;
    const decl = this.mod.locals.get(name);
    if (!decl || this.localsInProgress.has(name)) return this.local(name, at);
    this.localsInProgress.add(name);
    const val = evaluate(decl.attr.expr, decl.file, this.open(this.scope()));
    this.localsInProgress.delete(name);
    this.openLocalCache.set(name, val);
    return val;
  }

  /** `output "name"` of this instance, evaluated in its scope. */
  output(name: string, at: SourceRange): Val {
    const cached = this.outputCache.get(name);
    if (cached) return cached;
    const decl = this.mod.outputs.get(name);
    if (!decl) return errorVal(`${this.options.prefix}${name}`, at, `the module has no output "${name}"`);
    if (this.outputsInProgress.has(name)) return unknownVal(`${this.options.prefix}${name}`, at, `output "${name}" depends on itself`);
    this.outputsInProgress.add(name);
    const val = evaluate(decl.attr.expr, decl.file, this.scope());
    this.outputsInProgress.delete(name);
    this.outputCache.set(name, val);
    return val;
  }

  /** `module.<call>[key].<output>` as Terraform knows it before apply. */
  private moduleOutput(callName: string, key: Val | undefined, output: string, at: SourceRange): Val {
    const text = `module.${callName}`;
    const call = this.mod.calls.find((c) => c.name === callName);
    if (!call) return errorVal(text, at, `no module call "${callName}"`);
    const children = this.childInstances(call);
    if (!children) return unknownVal(text, at, `module.${callName} is not available locally`);
    if (key?.t === 'unknown') return dependsOn(key, text, at);
    const wanted = key === undefined ? undefined : key.t === 'number' ? `[${key.v}]` : `[${JSON.stringify(asString(key) ?? '')}]`;
    const found = children.instances.find((i) => i.instance === wanted && !i.looped);
    if (!found) {
      if (children.instances.some((i) => i.looped)) return unknownVal(text, at, `the instances of module.${callName} are not known`);
      return errorVal(text, at, `module.${callName} has no instance ${wanted ?? '(without a key)'}`);
    }
    return found.child.output(output, at);
  }

  /**
   * `module.<call>` as Terraform knows it before apply: an object of its outputs; with `count`, a
   * tuple of its instances' objects; with `for_each`, an object of them by key. Unknown when the
   * instances are not (an unknown or opened repetition, a cut by the instance budget).
   */
  private moduleValue(callName: string, at: SourceRange): Val {
    const text = `module.${callName}`;
    const call = this.mod.calls.find((c) => c.name === callName);
    if (!call) return errorVal(text, at, `no module call "${callName}"`);
    const children = this.childInstances(call);
    if (!children) return unknownVal(text, at, `module.${callName} is not available locally`);
    if (!children.complete || children.instances.some((i) => i.looped || i.conditional)) return unknownVal(text, at, `the instances of module.${callName} are not known`);
    const outputs = (child: ModuleInstance): Val => ({
      t: 'object',
      entries: [...child.mod.outputs.keys()].sort(lexical).map((name) => ({ key: name, keyRange: at, value: child.output(name, at) })),
      range: at,
      hops: [],
    });
    const { instances } = children;
    if (children.repetition === 'count') return { t: 'list', items: instances.map((i) => outputs(i.child)), range: at, hops: [] };
    if (children.repetition === 'for_each') {
      const keyed = instances.map((i) => ({ key: JSON.parse((i.instance ?? '[""]').slice(1, -1)) as string, child: i.child }));
      keyed.sort((a, b) => lexical(a.key, b.key));
      return { t: 'object', entries: keyed.map(({ key, child }) => ({ key, keyRange: at, value: outputs(child) })), range: at, hops: [] };
    }
    const only = instances[0];
    return only ? outputs(only.child) : unknownVal(text, at, `the instances of module.${callName} are not known`);
  }

  /** The entities of this instance and of the modules it calls, and the patches their config resources make. */
  entities(): ModuleResult {
    const out: ModuleResult = { entities: [], patches: [], offByDefault: new Set() };
    for (const r of this.mod.resources) {
      if (this.options.emitFrom && !this.options.emitFrom(r.file.source.path)) continue;
      if (!isCandidate(r.type)) continue;
      const declaration = r.file.source.range(r.block.header);
      const name = `${this.options.prefix}${r.type}.${r.name}`;
      this.guarded(name, declaration, () => {
        for (const inst of this.expand(r.block, r.file.source)) {
          const ctx: EntityContext = {
            format: 'terraform',
            file: r.file.source.path,
            resourceType: r.type,
            name,
            symbol: `${r.type}.${r.name}`,
            prefix: this.options.prefix,
            declaration,
            extent: r.file.source.range(r.block.span),
            ...(inst.instance !== undefined ? { instance: inst.instance } : {}),
            ...(inst.conditional ?? this.options.conditional ? { conditional: inst.conditional ?? this.options.conditional } : {}),
            ...(inst.looped ?? this.options.looped ? { looped: inst.looped ?? this.options.looped } : {}),
            via: this.options.via,
            ...(this.version !== undefined ? { version: this.version } : {}),
            ...(this.era !== undefined ? { era: this.era } : {}),
          };
          const view = new BodyView(r.file.source, r.block.body, inst.scope, ctx.declaration);
          if (r.type === 'azapi_resource' || r.type === 'azapi_update_resource') {
            const patch = readSitePatch(r.type, view, ctx);
            // A change the defaults leave out is made only to a site left out with it: it would hide what the site deploys without it.
            if (patch.kind === 'patch') out.patches.push(inst.offByDefault ?? this.options.offByDefault ? { ...patch.patch, offByDefault: true } : patch.patch);
            else if (patch.kind === 'elsewhere') this.ws.note(`${name}${inst.instance ?? ''} changes a site that is not declared in this configuration (${patch.what} is not a resource here): its settings are not checked`, patch.range);
            if (patch.kind !== 'none' || r.type === 'azapi_update_resource') {
              if (patch.kind === 'none') this.unknownAzapiType(view, `${name}${inst.instance ?? ''}`);
              continue;
            }
          }
          const entity = this.mapResource(r.type, view, ctx);
          if (entity) out.entities.push(entity);
          if (entity && (inst.offByDefault ?? this.options.offByDefault)) out.offByDefault.add(entity);
        }
      });
    }
    for (const call of this.mod.calls) {
      this.guarded(`${this.options.prefix}module.${call.name}`, call.file.source.range(call.block.header), () => {
        const r = this.callModule(call);
        out.entities.push(...r.entities);
        out.patches.push(...r.patches);
        for (const e of r.offByDefault) out.offByDefault.add(e);
      });
    }
    return out;
  }

  /**
   * Pathological nesting can exhaust the stack while evaluating, and mtlslint can fail: report it on
   * the block (a module call when it is in the module), keep the rest.
   */
  private guarded(name: string, at: SourceRange, run: () => void): void {
    try {
      run();
    } catch (e) {
      const message = e instanceof RangeError ? `${name}: expressions nested too deeply to evaluate` : `${name}: not analysed, mtlslint failed while evaluating it (internal error: ${e instanceof Error ? e.message : String(e)})`;
      this.ws.diagnostics.push({ ruleId: 'parse-error', message, range: at });
    }
  }

  /** An azapi resource whose `type` is not known may be a site: say so rather than skip it silently. */
  private unknownAzapiType(view: BodyView, label: string): void {
    const t = view.attr('type');
    if (!t || t.val.t !== 'unknown') return;
    // `cond ? "Microsoft.Web/sites/hostNameBindings@…" : "…slots/hostNameBindings@…"`: known not to be a site.
    const alternatives = t.val.oneOf;
    if (alternatives && alternatives.every((v) => !azapiSiteType(v) && !azapiConfigType(v))) return;
    this.ws.note(
      `${label}: its type is only known at deployment (${t.val.reason}); it could be Microsoft.Web/sites or a slot, whose mutual-TLS settings are then not checked. Give the type a value mtlslint can read (a literal, a variable default or a tfvars entry).`,
      t.exprRange,
    );
  }

  private mapResource(type: string, view: BodyView, ctx: EntityContext): Entity | undefined {
    let entity: Entity | undefined;
    if (type in AZURERM_SITE_TYPES) entity = mapAzurermSite(view, ctx);
    else if (type === 'azurerm_app_service_certificate') entity = mapCertificate(view, ctx);
    else if (type === 'azapi_resource') {
      const t = view.attr('type');
      const siteType = t ? azapiSiteType(t.val) : undefined;
      if (!siteType) {
        this.unknownAzapiType(view, `${ctx.name}${ctx.instance ?? ''}`);
        return undefined;
      }
      const typeName = t ? asString(t.val) : undefined;
      entity = mapAzapiSite(view, view.attr('body'), { ...ctx, resourceType: siteType, ...(typeName?.includes('@') ? { version: typeName.split('@')[1] ?? '' } : {}) });
    }
    // A slot names its site by value: `parent_id = var.site_id` in a module still finds the site's address.
    const parentAttr = type === 'azapi_resource' ? 'parent_id' : AZURERM_SITE_TYPES[type]?.parent;
    if (entity?.entity === 'site' && entity.slotOf && parentAttr) {
      const parent = view.attr(parentAttr);
      if (parent?.val.t === 'unknown' && parent.val.ref && parent.val.ref.suffix === '') entity.slotOf = { name: parent.val.ref.address, range: parent.exprRange };
    }
    return entity;
  }

  /**
   * A `count` of 0 or an empty `for_each` that rests on a default of the root module's variables
   * (see `open`): the value it would have were those defaults changed, unknown; undefined when the
   * configuration itself decides there is none (a literal, or a caller's argument).
   */
  private openZero(expr: Expr, file: SourceFile, scope: Scope, what: 'count.index' | 'each.value'): UnknownVal | undefined {
    const v = evaluate(expr, file, this.open(scope));
    if (v.t !== 'unknown' || v.error) return undefined;
    const why = what === 'count.index' ? 'count is 0' : 'for_each is empty';
    return unknownVal(what, file.range(expr.span), `${why} with the root module's defaults, which a variable file may change`, v.hops);
  }

  /** `count` and `for_each` over known collections become one instance each; otherwise one instance marked looped or conditional. */
  expand(
    block: Block,
    file: SourceFile,
  ): { instance?: string; scope: Scope; conditional?: { expression: string; range: SourceRange }; looped?: { expression: string; range: SourceRange }; offByDefault?: true }[] {
    const count = findAttribute(block.body, 'count');
    const forEach = findAttribute(block.body, 'for_each');
    const base = this.scope();
    if (count) {
      const v = evaluate(count.expr, file, base);
      const where = { expression: file.slice(count.expr.span), range: file.range(count.expr.span) };
      if (v.t === 'number' && Number.isInteger(v.v) && v.v >= 0) {
        const open = v.v === 0 ? this.openZero(count.expr, file, base, 'count.index') : undefined;
        if (open) {
          // None with the defaults, but a variable file may make it one or more: checked as one, marked as what decides it.
          if (count.expr.type === 'conditional')
            return [{ instance: '[0]', scope: this.scope({ countIndex: { t: 'number', v: 0, range: where.range, hops: [] } }), conditional: { expression: file.slice(count.expr.condition.span), range: file.range(count.expr.condition.span) }, offByDefault: true }];
          return [{ scope: this.scope({ countIndex: open }), looped: where, offByDefault: true }];
        }
        if (v.v > MAX_INSTANCES) return [{ scope: this.scope({ countIndex: unknownVal('count.index', where.range, 'too many instances to expand') }), looped: where }];
        return Array.from({ length: v.v }, (_, i) => ({ instance: `[${i}]`, scope: this.scope({ countIndex: { t: 'number', v: i, range: where.range, hops: [] } }) }));
      }
      const index = unknownVal('count.index', where.range, 'count is not known');
      if (count.expr.type === 'conditional') {
        const cond = { expression: file.slice(count.expr.condition.span), range: file.range(count.expr.condition.span) };
        return [{ instance: '[0]', scope: this.scope({ countIndex: { t: 'number', v: 0, range: where.range, hops: [] } }), conditional: cond }];
      }
      return [{ scope: this.scope({ countIndex: index }), looped: where }];
    }
    if (forEach) {
      const v = evaluate(forEach.expr, file, base);
      const where = { expression: file.slice(forEach.expr.span), range: file.range(forEach.expr.span) };
      // A set (or a list, leniently) of strings: each.key and each.value are both the element.
      const elements = v.t === 'list' ? elementsOf({ ...v, set: true }) : elementsOf(v);
      if (elements && elements.length > MAX_INSTANCES) return [{ scope: base, looped: where }];
      const open = elements?.length === 0 ? this.openZero(forEach.expr, file, base, 'each.value') : undefined;
      if (open) return [{ scope: this.scope({ each: { key: { ...open, expression: 'each.key' }, value: open } }), looped: where, offByDefault: true }];
      if (elements) return elements.map(({ key, value }) => ({ instance: `[${JSON.stringify(asString(key) ?? '')}]`, scope: this.scope({ each: { key, value } }) }));
      const unknown = unknownVal(where.expression, where.range, v.t === 'unknown' ? v.reason : 'for_each is not a collection');
      return [{ scope: this.scope({ each: { key: unknown, value: unknown } }), looped: where }];
    }
    return [{ scope: base }];
  }

  /**
   * A module call: the module's resources with the caller's arguments as its variables.
   * Local sources are read from their directory; registry, git and other remote sources from
   * where `terraform init` put them (`.terraform/modules/modules.json` of the root module).
   * A module that is not available is reported, never skipped silently.
   */
  private callModule(call: ModuleCall): ModuleResult {
    const out: ModuleResult = { entities: [], patches: [], offByDefault: new Set() };
    for (const { child } of this.childInstances(call)?.instances ?? []) {
      const r = child.entities();
      out.entities.push(...r.entities);
      out.patches.push(...r.patches);
      for (const e of r.offByDefault) out.offByDefault.add(e);
    }
    return out;
  }

  /** The instances of a called module (one per `count` / `for_each` element), or undefined when its source is not available. */
  private childInstances(call: ModuleCall): ChildInstances | undefined {
    if (this.children.has(call.name)) return this.children.get(call.name);
    this.children.set(call.name, undefined);
    const key = [...this.options.moduleKey, call.name];
    const header = call.file.source.range(call.block.header);
    const source = findAttribute(call.block.body, 'source');
    const sourceRange = call.file.source.range(source ? source.expr.span : call.block.header);
    const dir = call.localDir ?? this.installedDir(call, key.join('.'), header);
    if (!dir) return undefined;
    if (dir === this.mod.dir || this.options.stack.includes(dir)) return undefined;
    if (this.options.stack.length >= MAX_MODULE_DEPTH) {
      this.ws.note(`module not read: it is nested more than ${MAX_MODULE_DEPTH} modules deep (an evaluation bound of mtlslint)`, sourceRange);
      return undefined;
    }
    if (!this.ws.confine(dir, sourceRange, 'dir')) return undefined;
    const mod = readModule(this.ws, dir);
    if (mod.files.length === 0) {
      this.ws.note(`module.${call.name}: no Terraform files in ${call.source ?? dir}; its resources are not checked`, header);
      return undefined;
    }
    for (const f of mod.files) this.ws.publish(f);
    const file = call.file.source;
    const repetition = findAttribute(call.block.body, 'count') ? 'count' : findAttribute(call.block.body, 'for_each') ? 'for_each' : 'none';
    const result: ChildInstances = { instances: [], repetition, complete: true };
    this.children.set(call.name, result);
    const expanded = this.expand(call.block, file);
    for (const [i, inst] of expanded.entries()) {
      if (!this.ws.budget.take(1)) {
        this.ws.note(instanceCut(`module.${call.name}`, expanded.length - i, this.ws.budget), sourceRange);
        result.complete = false;
        break;
      }
      const callName = `module.${call.name}${inst.instance ?? ''}`;
      const args = new Map<string, ModuleArgument>();
      for (const a of call.block.body.attributes) {
        if (['source', 'version', 'count', 'for_each', 'providers', 'depends_on'].includes(a.name)) continue;
        args.set(a.name, { read: () => evaluate(a.expr, file, inst.scope), readOpen: () => evaluate(a.expr, file, this.open(inst.scope)), exprRange: file.range(a.expr.span) });
      }
      const child = new ModuleInstance(this.ws, mod, { kind: 'call', call: `module.${call.name}`, args }, {
        prefix: `${this.options.prefix}${callName}.`,
        via: [...this.options.via, { name: `${this.options.prefix}${callName}`, range: header }],
        ...(inst.conditional ?? this.options.conditional ? { conditional: inst.conditional ?? this.options.conditional } : {}),
        ...(inst.looped ?? this.options.looped ? { looped: inst.looped ?? this.options.looped } : {}),
        ...(inst.offByDefault ?? this.options.offByDefault ? { offByDefault: true as const } : {}),
        inheritedConstraints: [...this.options.inheritedConstraints, ...this.mod.azurermConstraints],
        ...(this.mod.azurermLocked ?? this.options.inheritedLock ? { inheritedLock: this.mod.azurermLocked ?? this.options.inheritedLock } : {}),
        stack: [...this.options.stack, this.mod.dir],
        moduleKey: key,
        root: this.options.root,
      });
      result.instances.push({ ...(inst.instance !== undefined ? { instance: inst.instance } : {}), looped: inst.looped !== undefined, conditional: inst.conditional !== undefined, child });
    }
    return result;
  }

  /** The directory `terraform init` installed a non-local module into, or a note saying how to get it. */
  private installedDir(call: ModuleCall, key: string, at: SourceRange): string | undefined {
    const source = call.source === undefined ? 'a source mtlslint cannot read' : `source "${call.source}"${call.version ? ` (version ${call.version})` : ''}`;
    const installed = this.options.root.installed(key);
    if (installed.kind === 'found') return installed.dir;
    const why =
      installed.kind === 'refused'
        ? `.terraform/modules/modules.json points it outside .terraform/modules (${installed.dir}), which mtlslint does not read`
        : `it is not available locally: run \`terraform init\` in ${rootDirName(call.file.source.path, this.options.root.dir)} to download it into .terraform/modules, then lint again`;
    this.ws.note(`module.${call.name}: ${source} — ${why}. Its resources are not checked.`, at);
    return undefined;
  }
}

/** The root module's directory as the user sees it from the file of the call. */
function rootDirName(callFile: string, rootDir: string): string {
  const rel = relative(dirname(callFile), rootDir);
  return rel === '' ? 'the directory of this file' : `the root module (${rel.split(sep).join('/')})`;
}

function isCandidate(type: string): boolean {
  return type in AZURERM_SITE_TYPES || type === 'azurerm_app_service_certificate' || type === 'azapi_resource' || type === 'azapi_update_resource';
}
