import { absent, knownDefault, unknownDefault, type AppServiceSite, type Setting, type SiteKind, type SiteSettings } from '../../src/model/index.js';
import { nameKey } from './names.js';
import type { ResourceInstance } from './resources.js';
import { asBool, asObject, asString, asTlsVersion, descendPath, readPath, stepItem, toSetting, type Found, type TextOf } from './settings.js';
import { entityBase } from './entity-base.js';

const SITE = 'microsoft.web/sites';
const SLOT = 'microsoft.web/sites/slots';
const SITE_CONFIG = 'microsoft.web/sites/config';
const SLOT_CONFIG = 'microsoft.web/sites/slots/config';
const LOAD_CERTIFICATES = 'WEBSITE_LOAD_CERTIFICATES';

export function isSiteType(typeKey: string): boolean {
  return typeKey === SITE || typeKey === SLOT;
}

/** The config children of each site: `config/web` (a siteConfig body) and `config/appsettings` (a string map). */
interface Children {
  /** In document order; a later child's key overrides an earlier one's. */
  web: ResourceInstance[];
  appsettings?: ResourceInstance;
}

function lastSegment(r: ResourceInstance): string | undefined {
  return r.name?.segments[r.name.segments.length - 1]?.toLowerCase();
}

/** Sites and slots by template and name key, and by template and symbolic name, for child lookups. */
class SiteIndex {
  private readonly byName = new Map<string, ResourceInstance[]>();
  private readonly bySymbol = new Map<string, ResourceInstance>();

  constructor(sites: readonly ResourceInstance[]) {
    for (const s of sites) {
      if (s.name) {
        const key = `${s.templateId}|${s.typeKey}|${nameKey(s.name.segments)}`;
        const list = this.byName.get(key) ?? [];
        list.push(s);
        this.byName.set(key, list);
      }
      if (s.symbolic !== undefined) this.bySymbol.set(`${s.templateId}|${s.typeKey}|${s.symbolic}`, s);
    }
  }

  named(templateId: number, typeKey: string, segments: readonly string[]): ResourceInstance[] {
    return this.byName.get(`${templateId}|${typeKey}|${nameKey(segments)}`) ?? [];
  }

  symbol(templateId: number, typeKey: string, symbolic: string): ResourceInstance | undefined {
    return this.bySymbol.get(`${templateId}|${typeKey}|${symbolic}`);
  }
}

/** Finds the site or slot a child belongs to: nesting, then name, then (languageVersion 2.0) dependsOn. */
function parentOf(child: ResourceInstance, wanted: string, index: SiteIndex): ResourceInstance | undefined {
  if (child.parent) return child.parent.typeKey === wanted ? child.parent : undefined;
  if (child.name && child.name.segments.length > 1) {
    const byName = index.named(child.templateId, wanted, child.name.segments.slice(0, -1));
    const found = byName.find((s) => s.deployment.instance === child.deployment.instance) ?? byName[0];
    if (found) return found;
  }
  for (const d of child.dependsOn) {
    const bySymbol = index.symbol(child.templateId, wanted, d);
    if (bySymbol) return bySymbol;
  }
  return undefined;
}

export function mapSites(resources: readonly ResourceInstance[], textOf: TextOf): AppServiceSite[] {
  const sites = resources.filter((r) => isSiteType(r.typeKey) && !r.existing);
  const index = new SiteIndex(sites);
  const children = new Map<ResourceInstance, Children>();
  for (const r of resources) {
    if (r.existing || (r.typeKey !== SITE_CONFIG && r.typeKey !== SLOT_CONFIG)) continue;
    const which = lastSegment(r);
    if (which !== 'web' && which !== 'appsettings') continue;
    const site = parentOf(r, r.typeKey === SLOT_CONFIG ? SLOT : SITE, index);
    if (!site) continue;
    const c = children.get(site) ?? { web: [] };
    if (which === 'web') c.web.push(r);
    else c.appsettings = r; // an app settings map replaces the whole collection: the last one wins
    children.set(site, c);
  }
  return sites.map((s) => mapSite(s, children.get(s) ?? { web: [] }, index, textOf));
}

/** A siteConfig key from the `config/web` children, the last one that writes it. */
function fromWeb(c: Children, name: string): Found | undefined {
  for (let i = c.web.length - 1; i >= 0; i--) {
    const w = c.web[i] as ResourceInstance;
    const f = readPath(w.scope, w.node, ['properties', name]);
    if (f) return f;
  }
  return undefined;
}

function kindOf(site: ResourceInstance): SiteKind {
  const k = readPath(site.scope, site.node, ['kind'])?.value;
  const text = k?.t === 'prim' && typeof k.value === 'string' ? k.value.toLowerCase() : '';
  if (text.includes('workflowapp')) return 'logicApp';
  if (text.includes('functionapp')) return 'functionApp';
  return 'webApp';
}

function mapSite(site: ResourceInstance, c: Children, index: SiteIndex, textOf: TextOf): AppServiceSite {
  const decl = site.declaration;
  const prop = (name: string): Found | undefined => readPath(site.scope, site.node, ['properties', name]);
  // siteConfig keys: the config/web child overrides the site's own siteConfig, key by key.
  const cfg = (name: string): Found | undefined => fromWeb(c, name) ?? readPath(site.scope, site.node, ['properties', 'siteConfig', name]);

  const settings: SiteSettings = {
    httpsOnly: toSetting(prop('httpsOnly'), asBool, 'a boolean', decl, knownDefault(false), textOf),
    clientCertEnabled: toSetting(prop('clientCertEnabled'), asBool, 'a boolean', decl, knownDefault(false), textOf),
    clientCertMode: toSetting(prop('clientCertMode'), asString, 'a string', decl, knownDefault('Required', 'service default when client certificates are enabled'), textOf),
    clientCertExclusionPaths: toSetting(prop('clientCertExclusionPaths'), asString, 'a string', decl, knownDefault(''), textOf),
    minTlsVersion: toSetting(cfg('minTlsVersion'), asTlsVersion, 'a TLS version string', decl, knownDefault('1.2', 'service default for new apps'), textOf),
    scmMinTlsVersion: toSetting(cfg('scmMinTlsVersion'), asTlsVersion, 'a TLS version string', decl, knownDefault('1.2', 'service default for new apps'), textOf),
    http20Enabled: toSetting(
      cfg('http20Enabled'),
      asBool,
      'a boolean',
      decl,
      unknownDefault('disputed: the API spec says true, other documentation says HTTP/1.1 by default'),
      textOf,
    ),
    publicNetworkAccess: toSetting(prop('publicNetworkAccess') ?? cfg('publicNetworkAccess'), asString, 'a string', decl, unknownDefault('not documented'), textOf),
    loadCertificates: loadCertificates(site, c, decl, textOf),
  };
  const tagsFound = readPath(site.scope, site.node, ['tags']);
  const tags: Setting<Record<string, unknown>> = toSetting(tagsFound, asObject, 'an object', decl, knownDefault({}), textOf);

  const entity: AppServiceSite = { ...entityBase(site, 'Microsoft.Web/sites'), entity: 'site', kind: kindOf(site), tags, settings };
  if (site.typeKey === SLOT) {
    entity.resourceType = 'Microsoft.Web/sites/slots';
    const parent = parentOf(site, SITE, index);
    if (parent) entity.slotOf = { name: parent.displayName, range: parent.declaration };
    else entity.slotOf = { name: site.name?.segments[0]?.replace(/\u27e6/g, '[').replace(/\u27e7/g, ']') ?? site.displayName.split('/')[0] ?? site.displayName };
  }
  return entity;
}

/** `WEBSITE_LOAD_CERTIFICATES`: a `config/appsettings` child replaces all app settings; else `siteConfig.appSettings`. */
function loadCertificates(site: ResourceInstance, c: Children, decl: AppServiceSite['declaration'], textOf: TextOf): Setting<string> {
  const none = knownDefault('', 'no certificates are loaded');
  if (c.appsettings) {
    const found = readPath(c.appsettings.scope, c.appsettings.node, ['properties', LOAD_CERTIFICATES]);
    return toSetting(found, asString, 'a string', decl, none, textOf);
  }
  const list = fromWeb(c, 'appSettings') ?? readPath(site.scope, site.node, ['properties', 'siteConfig', 'appSettings']);
  if (!list) return absent(decl, none);
  if (list.value.t !== 'array') return toSetting(list, () => undefined, 'an array of { name, value }', decl, none, textOf);
  for (let i = list.value.items.length - 1; i >= 0; i--) {
    const item = stepItem(list, i);
    if (!item) continue;
    const name = descendPath(item, ['name']);
    if (name?.value.t === 'prim' && typeof name.value.value === 'string' && name.value.value.toLowerCase() === LOAD_CERTIFICATES.toLowerCase())
      return toSetting(descendPath(item, ['value']), asString, 'a string', decl, knownDefault(''), textOf);
  }
  return absent(decl, none);
}
