import { parseTree } from 'jsonc-parser';
import type { AppServiceSite, PlatformDefault, Setting, SiteKind, SiteSettingKey, SiteSettings, SourceRange } from '../../src/model/index.js';
import { knownDefault } from '../../src/model/index.js';
import { ARM_SITE_FACTS, ARM_SITE_SETTINGS, catalogEntries, type ArmSetting } from '../shared/arm-catalog.js';
import { ValView, type ConfigView } from './config-view.js';
import { entityBase, type EntityContext } from './entity-context.js';
import { jsonToVal } from './json-values.js';
import { readAppSetting, readSetting, record, str } from './settings.js';
import { SourceFile } from './source-file.js';
import { asString, member, toPlain, unknownVal, type Val } from './values.js';

/** `Microsoft.Web/sites@2023-12-01` → `Microsoft.Web/sites`; anything else → undefined. */
export function azapiSiteType(type: Val): 'Microsoft.Web/sites' | 'Microsoft.Web/sites/slots' | undefined {
  const s = asString(type)?.split('@')[0]?.trim().toLowerCase();
  if (s === 'microsoft.web/sites') return 'Microsoft.Web/sites';
  if (s === 'microsoft.web/sites/slots') return 'Microsoft.Web/sites/slots';
  return undefined;
}

/**
 * The ARM body of an azapi resource: an HCL object (azapi 2), `jsonencode({...})`
 * (azapi 1, kept structured by the evaluator), or a JSON string (read as JSON;
 * its members then point at the string).
 */
export function azapiBody(body: Val): Val {
  if (body.json) return withBodyHops(body.json, body);
  if (body.t === 'string') {
    const root = parseTree(body.v);
    if (root) {
      // Offsets inside the decoded string do not map back to the file: every member points at the string.
      const parsed = jsonToVal(root, new SourceFile(body.range.file, body.v));
      return pinTo(parsed, body);
    }
    return unknownVal(body.text ?? body.v, body.range, 'body is not JSON');
  }
  return body;
}

const withBodyHops = (v: Val, from: Val): Val => (from.hops.length === 0 ? v : { ...v, hops: [...from.hops, ...v.hops] });

function pinTo(v: Val, at: Val): Val {
  const base = { range: at.range, hops: at.hops };
  switch (v.t) {
    case 'list':
      return { ...v, ...base, items: v.items.map((i) => pinTo(i, { ...at, hops: [] })) };
    case 'object':
      return { ...v, ...base, entries: v.entries.map((e) => ({ ...e, keyRange: at.range, value: pinTo(e.value, { ...at, hops: [] }) })) };
    default:
      return { ...v, ...base };
  }
}

function kindOf(body: Val): SiteKind {
  const k = member(body, 'kind', true);
  const s = k ? (asString(k)?.toLowerCase() ?? '') : '';
  if (s.includes('workflowapp')) return 'logicApp';
  if (s.includes('functionapp')) return 'functionApp';
  return 'webApp';
}

/** Reads one ARM catalog entry from an azapi body: `properties` and its `siteConfig` (or a config child's `properties`). */
export function readArmSetting<T>(entry: ArmSetting<T>, props: ConfigView | undefined, siteConfig: ConfigView | undefined, decl: SourceRange): Setting<T> {
  const convert = (v: Val): T | undefined => entry.value.convert(toPlain(v));
  const at = (view: ConfigView | undefined): Setting<T> => readSetting(view, entry.property, convert, entry.value.type, entry.default, decl);
  switch (entry.place) {
    case 'properties':
      return at(props);
    case 'siteConfig':
      return at(siteConfig);
    case 'properties-or-siteConfig':
      return at(props?.attr(entry.property) ? props : siteConfig);
    case 'appSetting':
      // App settings are strings: a number or bool written there is its text.
      return readAppSetting(siteConfig, 'appSettings', entry.property, entry.default as PlatformDefault<string>, decl) as Setting<T>;
  }
}

/** An azapi site or slot, read with the ARM setting catalog (names case-insensitive, ARM defaults). */
export function mapAzapiSite(resource: ConfigView, bodyRead: { val: Val; exprRange: SourceRange } | undefined, ctx: EntityContext): AppServiceSite {
  const decl = ctx.declaration;
  const body = bodyRead ? azapiBody(bodyRead.val) : undefined;
  const propsVal = body ? member(body, 'properties', true) ?? (body.t === 'unknown' ? body : undefined) : undefined;
  const props = propsVal && bodyRead ? new ValView(propsVal, propsVal.hops.length === 0 ? propsVal.range : bodyRead.exprRange, true) : undefined;
  const siteConfig = props?.blocks('siteConfig')[0];
  const settings: Partial<Record<SiteSettingKey, Setting<unknown>>> = {};
  for (const [key, entry] of catalogEntries(ARM_SITE_SETTINGS)) settings[key] = readArmSetting(entry as ArmSetting<unknown>, props, siteConfig, decl);
  const tagsFromBody = body && member(body, 'tags', true) && bodyRead ? new ValView(body, bodyRead.exprRange, true) : undefined;
  const site: AppServiceSite = {
    ...entityBase(ctx),
    entity: 'site',
    kind: body ? kindOf(body) : 'webApp',
    tags: readSetting(resource.attr('tags') ? resource : tagsFromBody, 'tags', record, 'map', knownDefault({}), decl),
    settings: settings as SiteSettings,
    ...ARM_SITE_FACTS,
  };
  if (ctx.resourceType === 'Microsoft.Web/sites/slots') {
    const ref = resource.reference('parent_id');
    const written = resource.attr('parent_id');
    if (ref) site.slotOf = { name: ctx.prefix + ref.address, range: ref.range };
    else if (written) site.slotOf = { name: written.val.t === 'unknown' ? written.val.expression : (str(written.val) ?? ''), range: written.exprRange };
  }
  return site;
}
