import type { AppServiceSite, CertificateResource, EntityBase } from '../../../src/model/index.js';
import { descendPath, type Found, type TextOf } from '../../shared/setting-values.js';
import { ARM_CERTIFICATE_NAMES, ARM_SITE_FACTS } from '../../shared/arm-catalog.js';
import { certificateSettings, siteKind, siteSettings, siteTags, type ReadPath, type SiteSources } from '../../shared/site-mapping.js';
import type { BicepResource } from '../collect/resources.js';
import { readableName } from '../../shared/resource-name.js';
import { configKind, configOwnerType, configPatch, SITE, SLOT, type ConfigPatch, type SiteTarget } from '../../shared/site-configs.js';
export { CERTIFICATE } from '../../shared/site-configs.js';
import { nameKey } from '../collect/names.js';
import { rangeOf } from '../evaluate/source-file.js';

/** Follows a property path from the resource body; the property range is where the resource writes it. */
export function reader(r: BicepResource): ReadPath {
  return (path) => {
    if (!r.body) return undefined;
    const root: Found = { at: r.scope.range(r.body), atText: r.scope.text(r.body), value: r.value() };
    return descendPath(root, path);
  };
}

function entityBase(r: BicepResource, resourceType: string): EntityBase {
  const base: EntityBase = { format: 'bicep', file: r.file.path, resourceType, name: r.displayName, symbol: r.symbol, declaration: r.declaration };
  // The whole statement, decorators included: a directive above `@description(...)` covers the resource.
  base.extent = rangeOf(r.file, r.decl);
  const d = r.deployment;
  if (d.instance) base.instance = d.instance;
  if (d.conditional) base.conditional = d.conditional;
  if (d.looped) base.looped = d.looped;
  if (d.via.length) base.via = d.via;
  if (r.version) base.version = r.version;
  return base;
}

/** The site or slot a child belongs to: nesting or `parent:`, else by name within the same file instance. */
function parentOf(child: BicepResource, wanted: string, sites: readonly BicepResource[]): BicepResource | undefined {
  if (child.parent) return child.parent.typeKey === wanted ? child.parent : undefined;
  if (!child.name || child.name.segments.length < 2) return undefined;
  const key = nameKey(child.name.segments.slice(0, -1));
  const candidates = sites.filter((s) => s.unit === child.unit && s.typeKey === wanted && s.name && nameKey(s.name.segments) === key);
  return candidates.find((s) => s.deployment.instance === child.deployment.instance) ?? candidates[0];
}

/** The sites and slots of one evaluation, and the configs that name a site declared elsewhere. */
export interface MappedSites {
  sites: AppServiceSite[];
  targets: SiteTarget[];
  patches: ConfigPatch[];
}

/**
 * Maps sites and slots with the config children declared with them (nested, `parent:`, or by name
 * in the same file instance). A config whose site is not deployed there (`parent: existingSite`, a
 * module that receives the site's name) becomes a patch the run ties by name (site-configs.ts).
 */
export function mapSites(resources: readonly BicepResource[], textOf: TextOf): MappedSites {
  const sites = resources.filter((r) => (r.typeKey === SITE || r.typeKey === SLOT) && !r.existing);
  const referenced = resources.filter((r) => (r.typeKey === SITE || r.typeKey === SLOT) && r.existing);
  const children = new Map<BicepResource, { web: BicepResource[]; appsettings?: BicepResource }>();
  const patches: ConfigPatch[] = [];
  for (const r of resources) {
    const which = r.existing ? undefined : configKind(r.typeKey, r.name);
    if (!which) continue;
    const owner = configOwnerType(r.typeKey);
    const site = parentOf(r, owner, sites);
    // A config the defaults leave out changes only a site they leave out with it: the site is checked as it deploys without it.
    if (r.deployment.offByDefault && !site?.deployment.offByDefault) continue;
    if (!site || site.existing) {
      const declared = site ?? parentOf(r, owner, referenced);
      const patch = configPatch(
        {
          kind: which,
          typeKey: r.typeKey,
          name: r.name,
          declared: declared && { name: declared.name, existing: declared.existing },
          unit: `bicep:${r.unit}`,
          read: reader(r),
          declaration: r.declaration,
          base: (type) => entityBase(r, type),
          label: r.symbol,
        },
        textOf,
      );
      if (patch) patches.push(patch);
      continue;
    }
    const c = children.get(site) ?? { web: [] };
    if (which === 'web') c.web.push(r);
    else c.appsettings = r;
    children.set(site, c);
  }
  const targets: SiteTarget[] = sites.map((s) => {
    const c = children.get(s);
    const sources: SiteSources = { site: reader(s), web: (c?.web ?? []).map(reader) };
    if (c?.appsettings) sources.appsettings = reader(c.appsettings);
    const entity: AppServiceSite = {
      ...entityBase(s, 'Microsoft.Web/sites'),
      entity: 'site',
      kind: siteKind(sources.site),
      tags: siteTags(sources.site, s.declaration, textOf),
      settings: siteSettings(sources, s.declaration, textOf),
      ...ARM_SITE_FACTS,
    };
    if (s.typeKey === SLOT) {
      entity.resourceType = 'Microsoft.Web/sites/slots';
      const parent = parentOf(s, SITE, sites);
      // An `existing` site is not linted: it is named by its name, as a site not declared at all.
      if (parent) entity.slotOf = { name: parent.existing && parent.name ? readableName(parent.name.segments) : parent.displayName, range: parent.declaration };
      else entity.slotOf = { name: s.name?.segments[0] !== undefined ? readableName([s.name.segments[0]]) : s.displayName };
    }
    return { entity, typeKey: s.typeKey, name: s.name, unit: `bicep:${s.unit}` };
  });
  return { sites: targets.map((t) => t.entity), targets, patches };
}

/** `Microsoft.Web/certificates`: inline PFX and password versus a Key Vault secret. */
export function mapCertificate(r: BicepResource, textOf: TextOf): CertificateResource {
  return {
    ...entityBase(r, 'Microsoft.Web/certificates'),
    entity: 'certificate',
    settings: certificateSettings(reader(r), r.declaration, textOf),
    written: ARM_CERTIFICATE_NAMES,
  };
}
