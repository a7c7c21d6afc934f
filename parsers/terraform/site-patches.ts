import type { Entity, SiteSettings, SourceRange } from '../../src/model/index.js';
import { overrideWithConfig, writtenBy } from '../shared/site-configs.js';
import { azapiConfigType, readAzapiConfig } from './azapi-config.js';
import { azapiSiteType, mapAzapiSite } from './azapi-sites.js';
import type { ConfigView } from './config-view.js';
import type { EntityContext } from './entity-context.js';
import { asString, type ResourceRef, type Val } from './values.js';

/**
 * Settings that a resource other than the site writes onto a site or slot: an azapi
 * `Microsoft.Web/sites/config` child (`web`, `appsettings`), or an `azapi_update_resource`
 * of the site or of its config. The target is found by value, through `parent_id` /
 * `resource_id`, so a config declared in another module (which receives the site's id as
 * a variable) still finds its site.
 */
export interface SitePatch {
  /** Absolute address of the site or slot, with its instance key (`module.app.azapi_resource.this`, `…["a"]`). */
  target: string;
  settings: Partial<SiteSettings>;
  /**
   * `config`: a config child (or an update of one), deployed after the site: its values win as an
   * ARM config's do. `site`: an update of the site itself, applied after it: every value it writes wins.
   */
  by: 'config' | 'site';
  /** Made by a resource the root module's defaults leave out: it changes only a site left out with it (see `applyPatches`). */
  offByDefault?: true;
}

export type PatchRead =
  | { kind: 'patch'; patch: SitePatch }
  /** A config or update whose site is not part of this configuration (or whose id is not a reference). */
  | { kind: 'elsewhere'; what: string; range: SourceRange }
  | { kind: 'none' };

const refOf = (v: Val | undefined): ResourceRef | undefined => (v?.t === 'unknown' ? v.ref : undefined);

/** Reads an `azapi_resource` / `azapi_update_resource` as a patch of a site, if it is one. */
export function readSitePatch(resourceType: string, view: ConfigView, ctx: EntityContext): PatchRead {
  const type = view.attr('type');
  if (!type) return { kind: 'none' };
  const update = resourceType === 'azapi_update_resource';
  const parent = view.attr('parent_id');
  const resourceId = view.attr('resource_id');
  const body = view.attr('body');
  if (azapiConfigType(type.val)) {
    const parentRef = refOf(parent?.val);
    const idRef = refOf(resourceId?.val);
    const nameRead = view.attr('name');
    let target: string | undefined;
    let name: string | undefined;
    if (parentRef && parentRef.suffix === '') {
      target = parentRef.address;
      name = nameRead ? asString(nameRead.val)?.toLowerCase() : undefined;
    } else if (idRef) {
      // `resource_id = "${azapi_resource.site.id}/config/web"`
      const m = /^\/config\/([^/]+)$/i.exec(idRef.suffix);
      if (m) {
        target = idRef.address;
        name = m[1]?.toLowerCase();
      }
    }
    const where = parent ?? resourceId;
    if (!target) return where ? { kind: 'elsewhere', what: 'the site this config belongs to', range: where.exprRange } : { kind: 'none' };
    const settings = writtenBy(readAzapiConfig(name, body, ctx.declaration, !update), `${ctx.name}${ctx.instance ?? ''}`, ctx.declaration);
    return { kind: 'patch', patch: { target, settings, by: 'config' } };
  }
  if (update && azapiSiteType(type.val)) {
    const ref = refOf(resourceId?.val);
    if (!ref || ref.suffix !== '') return resourceId ? { kind: 'elsewhere', what: 'the site this update changes', range: resourceId.exprRange } : { kind: 'none' };
    const site = mapAzapiSite(view, body, ctx);
    const settings: Partial<SiteSettings> = {};
    for (const [key, setting] of Object.entries(site.settings) as [keyof SiteSettings, SiteSettings[keyof SiteSettings]][]) {
      if (setting.kind !== 'absent') (settings as Record<string, unknown>)[key] = setting;
    }
    return { kind: 'patch', patch: { target: ref.address, settings, by: 'site' } };
  }
  return { kind: 'none' };
}

/** Applies patches to the sites they target (every module's entities of one root module). */
export function applyPatches(entities: readonly Entity[], patches: readonly SitePatch[], offByDefault: ReadonlySet<Entity> = new Set()): void {
  for (const p of patches) {
    for (const e of entities) {
      if (e.entity !== 'site' || (e.name !== p.target && e.name + (e.instance ?? '') !== p.target)) continue;
      // A change the defaults leave out, to a site they deploy: the site is checked as it deploys without it.
      if (p.offByDefault && !offByDefault.has(e)) continue;
      if (p.by === 'site') Object.assign(e.settings, p.settings);
      else overrideWithConfig(e, p.settings);
    }
  }
}
