import type { AppServiceSite } from '../../src/model/index.js';
import { ARM_SITE_FACTS } from '../shared/arm-catalog.js';
import { siteKind, siteSettings, siteTags, type ReadPath, type SiteSources } from '../shared/site-mapping.js';
import type { TextOf } from '../shared/setting-values.js';
import { readableName } from '../shared/resource-name.js';
import { nameKey } from './names.js';
import type { ResourceInstance } from './resources.js';
import { readPath } from './settings.js';
import { entityBase } from './entity-base.js';

const SITE = 'microsoft.web/sites';
const SLOT = 'microsoft.web/sites/slots';
const SITE_CONFIG = 'microsoft.web/sites/config';
const SLOT_CONFIG = 'microsoft.web/sites/slots/config';

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

function reader(r: ResourceInstance): ReadPath {
  return (path) => readPath(r.scope, r.node, path);
}

function mapSite(site: ResourceInstance, c: Children, index: SiteIndex, textOf: TextOf): AppServiceSite {
  const decl = site.declaration;
  const sources: SiteSources = { site: reader(site), web: c.web.map(reader) };
  if (c.appsettings) sources.appsettings = reader(c.appsettings);
  const entity: AppServiceSite = {
    ...entityBase(site, 'Microsoft.Web/sites'),
    entity: 'site',
    kind: siteKind(sources.site),
    tags: siteTags(sources.site, decl, textOf),
    settings: siteSettings(sources, decl, textOf),
    ...ARM_SITE_FACTS,
  };
  if (site.typeKey === SLOT) {
    entity.resourceType = 'Microsoft.Web/sites/slots';
    const parent = parentOf(site, SITE, index);
    if (parent) entity.slotOf = { name: parent.displayName, range: parent.declaration };
    else entity.slotOf = { name: site.name?.segments[0] !== undefined ? readableName([site.name.segments[0]]) : (site.displayName.split('/')[0] ?? site.displayName) };
  }
  return entity;
}
