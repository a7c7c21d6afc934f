import {
  unresolved,
  type AppServiceSite,
  type EntityBase,
  type Hop,
  type ParseDiagnostic,
  type Setting,
  type SiteSettingKey,
  type SiteSettings,
  type SourceRange,
} from '../../src/model/index.js';
import { ARM_SITE_FACTS, ARM_SITE_SETTINGS, catalogEntries } from './arm-catalog.js';
import { leadingSegments, nameKey, portableName, readableName, type ResourceName } from './resource-name.js';
import { siteSettings, type ReadPath } from './site-mapping.js';
import type { TextOf } from './setting-values.js';

/*
 * `Microsoft.Web/sites/config` (`web`, `appsettings`) and slot configs whose site is not a deployed
 * site of their own template or file: a config under `parent: existingSite`, one named
 * `format('{0}/web', parameters('siteName'))`, one in a module or nested deployment that receives
 * the site's name. ARM deploys the config after the site (through `parent` / `dependsOn`), so what
 * it writes overrides the site's own siteConfig. Each front end maps its sites, and hands the
 * configs it could not tie to one as patches; the run then ties them by name across every
 * template, module and nested deployment (as parsers/terraform/site-patches.ts does for azapi).
 */

export const SITE = 'microsoft.web/sites';
export const SLOT = 'microsoft.web/sites/slots';
export const SITE_CONFIG = 'microsoft.web/sites/config';
export const SLOT_CONFIG = 'microsoft.web/sites/slots/config';
export const CERTIFICATE = 'microsoft.web/certificates';

export type ConfigKind = 'web' | 'appsettings';

/** Which config a resource is (`…/web`, `…/appsettings`), when it is one whose settings are read. */
export function configKind(typeKey: string, name: ResourceName | undefined): ConfigKind | undefined {
  if (typeKey !== SITE_CONFIG && typeKey !== SLOT_CONFIG) return undefined;
  const last = name?.segments[name.segments.length - 1]?.toLowerCase();
  return last === 'web' || last === 'appsettings' ? last : undefined;
}

/** The site or slot type a config type belongs to. */
export function configOwnerType(typeKey: string): string {
  return typeKey === SLOT_CONFIG ? SLOT : SITE;
}

/**
 * The settings a config writes: a `web` config its siteConfig keys (and `appSettings`), an
 * `appsettings` config every app setting (it replaces the whole collection, so one it leaves out is
 * absent afterwards). The client-certificate properties and `httpsOnly` only exist on the site.
 */
export function configSettings(kind: ConfigKind, read: ReadPath, declaration: SourceRange, textOf: TextOf): Partial<SiteSettings> {
  const none: ReadPath = () => undefined;
  const all = siteSettings(kind === 'web' ? { site: none, web: [read] } : { site: none, web: [], appsettings: read }, declaration, textOf);
  const out: Partial<Record<SiteSettingKey, Setting<unknown>>> = {};
  for (const [key, entry] of catalogEntries(ARM_SITE_SETTINGS)) {
    const s = all[key];
    if (kind === 'appsettings' ? entry.place === 'appSetting' : s.kind !== 'absent') out[key] = s;
  }
  return out as Partial<SiteSettings>;
}

/** A deployed site or slot of the run, with its name, for configs to find. */
export interface SiteTarget {
  entity: AppServiceSite;
  typeKey: string;
  name: ResourceName | undefined;
  /** The template or file instance its name was evaluated in (`arm:3`, `bicep:0`). */
  unit: string;
}

/** A config that names its site or slot instead of being tied to one where it is declared. */
export interface ConfigPatch {
  kind: ConfigKind;
  /** `microsoft.web/sites` or `microsoft.web/sites/slots`. */
  targetType: string;
  /** The site's (slot's) name, as far as it is known statically. */
  target: ResourceName;
  /** Where `target` was evaluated: a name only known at deployment matches only within it. */
  unit: string;
  /** The config's parent is declared `existing` (the site is referenced, not deployed, there). */
  existing: boolean;
  settings: Partial<SiteSettings>;
  /** The config resource as an entity of the site's type: what is checked when no site is found. */
  base: EntityBase;
  /** `Microsoft.Web/sites/config 'cfg'`, for the note. */
  label: string;
}

/** How a front end sees one config resource whose site is not deployed beside it. */
export interface ConfigSource {
  kind: ConfigKind;
  /** The config's type key (`microsoft.web/sites/config`, or the slot one). */
  typeKey: string;
  /** The config's full name (`site/web`). */
  name: ResourceName | undefined;
  /** The site or slot the config's `parent` (or name) designates in its own template, if declared there. */
  declared: { name: ResourceName | undefined; existing: boolean } | undefined;
  unit: string;
  read: ReadPath;
  declaration: SourceRange;
  /** The config as an entity of the given type (the front end's identity and deployment facts). */
  base(resourceType: string): EntityBase;
  /** How the note names the config (`cfg`, `site/web`). */
  label: string;
}

/** The patch a config makes, named by its site's name; undefined when not even that is written. */
export function configPatch(c: ConfigSource, textOf: TextOf): ConfigPatch | undefined {
  const target = c.declared?.name ?? (c.name && c.name.segments.length > 1 ? leadingSegments(c.name, c.name.segments.length - 1) : undefined);
  if (!target) return undefined;
  const owner = configOwnerType(c.typeKey);
  const type = owner === SLOT ? 'Microsoft.Web/sites/slots' : 'Microsoft.Web/sites';
  const label = `${type}/config '${c.label}'`;
  // A finding on a value the config writes names the config, wherever its site is declared.
  const settings = writtenBy(configSettings(c.kind, c.read, c.declaration, textOf), label, c.declaration);
  return {
    kind: c.kind,
    targetType: owner,
    target,
    unit: c.unit,
    existing: c.declared?.existing === true,
    settings,
    base: c.base(type),
    label,
  };
}

function sameName(site: SiteTarget, p: ConfigPatch): boolean {
  if (site.typeKey !== p.targetType || !site.name || nameKey(site.name.segments) !== nameKey(p.target.segments)) return false;
  // Text of an expression only known at deployment names the same value only where it is evaluated;
  // a parameter passed as is is the same value in every module it reaches.
  return (portableName(site.name) && portableName(p.target)) || site.unit === p.unit;
}

/** The settings with a `config` hop first: a finding on a value says which resource wrote it onto the site. */
export function writtenBy(settings: Partial<SiteSettings>, label: string, declaration: SourceRange): Partial<SiteSettings> {
  const hop: Hop = { kind: 'config', name: label, range: declaration };
  const out: Partial<Record<SiteSettingKey, Setting<unknown>>> = {};
  for (const [key, s] of Object.entries(settings) as [SiteSettingKey, Setting<unknown>][]) out[key] = s.kind === 'absent' ? s : { ...s, trail: [hop, ...s.trail] };
  return out as Partial<SiteSettings>;
}

/** What a config writes replaces the site's own value: the config is deployed after the site it names. */
export function overrideWithConfig(site: AppServiceSite, settings: Partial<SiteSettings>): void {
  const into = site.settings as unknown as Record<string, Setting<unknown>>;
  for (const [key, setting] of Object.entries(settings) as [SiteSettingKey, Setting<unknown>][]) {
    // `publicNetworkAccess` on the site's own properties wins over any siteConfig value.
    if (ARM_SITE_SETTINGS[key].place === 'properties-or-siteConfig' && into[key]?.kind !== 'absent') continue;
    into[key] = setting;
  }
}

/**
 * Ties every patch to the deployed sites of the run with its site's name (all of them: one name is
 * one Azure resource, however many declarations deploy it). A patch tied to none still has its own
 * values checked, on an entity of the config whose other settings are unknown, and one
 * `unresolved-setting` note on the config says why.
 */
export function applyConfigPatches(sites: readonly SiteTarget[], patches: readonly ConfigPatch[]): { entities: AppServiceSite[]; notes: ParseDiagnostic[] } {
  const entities: AppServiceSite[] = [];
  const notes: ParseDiagnostic[] = [];
  for (const p of patches) {
    const found = sites.filter((s) => sameName(s, p));
    for (const s of found) overrideWithConfig(s.entity, p.settings);
    if (found.length > 0) continue;
    const written = Object.values(p.settings).some((s) => s.kind !== 'absent');
    if (!written) continue; // nothing a rule reads: nothing to tie
    const siteName = readableName(p.target.segments);
    const what = p.targetType === SLOT ? 'slot' : 'site';
    const why = !p.target.known
      ? `the ${what}'s name is only known at deployment (${siteName})`
      : p.existing
        ? `${what} '${siteName}' is only referenced as existing, not deployed here`
        : `${what} '${siteName}' is not deployed here`;
    const range = p.base.declaration;
    const other = unresolved(siteName, range, [], `written on the ${what}, which is not part of this deployment`);
    other.noted = true;
    const settings = {} as Record<SiteSettingKey, Setting<unknown>>;
    for (const [key] of catalogEntries(ARM_SITE_SETTINGS)) settings[key] = p.settings[key] ?? other;
    const entity: AppServiceSite = {
      ...p.base,
      name: siteName,
      entity: 'site',
      kind: 'webApp',
      tags: other,
      settings: settings as unknown as SiteSettings,
      ...ARM_SITE_FACTS,
    };
    if (p.targetType === SLOT) entity.slotOf = { name: readableName(p.target.segments.slice(0, 1)) };
    entities.push(entity);
    notes.push({
      ruleId: 'unresolved-setting',
      message: `${p.label} cannot be tied to a ${what} of this deployment: ${why}. The values it writes are checked here; the ${what}'s other settings are not.`,
      range,
    });
  }
  return { entities, notes };
}
