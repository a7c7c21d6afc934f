import type { Entity, Hop, SiteSettings, SourceRange } from '../../src/model/index.js';
import { BUDGET } from '../shared/budget.js';
import { azapiConfigType, mergeConfig, readAzapiConfig } from './azapi-config.js';
import { azapiSiteType, mapAzapiSite } from './azapi-sites.js';
import { AZURERM_SITE_TYPES, mapAzurermSite } from './azurerm-sites.js';
import { mapCertificate } from './certificates.js';
import { BodyView, iterate } from './config-view.js';
import type { EntityContext } from './entity-context.js';
import { evaluate, type Scope } from './evaluate.js';
import { findAttribute, type Block } from './hcl/ast.js';
import { readModule, type ModuleCall, type ModuleDecl } from './module-model.js';
import { providerEra, type ProviderEra } from './provider-version.js';
import type { SourceFile } from './source-file.js';
import { asString, unknownVal, withHops, type Val } from './values.js';
import type { LoadedFile, Workspace } from './workspace.js';

/** What a module instance receives for its variables. */
export type Inputs =
  /** Root module: variable files (auto-loaded, then `--var-file`), later wins. */
  | { kind: 'root'; varFiles: { file: LoadedFile; values: Map<string, Val> }[] }
  /** Called module: the caller's arguments, evaluated lazily in the caller's scope. */
  | { kind: 'call'; call: string; args: Map<string, { read: () => Val; exprRange: SourceRange }> };

export interface InstanceOptions {
  /** Address prefix: '' for a root module, `module.site.` (and deeper) for called ones. */
  prefix: string;
  via: { name: string; range: SourceRange }[];
  /** Only resources declared in these files become entities (root: the run's files). */
  emitFrom?: (path: string) => boolean;
  /** Inherited from the caller: deployed only when / looped as the module call is. */
  conditional?: { expression: string; range: SourceRange };
  looped?: { expression: string; range: SourceRange };
  /** Provider constraints of the callers (child modules use the root's provider). */
  inheritedConstraints: string[];
  inheritedLock?: string;
  /** Directories on the current call path, to stop on module cycles. */
  stack: string[];
}

const MAX_MODULE_DEPTH = 16;
/** Beyond this many instances a loop is kept as one looped entity. */
const MAX_INSTANCES = 1000;

/** One instance of a module (a directory) with its inputs: resolves its values and maps its resources. */
export class ModuleInstance {
  private readonly variableCache = new Map<string, Val>();
  private readonly localCache = new Map<string, Val>();
  private readonly localsInProgress = new Set<string>();
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
      if (given) val = withHops(given.val, [param, ...given.hops]);
      else if (decl.default) {
        const def = evaluate(decl.default.expr, decl.file, this.scope());
        val = withHops(def, [param, { kind: 'parameter-default', range: def.range }]);
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
      return { val, hops: [{ kind: 'module-argument', name: this.inputs.call, range: arg.exprRange }] };
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

  entities(): Entity[] {
    const out: Entity[] = [];
    const configs: { target: string; settings: Partial<SiteSettings> }[] = [];
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
          const config = r.type === 'azapi_resource' ? this.azapiConfig(view, ctx) : undefined;
          if (config) configs.push(config);
          const entity = config ? undefined : this.mapResource(r.type, view, ctx);
          if (entity) out.push(entity);
        }
      });
    }
    // Config children apply to every instance of their site.
    for (const c of configs) for (const e of out) if (e.entity === 'site' && e.name === c.target) mergeConfig(e, c.settings);
    for (const call of this.mod.calls) {
      this.guarded(`${this.options.prefix}module.${call.name}`, call.file.source.range(call.block.header), () => out.push(...this.callModule(call)));
    }
    return out;
  }

  /** Pathological nesting can exhaust the stack while evaluating: report it on the block, keep the rest. */
  private guarded(name: string, at: SourceRange, run: () => void): void {
    try {
      run();
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      this.ws.diagnostics.push({ ruleId: 'parse-error', message: `${name}: expressions nested too deeply to evaluate`, range: at });
    }
  }


  /** An azapi `Microsoft.Web/sites/config` child (`web` or `appsettings`) of a site declared here. */
  private azapiConfig(view: BodyView, ctx: EntityContext): { target: string; settings: Partial<SiteSettings> } | undefined {
    const t = view.attr('type');
    if (!t || !azapiConfigType(t.val)) return undefined;
    const parent = view.reference('parent_id');
    if (!parent) return undefined;
    const nameRead = view.attr('name');
    const name = nameRead ? asString(nameRead.val)?.toLowerCase() : undefined;
    return { target: ctx.prefix + parent.address, settings: readAzapiConfig(name, view.attr('body'), ctx.declaration) };
  }

  private mapResource(type: string, view: BodyView, ctx: EntityContext): Entity | undefined {
    if (type in AZURERM_SITE_TYPES) return mapAzurermSite(view, ctx);
    if (type === 'azurerm_app_service_certificate') return mapCertificate(view, ctx);
    if (type === 'azapi_resource') {
      const t = view.attr('type');
      const siteType = t ? azapiSiteType(t.val) : undefined;
      if (!siteType) return undefined;
      const typeName = t ? asString(t.val) : undefined;
      return mapAzapiSite(view, view.attr('body'), { ...ctx, resourceType: siteType, ...(typeName?.includes('@') ? { version: typeName.split('@')[1] ?? '' } : {}) });
    }
    return undefined;
  }

  /** `count` and `for_each` over known collections become one instance each; otherwise one instance marked looped or conditional. */
  expand(block: Block, file: SourceFile): { instance?: string; scope: Scope; conditional?: { expression: string; range: SourceRange }; looped?: { expression: string; range: SourceRange } }[] {
    const count = findAttribute(block.body, 'count');
    const forEach = findAttribute(block.body, 'for_each');
    const base = this.scope();
    if (count) {
      const v = evaluate(count.expr, file, base);
      const where = { expression: file.slice(count.expr.span), range: file.range(count.expr.span) };
      if (v.t === 'number' && Number.isInteger(v.v) && v.v >= 0) {
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
      const elements = iterate(v);
      if (elements && elements.length > MAX_INSTANCES) return [{ scope: base, looped: where }];
      if (elements && v.t === 'list') {
        // A set of strings: each.key and each.value are both the element.
        return elements.map(({ value }) => ({ instance: `[${JSON.stringify(asString(value) ?? '')}]`, scope: this.scope({ each: { key: value, value } }) }));
      }
      if (elements) return elements.map(({ key, value }) => ({ instance: `[${JSON.stringify(asString(key) ?? '')}]`, scope: this.scope({ each: { key, value } }) }));
      const unknown = unknownVal(where.expression, where.range, v.t === 'unknown' ? v.reason : 'for_each is not a collection');
      return [{ scope: this.scope({ each: { key: unknown, value: unknown } }), looped: where }];
    }
    return [{ scope: base }];
  }

  /**
   * A local module call: the module's resources with the caller's arguments as its
   * variables. Registry and git sources are not fetched: they yield nothing.
   */
  private callModule(call: ModuleCall): Entity[] {
    if (!call.localDir) return [];
    if (call.localDir === this.mod.dir || this.options.stack.includes(call.localDir)) return [];
    const source = findAttribute(call.block.body, 'source');
    const sourceRange = call.file.source.range(source ? source.expr.span : call.block.header);
    if (this.options.stack.length >= MAX_MODULE_DEPTH) {
      this.ws.note(`module not read: it is nested more than ${MAX_MODULE_DEPTH} modules deep (an evaluation bound of mtlslint)`, sourceRange);
      return [];
    }
    if (!this.ws.confine(call.localDir, sourceRange, 'dir')) return [];
    const mod = readModule(this.ws, call.localDir);
    for (const f of mod.files) this.ws.publish(f);
    const file = call.file.source;
    const out: Entity[] = [];
    for (const inst of this.expand(call.block, file)) {
      if (!this.ws.budget.take(1)) {
        this.ws.note(`module instance not read: the configuration expands to more than ${BUDGET.instances} module instances (an evaluation bound of mtlslint)`, sourceRange);
        break;
      }
      const callName = `module.${call.name}${inst.instance ?? ''}`;
      const args = new Map<string, { read: () => Val; exprRange: SourceRange }>();
      for (const a of call.block.body.attributes) {
        if (['source', 'version', 'count', 'for_each', 'providers', 'depends_on'].includes(a.name)) continue;
        args.set(a.name, { read: () => evaluate(a.expr, file, inst.scope), exprRange: file.range(a.expr.span) });
      }
      const child = new ModuleInstance(this.ws, mod, { kind: 'call', call: `module.${call.name}`, args }, {
        prefix: `${this.options.prefix}${callName}.`,
        via: [...this.options.via, { name: `${this.options.prefix}${callName}`, range: file.range(call.block.header) }],
        ...(inst.conditional ?? this.options.conditional ? { conditional: inst.conditional ?? this.options.conditional } : {}),
        ...(inst.looped ?? this.options.looped ? { looped: inst.looped ?? this.options.looped } : {}),
        inheritedConstraints: [...this.options.inheritedConstraints, ...this.mod.azurermConstraints],
        ...(this.mod.azurermLocked ?? this.options.inheritedLock ? { inheritedLock: this.mod.azurermLocked ?? this.options.inheritedLock } : {}),
        stack: [...this.options.stack, this.mod.dir],
      });
      out.push(...child.entities());
    }
    return out;
  }
}

function isCandidate(type: string): boolean {
  return type in AZURERM_SITE_TYPES || type === 'azurerm_app_service_certificate' || type === 'azapi_resource';
}
