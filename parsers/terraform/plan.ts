import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { Entity, ParseOutput, ReadResult, SourceRange } from '../../src/model/index.js';
import { emptyParseOutput } from '../../src/model/index.js';
import { azapiSiteType, mapAzapiSite } from './azapi-sites.js';
import { AZURERM_SITE_TYPES, mapAzurermSite } from './azurerm-sites.js';
import { mapCertificate } from './certificates.js';
import { ValView } from './config-view.js';
import type { EntityContext } from './entity-context.js';
import { jsonToVal } from './json-values.js';
import { providerEra } from './provider-version.js';
import { SourceFile } from './source-file.js';
import { asString, unknownVal, withHops, type Val } from './values.js';

/**
 * A plan from `terraform show -json`: sites from `planned_values` (root and child
 * modules) with the values Terraform resolved. Every range points into the plan
 * file; a value known only after apply (`after_unknown`) is unresolved. Slots find
 * their site through the `configuration` section's references.
 */
export function parsePlan(path: string, read: ReadResult): ParseOutput {
  const out = emptyParseOutput();
  if (!read.ok) {
    out.diagnostics.push({ ruleId: 'parse-error', message: read.message, range: new SourceFile(path, '').range({ start: 0, end: 0 }) });
    return out;
  }
  const file = new SourceFile(path, read.text);
  out.texts.set(path, read.text);
  const errors: ParseError[] = [];
  const root = parseTree(read.text, errors, { allowTrailingComma: true });
  for (const e of errors.slice(0, 20)) out.diagnostics.push({ ruleId: 'parse-error', message: `Syntax error: ${printParseErrorCode(e.error)}`, range: file.range({ start: e.offset, end: e.offset + Math.max(1, e.length) }) });
  if (!root) return out;
  const unknowns = new Map<string, JsonNode>();
  for (const rc of findNodeAtLocation(root, ['resource_changes'])?.children ?? []) {
    const address = findNodeAtLocation(rc, ['address']);
    const au = findNodeAtLocation(rc, ['change', 'after_unknown']);
    if (address && au && typeof address.value === 'string') unknowns.set(address.value, au);
  }
  const constraint = findNodeAtLocation(root, ['configuration', 'provider_config', 'azurerm', 'version_constraint']);
  const version = typeof constraint?.value === 'string' ? constraint.value : undefined;
  const references = configurationReferences(root);
  const visit = (mod: JsonNode | undefined): void => {
    if (!mod) return;
    for (const r of findNodeAtLocation(mod, ['resources'])?.children ?? []) {
      const e = planResource(r, file, unknowns, references, version);
      if (e) out.entities.push(e);
    }
    for (const child of findNodeAtLocation(mod, ['child_modules'])?.children ?? []) visit(child);
  };
  visit(findNodeAtLocation(root, ['planned_values', 'root_module']));
  return out;
}

/** `module.a["x"].module.b[0].azurerm_x.y[1]` → `module.a.module.b.azurerm_x.y` (configuration addresses have no keys). */
const withoutKeys = (address: string): string => address.replace(/\[[^\]]*\]/g, '');

/** Resource addresses an attribute refers to, from the plan's `configuration` section. */
function configurationReferences(root: JsonNode): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  const walk = (mod: JsonNode | undefined, prefix: string): void => {
    if (!mod) return;
    for (const r of findNodeAtLocation(mod, ['resources'])?.children ?? []) {
      const address = findNodeAtLocation(r, ['address'])?.value;
      const exprs = findNodeAtLocation(r, ['expressions']);
      if (typeof address !== 'string' || !exprs) continue;
      const byAttr = new Map<string, string[]>();
      for (const p of exprs.children ?? []) {
        const [k, v] = p.children ?? [];
        const refs = v ? findNodeAtLocation(v, ['references']) : undefined;
        const value: unknown = refs ? getNodeValue(refs) : undefined;
        if (k && Array.isArray(value)) byAttr.set(String(k.value), value.filter((x): x is string => typeof x === 'string').map((x) => prefix + x));
      }
      out.set(prefix + address, byAttr);
    }
    for (const call of findNodeAtLocation(mod, ['module_calls'])?.children ?? []) {
      const [k, v] = call.children ?? [];
      if (k && v) walk(findNodeAtLocation(v, ['module']), `${prefix}module.${String(k.value)}.`);
    }
  };
  walk(findNodeAtLocation(root, ['configuration', 'root_module']), '');
  return out;
}

function planResource(r: JsonNode, file: SourceFile, unknowns: Map<string, JsonNode>, references: Map<string, Map<string, string[]>>, version: string | undefined): Entity | undefined {
  const addressNode = findNodeAtLocation(r, ['address']);
  const type = findNodeAtLocation(r, ['type'])?.value;
  const mode = findNodeAtLocation(r, ['mode'])?.value;
  const valuesNode = findNodeAtLocation(r, ['values']);
  if (!addressNode || typeof addressNode.value !== 'string' || typeof type !== 'string' || mode === 'data' || !valuesNode) return undefined;
  if (!(type in AZURERM_SITE_TYPES) && type !== 'azurerm_app_service_certificate' && type !== 'azapi_resource') return undefined;
  const address = addressNode.value;
  const declaration = file.range({ start: addressNode.offset, end: addressNode.offset + addressNode.length });
  const key = /(\[[^\]]*\])$/.exec(address)?.[1];
  const name = key ? address.slice(0, -key.length) : address;
  const prefix = /^(.*\.)?[^.]+\.[^.]+$/.exec(name)?.[1] ?? '';
  const unknownNode = unknowns.get(address);
  const values = markSensitive(markUnknown(jsonToVal(valuesNode, file), unknownNode, declaration), findNodeAtLocation(r, ['sensitive_values']));
  const refs = references.get(withoutKeys(address));
  const view = new ValView(values, declaration, false, (attr) => {
    for (const ref of refs?.get(attr) ?? []) {
      const [t, n] = withoutKeys(ref).slice(prefix.length).split('.');
      if (!t || !n || ['var', 'local', 'data', 'module', 'each', 'count', 'path'].includes(t)) continue;
      const at = findNodeAtLocation(valuesNode, [attr]);
      return { address: `${t}.${n}`, range: at ? file.range({ start: at.offset, end: at.offset + at.length }) : declaration };
    }
    return undefined;
  });
  const ctx: EntityContext = {
    format: 'terraform-plan',
    file: file.path,
    resourceType: type,
    name,
    prefix,
    declaration,
    extent: file.range({ start: r.offset, end: r.offset + r.length }),
    ...(key !== undefined ? { instance: key } : {}),
    ...(version !== undefined ? { version } : {}),
    ...(version !== undefined && providerEra([version]) ? { era: providerEra([version]) } : {}),
  };
  if (type in AZURERM_SITE_TYPES) return mapAzurermSite(view, ctx);
  if (type === 'azurerm_app_service_certificate') return mapCertificate(view, ctx);
  const t = view.attr('type');
  const siteType = t ? azapiSiteType(t.val) : undefined;
  if (!siteType) return undefined;
  const typeName = t ? asString(t.val) : undefined;
  return mapAzapiSite(view, view.attr('body'), { ...ctx, resourceType: siteType, ...(typeName?.includes('@') ? { version: typeName.split('@')[1] ?? '' } : {}) });
}

/** Puts unknown values where `after_unknown` says a value is known only after apply. */
function markUnknown(val: Val, unknown: JsonNode | undefined, at: SourceRange): Val {
  if (!unknown) return val;
  if (unknown.type === 'boolean') return unknown.value === true ? unknownVal('(known after apply)', val.range ?? at, 'known only after apply') : val;
  if (unknown.type === 'object' && val.t === 'object') {
    const entries = val.entries.map((e) => {
      const u = findNodeAtLocation(unknown, [e.key]);
      return u ? { ...e, value: markUnknown(e.value, u, e.value.range) } : e;
    });
    for (const p of unknown.children ?? []) {
      const [k, v] = p.children ?? [];
      if (!k || !v || v.value !== true) continue;
      const existing = entries.find((e) => e.key === k.value);
      if (existing && existing.value.t !== 'null') continue;
      const u = unknownVal('(known after apply)', at, 'known only after apply');
      if (existing) existing.value = u;
      else entries.push({ key: String(k.value), keyRange: at, value: u });
    }
    return { ...val, entries };
  }
  if (unknown.type === 'array' && val.t === 'list') {
    return { ...val, items: val.items.map((i, n) => markUnknown(i, unknown.children?.[n], i.range)) };
  }
  return val;
}

/**
 * Values the plan marks sensitive (a sensitive variable, a `sensitive` attribute) get a
 * `plan` hop with `secure`, as a secure parameter would: rules can tell them from literals.
 */
function markSensitive(val: Val, sensitive: JsonNode | undefined): Val {
  if (!sensitive) return val;
  if (sensitive.type === 'boolean') return sensitive.value === true ? withHops(val, [{ kind: 'plan', range: val.range, secure: true }]) : val;
  if (sensitive.type === 'object' && val.t === 'object') {
    return { ...val, entries: val.entries.map((e) => ({ ...e, value: markSensitive(e.value, findNodeAtLocation(sensitive, [e.key])) })) };
  }
  if (sensitive.type === 'array' && val.t === 'list') return { ...val, items: val.items.map((i, n) => markSensitive(i, sensitive.children?.[n])) };
  return val;
}
