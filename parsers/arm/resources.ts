import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Node } from 'jsonc-parser';
import { instanceCut, type InstanceBudget } from '../shared/budget.js';
import type { SourceRange } from '../../src/model/index.js';
import { member, memberNode, members, nodeText, rangeOf, stringValue, type JsonFile } from '../shared/json.js';
import { joinNames, nameOf, parameterName, type ResourceName } from './names.js';
import { Scope, type Identify } from './scope.js';
import { isExpression, parseExpression } from '../shared/arm-expression/parser.js';
import { toBool } from '../shared/arm-expression/functions.js';
import { decidedFalse, restsOnRootDefault, through, unknown, type AVal } from '../shared/arm-value.js';
import { CERTIFICATE, SITE_CONFIG, SLOT_CONFIG } from '../shared/site-configs.js';
import { isSiteType } from './sites.js';
import { linkedTemplateNote, shownLink } from '../shared/linked-template.js';

/** Loops are expanded up to this many instances; larger ones stay one looped entity. */
export const MAX_COPY = 100;

/** How a resource is deployed: through which nested deployments, under which condition or loop. */
export interface Deployment {
  via: { name: string; range: SourceRange }[];
  conditional?: { expression: string; range: SourceRange };
  looped?: { expression: string; range: SourceRange };
  instance: string;
  /** Left out by the defaults of the outermost template (a false condition, an empty loop), kept because a parameter file may deploy it. */
  offByDefault?: true;
}

/** One resource declaration (one loop instance of it) with the scope its expressions see. */
export interface ResourceInstance {
  /** Resources are matched to their children only within the same template. */
  templateId: number;
  node: Node;
  scope: Scope;
  type: string;
  typeKey: string;
  /** The `"type"` member: the declaration range of entities. */
  declaration: SourceRange;
  /**
   * Evaluated, as far as it can be, for every resource collected: the types the mapping reads
   * (`readType`) and the parents of nested children (whose names start with their parent's).
   */
  name: ResourceName | undefined;
  /** The name, or as written when it is not known. */
  displayName: string;
  symbolic?: string;
  parent?: ResourceInstance;
  existing: boolean;
  dependsOn: string[];
  version?: string;
  deployment: Deployment;
}

export interface CollectContext {
  diagnostic(message: string, file: JsonFile, node: Node): void;
  nextTemplateId(): number;
  /** Bounds the instances copy loops expand to across the template's nested deployments; a cut is a `note`. */
  budget?: InstanceBudget;
  note?(message: string, file: JsonFile, node: Node): void;
  /**
   * The template a linked deployment names in the linted tree (absolute here: see `followLink`),
   * read and parsed; else why not: 'refused' when it may not be read (the engine says why where it
   * is named). Absent: not read.
   */
  linkedFile?(path: string, at: SourceRange): { template: JsonFile; root: Node } | 'missing' | 'refused' | { unreadable: string } | { notTemplate: string };
  /** The outermost template's `parameters`: their defaults a parameter file may still change. */
  rootParameters?: SourceRange;
}

const within = (at: SourceRange, outer: SourceRange | undefined): boolean =>
  outer !== undefined && at.file === outer.file && at.startOffset >= outer.startOffset && at.endOffset <= outer.endOffset;

const DEPLOYMENTS = 'microsoft.resources/deployments';

function isLanguageVersion2(template: Node): boolean {
  const v = member(template, 'languageVersion');
  return v !== undefined && String(v.value ?? '').startsWith('2');
}

/** Every resource of a template, nested children and nested deployments included, in document order. */
export function collectResources(template: Node, scope: Scope, ctx: CollectContext, outer: Deployment, out: ResourceInstance[]): void {
  const templateId = ctx.nextTemplateId();
  const params = member(template, 'parameters');
  if (outer.via.length === 0) ctx.rootParameters = params ? rangeOf(scope.file, params) : undefined;
  const lv2 = isLanguageVersion2(template);
  const resources = member(template, 'resources');
  if (!resources) return;
  visitList(resources, undefined, scope, ctx, outer, out, templateId, lv2);
}

function visitList(
  list: Node,
  parent: ResourceInstance | undefined,
  scope: Scope,
  ctx: CollectContext,
  outer: Deployment,
  out: ResourceInstance[],
  templateId: number,
  lv2: boolean,
): void {
  if (list.type === 'array') {
    for (const r of list.children ?? []) visitResource(r, undefined, parent, scope, ctx, outer, out, templateId, lv2);
  } else if (list.type === 'object') {
    for (const [symbolic, r] of members(list)) visitResource(r, symbolic, parent, scope, ctx, outer, out, templateId, lv2);
  } else ctx.diagnostic('"resources" must be an array or an object', scope.file, list);
}

function visitResource(
  node: Node,
  symbolic: string | undefined,
  parent: ResourceInstance | undefined,
  scope: Scope,
  ctx: CollectContext,
  outer: Deployment,
  out: ResourceInstance[],
  templateId: number,
  lv2: boolean,
): void {
  const file = scope.file;
  if (node.type !== 'object') {
    ctx.diagnostic('a resource must be an object', file, node);
    return;
  }
  const typeProp = memberNode(node, 'type');
  const typeText = stringValue(typeProp?.children?.[1]);
  if (!typeProp || typeText === undefined) {
    ctx.diagnostic('a resource needs a "type" string', file, typeProp ?? node);
    return;
  }
  // Nested children write their type relative to the parent (`config`) or in full.
  const type = parent && !typeText.includes('/') ? `${parent.type}/${typeText}` : typeText;
  const typeKey = type.toLowerCase();
  const children = member(node, 'resources');
  // A type the mapping never reads, with no children that could be one (storage, networks, most
  // of a template): nothing of it can reach an entity, so its loop, condition and name are not
  // evaluated, and its instances take nothing from the budget.
  if (!readType(typeKey) && children === undefined) return;
  const declaration = rangeOf(file, typeProp);

  const instances: { scope: Scope; deployment: Deployment }[] = [];
  const copy = member(node, 'copy');
  if (copy?.type === 'object') {
    const loopName = stringValue(member(copy, 'name')) ?? '';
    const countNode = member(copy, 'count');
    const count = countNode ? scope.value(countNode) : undefined;
    const n = count?.t === 'prim' ? (typeof count.value === 'number' ? count.value : Number.NaN) : Number.NaN;
    const budget = ctx.budget;
    // Empty with the outermost template's defaults: a parameter file may fill it, so it is checked once, as written.
    // Not one over a fallback the template writes itself (`coalesce(parameters('x'), createArray())`): that literal decides.
    const emptyByDefault = n === 0 && count !== undefined && restsOnRootDefault(count, (at) => within(at, ctx.rootParameters));
    const countable = Number.isInteger(n) && n >= 0 && n <= MAX_COPY && !emptyByDefault;
    const fits = countable && (budget?.take(n) ?? true);
    if (!fits && countable && budget && countNode) {
      // Past the bound, a loop is checked once as written, until even that does not fit: then it is cut.
      const once = budget.take(1);
      ctx.note?.(once ? `${instanceCut(`copy loop '${loopName}'`, n - 1, budget)}; its resources are checked once, as written` : instanceCut(`copy loop '${loopName}'`, n, budget), file, countNode);
      if (!once) return;
    }
    if (fits) {
      for (let i = 0; i < n; i++) instances.push({ scope: scope.withLoop(loopName, i), deployment: { ...outer, instance: `${outer.instance}[${i}]` } });
    } else {
      const at = countNode ?? copy;
      const looped = { expression: at.type === 'string' ? String(at.value) : nodeText(file, at), range: rangeOf(file, at) };
      instances.push({ scope, deployment: { ...outer, looped, ...(emptyByDefault ? { offByDefault: true as const } : {}) } });
    }
  } else instances.push({ scope, deployment: { ...outer } });

  const conditionNode = member(node, 'condition');
  const deployed: typeof instances = [];
  for (const inst of instances) {
    const c = conditionNode ? inst.scope.value(conditionNode) : undefined;
    // No condition, or one known true, deploys unconditionally. Inside a nested deployment, whose
    // caller decides every value, one known false deploys nothing (unless it rests on a default of
    // the outermost template: `decidedFalse`). At the top, a false or unknown condition keeps the
    // resource (a parameter file may turn it on), marked conditional.
    if (!conditionNode || (c?.t === 'prim' && toBool(c) === true)) deployed.push(inst);
    else if (c?.t === 'prim' && toBool(c) === false && inst.deployment.via.length > 0 && decidedFalse({ ...c, value: false }, (at) => within(at, ctx.rootParameters))) continue;
    else {
      const expression = conditionNode.type === 'string' ? String(conditionNode.value) : nodeText(file, conditionNode);
      inst.deployment.conditional = { expression, range: rangeOf(file, conditionNode) };
      if (c?.t === 'prim' && toBool(c) === false) inst.deployment.offByDefault = true;
      deployed.push(inst);
    }
  }

  const nameNode = member(node, 'name');
  for (const inst of deployed) {
    const own = nameOf(nameNode, inst.scope);
    const name = parent?.name && own ? joinNames(parent.name, own) : own;
    const raw = nameNode?.type === 'string' ? String(nameNode.value) : nameNode ? nodeText(file, nameNode) : '';
    // A name known to be empty ('' by default, set at deployment) says nothing: shown as written instead.
    const displayName = name?.known && !name.segments.includes('')
      ? name.segments.join('/')
      : lv2 && symbolic !== undefined
        ? symbolic
        : parent
          ? `${parent.displayName}/${raw}`
          : raw;
    const apiVersion = stringValue(member(node, 'apiVersion'));
    const existing = member(node, 'existing')?.value === true;
    const dependsOn = (member(node, 'dependsOn')?.children ?? []).map((d) => stringValue(d)).filter((d): d is string => d !== undefined);
    const r: ResourceInstance = {
      templateId,
      node,
      scope: inst.scope,
      type,
      typeKey,
      declaration,
      name,
      displayName,
      existing,
      dependsOn,
      deployment: inst.deployment,
    };
    if (symbolic !== undefined) r.symbolic = symbolic;
    if (parent) r.parent = parent;
    if (apiVersion) r.version = apiVersion;
    out.push(r);

    if (r.typeKey === DEPLOYMENTS && !existing) visitDeployment(r, ctx, out);
    if (children) visitList(children, r, inst.scope, ctx, inst.deployment, out, templateId, lv2);
  }
}

/**
 * The types the mapping reads, names included: sites, slots and their configs (matched to each
 * other by name), certificates, and nested deployments (which deploy more, and are named in the
 * path of what they deploy). Every other resource is collected only as the parent of one of these.
 */
function readType(typeKey: string): boolean {
  return isSiteType(typeKey) || typeKey === SITE_CONFIG || typeKey === SLOT_CONFIG || typeKey === CERTIFICATE || typeKey === DEPLOYMENTS;
}

/**
 * A nested deployment: its inline template (compiled Bicep modules look like this), or the template
 * it links by `relativePath` when that file is in the linked tree; another link is noted as not analysed.
 */
function visitDeployment(dep: ResourceInstance, ctx: CollectContext, out: ResourceInstance[]): void {
  const props = member(dep.node, 'properties');
  const template = member(props, 'template');
  const deployment: Deployment = { ...dep.deployment, via: [...dep.deployment.via, { name: dep.displayName, range: dep.declaration }] };
  if (template?.type !== 'object') {
    const link = member(props, 'templateLink');
    const linked = link && followLink(dep, link, ctx);
    // A linked template always has a scope of its own: its parameters take the deployment's arguments.
    if (linked) collectResources(linked.root, Scope.create(linked.template, linked.root, argumentsOf(dep, props), dep.scope.budget, passedAsIs(member(props, 'parameters'), dep.scope)), ctx, deployment, out);
    return;
  }
  const scopeMode = stringValue(member(member(props, 'expressionEvaluationOptions'), 'scope'))?.toLowerCase();
  // Inner scope: the nested template's own parameters take the deployment's arguments; outer (the
  // default): expressions see the parent's parameters and variables.
  const scope = scopeMode === 'inner' ? Scope.create(dep.scope.file, template, argumentsOf(dep, props), dep.scope.budget, passedAsIs(member(props, 'parameters'), dep.scope)) : dep.scope;
  collectResources(template, scope, ctx, deployment, out);
}

/** A deployment's `parameters` as the values of its template's parameters, evaluated where the caller writes them. */
function argumentsOf(dep: ResourceInstance, props: Node | undefined): (name: string) => (() => AVal) | undefined {
  const outerScope = dep.scope;
  const file = outerScope.file;
  const args = member(props, 'parameters');
  return (name) => {
    const arg = member(args, name);
    if (!arg) return undefined;
    const value = member(arg, 'value');
    const hop = { kind: 'module-argument' as const, name, call: `deployment '${dep.displayName}'`, range: rangeOf(file, value ?? arg) };
    if (value) return () => through(outerScope.value(value), [hop]);
    if (member(arg, 'reference')) return (): AVal => unknown(`parameters('${name}')`, 'Key Vault reference', { range: rangeOf(file, arg), trail: [hop] });
    return undefined;
  };
}

/**
 * The template a linked deployment (`templateLink`) names in the linted tree: by a literal
 * `relativePath`, taken from the directory of the template that links it as Azure resolves it, or by
 * a `uri` that resolves beside that template (`uri(deployment().properties.templateLink.uri, 'x.json')`,
 * an `_artifactsLocation` whose default is that, a SAS token after it). Otherwise (another URI, a
 * template spec, a file that is not there or that links back) a note says it is not analysed, where
 * the link names it.
 */
function followLink(dep: ResourceInstance, link: Node, ctx: CollectContext): { template: JsonFile; root: Node } | undefined {
  const file = dep.scope.file;
  const relative = member(link, 'relativePath');
  const uri = member(link, 'uri');
  const id = member(link, 'id');
  const shown = (node: Node): string => shownLink(typeof node.value === 'string' ? node.value : nodeText(file, node));
  // A relativePath may be an expression too: its value, when known, is the path.
  const written = stringValue(relative);
  const evaluated = written !== undefined && isExpression(written) && relative ? dep.scope.value(relative) : undefined;
  const path = evaluated ? (evaluated.t === 'prim' && typeof evaluated.value === 'string' ? evaluated.value : undefined) : written;
  let target: string | undefined;
  let named: Node | undefined;
  if (relative && path !== undefined) {
    target = resolve(dirname(file.path), path);
    named = relative;
  } else if (uri && !relative && typeof uri.value === 'string' && isExpression(uri.value)) {
    target = besideTemplate(dep.scope, uri);
    if (target !== undefined) named = uri;
  }
  if (target !== undefined && named !== undefined) {
    const chain = [...dep.deployment.via.map((v) => v.range.file), file.path];
    if (chain.some((f) => f.toLowerCase() === target.toLowerCase())) {
      ctx.note?.(`linked template ${shown(named)} is not followed: it links back to a template that deploys it, which Azure rejects`, file, named);
      return undefined;
    }
    const found = ctx.linkedFile?.(target, rangeOf(file, named)) ?? 'unknown';
    if (found === 'refused') return undefined;
    if (typeof found === 'object' && 'template' in found) {
      // A file can be linked from many deployments of files linked many times (a fan-out no file
      // size bounds): every template a link deploys counts its resources against the instance budget.
      const resources = member(found.root, 'resources');
      const size = 1 + (resources?.children?.length ?? 0);
      if (!ctx.budget || ctx.budget.take(size)) return found;
      ctx.note?.(instanceCut(`linked template ${shown(named)}`, 1, ctx.budget), file, named);
      return undefined;
    }
    ctx.note?.(linkedTemplateNote({ by: 'relativePath', shown: shown(named), found }), file, named);
  } else if (id && !uri) ctx.note?.(linkedTemplateNote({ by: 'id', shown: shown(id) }), file, id);
  else if (relative && !uri) ctx.note?.(linkedTemplateNote({ by: 'relativePath', shown: shown(relative), found: 'path-unknown' }), file, relative);
  else {
    const at = uri ?? relative ?? link;
    ctx.note?.(linkedTemplateNote({ by: 'uri', shown: shown(at) }), file, at);
  }
  return undefined;
}

/** The file a linked deployment's `uri` names when it resolves beside the template that links it (query and fragment, a SAS token, left out). */
function besideTemplate(scope: Scope, uri: Node): string | undefined {
  const here = pathToFileURL(scope.file.path).href;
  const v = scope.forLinks(here).value(uri);
  if (v.t !== 'prim' || typeof v.value !== 'string' || !v.value.startsWith('file:')) return undefined;
  try {
    const url = new URL(v.value);
    url.search = '';
    url.hash = '';
    return fileURLToPath(url);
  } catch {
    return undefined;
  }
}

/** What a nested deployment's argument is when it is `[parameters('x')]` of the caller, passed as is. */
export function passedAsIs(args: Node | undefined, caller: Scope): Identify {
  return (name) => {
    const value = member(member(args, name), 'value');
    const text = value?.type === 'string' ? String(value.value) : undefined;
    if (text === undefined || !isExpression(text)) return undefined;
    const parsed = parseExpression(text);
    const param = parsed.ok ? parameterName(parsed.expr) : undefined;
    return param === undefined ? undefined : caller.parameterIdentity(param);
  };
}
