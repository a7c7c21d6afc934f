import {
  absent,
  type CertificateSettingKey,
  type CertificateSettings,
  type Setting,
  type SiteKind,
  type SiteSettingKey,
  type SiteSettings,
  type SourceRange,
} from '../../src/model/index.js';
import { ARM_CERTIFICATE_SETTINGS, ARM_SITE_SETTINGS, ARM_TAGS, catalogEntries, type ArmSetting, type ValueType } from './arm-catalog.js';
import { toJson } from './arm-value.js';
import { descendPath, stepItem, toSetting, type Convert, type Found, type TextOf } from './setting-values.js';

/**
 * Mapping of an evaluated `Microsoft.Web/sites` (or slot) resource and its `config/web` and
 * `config/appsettings` children, and of `Microsoft.Web/certificates`, to the model, with ARM's
 * property names and defaults from the ARM setting catalog. ARM templates and Bicep files both use it: each format supplies
 * `read`, which follows a property path from the resource body (undefined when not written).
 */
export type ReadPath = (path: readonly string[]) => Found | undefined;

export interface SiteSources {
  site: ReadPath;
  /** `config/web` children in document order: a later child's key overrides an earlier one's. */
  web: ReadPath[];
  /** The last `config/appsettings` child: it replaces the whole app settings collection. */
  appsettings?: ReadPath;
}

function fromWeb(c: SiteSources, name: string): Found | undefined {
  for (let i = c.web.length - 1; i >= 0; i--) {
    const f = (c.web[i] as ReadPath)(['properties', name]);
    if (f) return f;
  }
  return undefined;
}

export function siteKind(read: ReadPath): SiteKind {
  const k = read(['kind'])?.value;
  const text = k?.t === 'prim' && typeof k.value === 'string' ? k.value.toLowerCase() : '';
  if (text.includes('workflowapp')) return 'logicApp';
  if (text.includes('functionapp')) return 'functionApp';
  return 'webApp';
}

/** A catalog value type as a converter of evaluated values. */
function converter<T>(type: ValueType<T>): Convert<T> {
  return (v) => type.convert(v.t === 'prim' ? v.value : toJson(v));
}

function toModel<T>(entry: ArmSetting<T>, found: Found | undefined, decl: SourceRange, textOf: TextOf): Setting<T> {
  return toSetting(found, converter(entry.value), entry.value.expected, decl, entry.default, textOf);
}

/** Reads one catalog entry from a site and its config children. */
function readSiteSetting<T>(c: SiteSources, entry: ArmSetting<T>, decl: SourceRange, textOf: TextOf): Setting<T> {
  const prop = (): Found | undefined => c.site(['properties', entry.property]);
  // siteConfig keys: the config/web child overrides the site's own siteConfig, key by key.
  const cfg = (): Found | undefined => fromWeb(c, entry.property) ?? c.site(['properties', 'siteConfig', entry.property]);
  switch (entry.place) {
    case 'properties':
      return toModel(entry, prop(), decl, textOf);
    case 'siteConfig':
      return toModel(entry, cfg(), decl, textOf);
    case 'properties-or-siteConfig':
      return toModel(entry, prop() ?? cfg(), decl, textOf);
    case 'appSetting':
      return appSetting(c, entry, decl, textOf);
  }
}

export function siteSettings(c: SiteSources, decl: SourceRange, textOf: TextOf): SiteSettings {
  const out: Partial<Record<SiteSettingKey, Setting<unknown>>> = {};
  for (const [key, entry] of catalogEntries(ARM_SITE_SETTINGS)) out[key] = readSiteSetting(c, entry as ArmSetting<unknown>, decl, textOf);
  return out as SiteSettings;
}

export function siteTags(read: ReadPath, decl: SourceRange, textOf: TextOf): Setting<Record<string, unknown>> {
  return toModel(ARM_TAGS, read([ARM_TAGS.property]), decl, textOf);
}

/** An app setting: a `config/appsettings` child replaces all app settings; else `siteConfig.appSettings`. */
function appSetting<T>(c: SiteSources, entry: ArmSetting<T>, decl: SourceRange, textOf: TextOf): Setting<T> {
  if (c.appsettings) return toModel(entry, c.appsettings(['properties', entry.property]), decl, textOf);
  const list = fromWeb(c, 'appSettings') ?? c.site(['properties', 'siteConfig', 'appSettings']);
  if (!list) return absent(decl, entry.default);
  if (list.value.t !== 'array') return toSetting(list, () => undefined, 'an array of { name, value }', decl, entry.default, textOf);
  for (let i = list.value.items.length - 1; i >= 0; i--) {
    const item = stepItem(list, i);
    if (!item) continue;
    const name = descendPath(item, ['name']);
    if (name?.value.t === 'prim' && typeof name.value.value === 'string' && name.value.value.toLowerCase() === entry.property.toLowerCase())
      return toSetting(descendPath(item, ['value']), converter(entry.value), entry.value.expected, decl, entry.default, textOf);
  }
  return absent(decl, entry.default);
}

/** `Microsoft.Web/certificates`: inline PFX and password versus a Key Vault secret. */
export function certificateSettings(read: ReadPath, decl: SourceRange, textOf: TextOf): CertificateSettings {
  const out: Partial<Record<CertificateSettingKey, Setting<unknown>>> = {};
  for (const [key, entry] of catalogEntries(ARM_CERTIFICATE_SETTINGS)) {
    const found = read(['properties', entry.property]) ?? (entry.companion ? read(['properties', entry.companion]) : undefined);
    out[key] = toModel(entry as ArmSetting<unknown>, found, decl, textOf);
  }
  return out as CertificateSettings;
}
