import type { AppServiceSite } from '../../src/model/index.js';
import { ARM_SITE_FACTS } from '../shared/arm-catalog.js';
import { siteKind, siteSettings, siteTags, type ReadPath, type SiteSources } from '../shared/site-mapping.js';
import type { TextOf } from '../shared/setting-values.js';
import { readableName } from '../shared/resource-name.js';
import { configKind, configOwnerType, configPatch, SITE, SLOT, type ConfigPatch, type SiteTarget } from '../shared/site-configs.js';
import { nameKey } from './names.js';
import type { ResourceInstance } from './resources.js';
import { readPath } from './settings.js';
import { entityBase } from './entity-base.js';

export function isSiteType(typeKey: string): boolean {
  return typeKey === SITE || typeKey === SLOT;
}

/** The config children of each site: `config/web` (a siteConfig body) and `config/appsettings` (a string map). */
interface Children {
  /** In document order; a later child's key overrides an earlier one's. */
  web: ResourceInstance[];
  appsettings?: ResourceInstance;
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

/** The sites and slots of a set of resources, and the configs that name a site declared elsewhere. */
export interface MappedSites {
  sites: AppServiceSite[];
  targets: SiteTarget[];
  patches: ConfigPatch[];
}

/**
 * Maps sites and slots with the config children declared with them. A config whose site is not a
 * deployed site of its own template (an `existing` one, or one deployed by another template of the
 * run) becomes a patch that the run ties by name (see site-configs.ts). `prefix` tells the
 * templates of one run apart (`arm`, or `json` for JSON modules of a Bicep run).
 */
export function mapSites(resources: readonly ResourceInstance[], textOf: TextOf, prefix = 'arm'): MappedSites {
  const environments = new Map<object, number>();
  const unit = (r: ResourceInstance): string => {
    let id = environments.get(r.scope.environment);
    if (id === undefined) environments.set(r.scope.environment, (id = environments.size));
    return `${prefix}:${id}`;
  };
  const sites = resources.filter((r) => isSiteType(r.typeKey) && !r.existing);
  const index = new SiteIndex(sites);
  const referenced = new SiteIndex(resources.filter((r) => isSiteType(r.typeKey) && r.existing));
  const children = new Map<ResourceInstance, Children>();
  const patches: ConfigPatch[] = [];
  for (const r of resources) {
    const which = r.existing ? undefined : configKind(r.typeKey, r.name);
    if (!which) continue;
    const owner = configOwnerType(r.typeKey);
    const site = parentOf(r, owner, index);
    // A config the defaults leave out changes only a site they leave out with it: the site is checked as it deploys without it.
    if (r.deployment.offByDefault && !site?.deployment.offByDefault) continue;
    if (!site) {
      const declared = parentOf(r, owner, referenced);
      const patch = configPatch(
        {
          kind: which,
          typeKey: r.typeKey,
          name: r.name,
          declared: declared && { name: declared.name, existing: declared.existing },
          unit: unit(r),
          read: reader(r),
          declaration: r.declaration,
          base: (type) => entityBase(r, type),
          label: r.name ? readableName(r.name.segments) : r.displayName,
        },
        textOf,
      );
      if (patch) patches.push(patch);
      continue;
    }
    const c = children.get(site) ?? { web: [] };
    if (which === 'web') c.web.push(r);
    else c.appsettings = r; // an app settings map replaces the whole collection: the last one wins
    children.set(site, c);
  }
  const mapped = sites.map((s) => ({ entity: mapSite(s, children.get(s) ?? { web: [] }, index, textOf), typeKey: s.typeKey, name: s.name, unit: unit(s) }));
  return { sites: mapped.map((m) => m.entity), targets: mapped, patches };
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
