import {
  knownDefault,
  type AppServiceSite,
  unknownDefault,
  type CertificateSettingKey,
  type CertificateSettings,
  type PlatformDefault,
  type Setting,
  type SiteSettingKey,
  type SiteSettings,
  type WrittenNames,
} from '../../src/model/index.js';
import { FIX_NEIGHBOURS } from './fix-collector.js';

/*
 * The setting catalog of the ARM property dialect: `Microsoft.Web/sites` (and slots, and their
 * `config/web` and `config/appsettings` children) and `Microsoft.Web/certificates`, as ARM
 * templates, Bicep files and azapi bodies write them. Each format's reader and fixer works from
 * this table; facts from ../shared/reference/app-service-facts.md.
 */

/** How a written JSON value becomes a model value (ARM converts as the resource provider does). */
export interface ValueType<T> {
  convert(value: unknown): T | undefined;
  /** For "expected …" reasons: `a boolean`. */
  expected: string;
  /** The JSON type, for readers that say "not a …" (azapi). */
  type: 'bool' | 'string' | 'object';
}

export const BOOLEAN: ValueType<boolean> = {
  convert(v) {
    if (typeof v === 'boolean') return v;
    if (typeof v !== 'string') return undefined;
    const s = v.trim().toLowerCase();
    return s === 'true' ? true : s === 'false' ? false : undefined;
  },
  expected: 'a boolean',
  type: 'bool',
};

export const STRING: ValueType<string> = { convert: (v) => (typeof v === 'string' ? v : undefined), expected: 'a string', type: 'string' };

/** TLS versions are strings; a JSON number `1.2` means "1.2" and `1` means "1.0". */
export const TLS_VERSION: ValueType<string> = {
  convert(v) {
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return Number.isInteger(v) ? `${v}.0` : String(v);
    return undefined;
  },
  expected: 'a TLS version string',
  type: 'string',
};

export const OBJECT: ValueType<Record<string, unknown>> = {
  convert: (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined),
  expected: 'an object',
  type: 'object',
};

/**
 * Where a setting is written:
 * - `properties`: the site's own `properties` (only there: client certificates, `httpsOnly`);
 * - `siteConfig`: `properties.siteConfig`, or a `config/web` child (which overrides it key by key);
 * - `properties-or-siteConfig`: either (`properties` first);
 * - `appSetting`: an app setting, in `siteConfig.appSettings` or a `config/appsettings` child.
 */
export type ArmPlace = 'properties' | 'siteConfig' | 'properties-or-siteConfig' | 'appSetting';

export interface ArmSetting<T> {
  place: ArmPlace;
  /** The property (ARM compares names without case), or the app setting's name. */
  property: string;
  /** Written together with `property` (a Key Vault id and secret name); read when `property` is not. */
  companion?: string;
  value: ValueType<T>;
  default: PlatformDefault<T>;
}

type ValueOf<S> = S extends Setting<infer T> ? T : never;
type Catalog<K extends string, S> = { readonly [Key in K]: ArmSetting<ValueOf<S[Key & keyof S]>> };

const TLS_DEFAULT = knownDefault('1.2', 'service default for new apps');

export const ARM_SITE_SETTINGS: Catalog<SiteSettingKey, SiteSettings> = {
  httpsOnly: { place: 'properties', property: 'httpsOnly', value: BOOLEAN, default: knownDefault(false) },
  clientCertEnabled: { place: 'properties', property: 'clientCertEnabled', value: BOOLEAN, default: knownDefault(false) },
  clientCertMode: {
    place: 'properties',
    property: 'clientCertMode',
    value: STRING,
    default: knownDefault('Required', 'service default when client certificates are enabled'),
  },
  clientCertExclusionPaths: { place: 'properties', property: 'clientCertExclusionPaths', value: STRING, default: knownDefault('') },
  minTlsVersion: { place: 'siteConfig', property: 'minTlsVersion', value: TLS_VERSION, default: TLS_DEFAULT },
  scmMinTlsVersion: { place: 'siteConfig', property: 'scmMinTlsVersion', value: TLS_VERSION, default: TLS_DEFAULT },
  http20Enabled: {
    place: 'siteConfig',
    property: 'http20Enabled',
    value: BOOLEAN,
    default: unknownDefault('disputed: the API spec says true, other documentation says HTTP/1.1 by default'),
  },
  publicNetworkAccess: { place: 'properties-or-siteConfig', property: 'publicNetworkAccess', value: STRING, default: unknownDefault('not documented') },
  loadCertificates: { place: 'appSetting', property: 'WEBSITE_LOAD_CERTIFICATES', value: STRING, default: knownDefault('', 'no certificates are loaded') },
};

export const ARM_CERTIFICATE_SETTINGS: Catalog<CertificateSettingKey, CertificateSettings> = {
  pfxBlob: { place: 'properties', property: 'pfxBlob', value: { ...STRING, expected: 'a base64 string' }, default: knownDefault('') },
  password: { place: 'properties', property: 'password', value: STRING, default: knownDefault('') },
  keyVaultSecret: { place: 'properties', property: 'keyVaultId', companion: 'keyVaultSecretName', value: STRING, default: knownDefault('') },
};

/** Site tags (for `requireMtls.tag`). */
export const ARM_TAGS: ArmSetting<Record<string, unknown>> = { place: 'properties', property: 'tags', value: OBJECT, default: knownDefault({}) };

/** How messages name a setting: `httpsOnly`, `siteConfig.minTlsVersion`, `app setting WEBSITE_LOAD_CERTIFICATES`. */
export function armWrittenName(s: ArmSetting<unknown>): string {
  if (s.companion) return `${s.property} and ${s.companion}`;
  switch (s.place) {
    case 'siteConfig':
      return `siteConfig.${s.property}`;
    case 'appSetting':
      return `app setting ${s.property}`;
    default:
      return s.property;
  }
}

function writtenNames<K extends string>(catalog: { readonly [Key in K]: ArmSetting<unknown> }): WrittenNames<K> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(catalog) as K[]) out[key] = armWrittenName(catalog[key]);
  return out;
}

export const ARM_SITE_NAMES: WrittenNames<SiteSettingKey> = writtenNames(ARM_SITE_SETTINGS);
export const ARM_CERTIFICATE_NAMES: WrittenNames<CertificateSettingKey> = writtenNames(ARM_CERTIFICATE_SETTINGS);

/** What every ARM-dialect site carries besides its settings: client certificates have their own switch. */
export const ARM_SITE_FACTS = { dialect: 'arm', written: ARM_SITE_NAMES, clientCertSwitch: 'enabled' } as const satisfies Pick<
  AppServiceSite,
  'dialect' | 'written' | 'clientCertSwitch'
>;

/**
 * Where `--fix` adds a missing setting, as the object path from the resource (`properties`,
 * `properties.siteConfig`); undefined when a missing one is not added (app settings, unknown keys).
 * A format that only edits `properties` itself refuses deeper paths.
 */
export function armInsertPath(key: string): readonly string[] | undefined {
  const s = (ARM_SITE_SETTINGS as Readonly<Record<string, ArmSetting<unknown> | undefined>>)[key];
  if (!s) return undefined;
  if (s.place === 'properties') return ['properties', s.property];
  if (s.place === 'siteConfig') return ['properties', 'siteConfig', s.property];
  return undefined;
}

/** ARM names of the properties a new one goes right after, most related first (see FIX_NEIGHBOURS). */
export function armNeighbours(property: string): readonly string[] {
  const key = catalogEntries(ARM_SITE_SETTINGS).find(([, e]) => e.property.toLowerCase() === property.toLowerCase())?.[0];
  return (key ? (FIX_NEIGHBOURS[key] ?? []) : []).map((k) => ARM_SITE_SETTINGS[k].property);
}

/** Entries of a catalog with their keys, typed. */
export function catalogEntries<K extends string, V>(catalog: { readonly [Key in K]: V }): [K, V][] {
  return Object.entries(catalog) as [K, V][];
}
