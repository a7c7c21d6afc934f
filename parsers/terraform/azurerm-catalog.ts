import {
  knownDefault,
  unknownDefault,
  type AppServiceSite,
  type CertificateSettingKey,
  type ClientCertSwitch,
  type PlatformDefault,
  type SiteKind,
  type SiteSettingKey,
  type WrittenNames,
} from '../../src/model/index.js';
import type { ProviderEra } from './provider-version.js';
import { bool, str } from './settings.js';
import type { Val } from './values.js';

/*
 * The setting catalog of the azurerm provider: which argument of which resource type carries
 * each model setting, its value conversion, the provider's default (by provider version where
 * it changed) and how `--fix` writes it. The mapper, the fixer and messages all read it; facts
 * from ../shared/reference/app-service-facts.md.
 */

export interface AzurermArgument<T> {
  /** `https_only`, `site_config.minimum_tls_version`: a nested block, then the argument. */
  path: readonly string[];
  /** For app settings: the key in the `path` map. */
  appSetting?: string;
  convert: (v: Val) => T | undefined;
  /** For "not a …" reasons. */
  typeName: string;
  default: PlatformDefault<T>;
}

type Arguments = { readonly [K in SiteSettingKey]?: AzurermArgument<unknown> };

const CONVERT = { bool, string: str } as const;

const arg = <T>(path: string, typeName: keyof typeof CONVERT, def: PlatformDefault<T>): AzurermArgument<unknown> => ({
  path: path.split('.'),
  convert: CONVERT[typeName],
  typeName,
  default: def,
});

/** `public_network_access_enabled = false` is the model's `Disabled`. */
const enabledFlag = (v: Val): string | undefined => {
  const b = bool(v);
  return b === undefined ? undefined : b ? 'Enabled' : 'Disabled';
};

const HTTPS_ONLY = arg('https_only', 'bool', knownDefault(false));
const HTTP2 = arg('site_config.http2_enabled', 'bool', knownDefault(false));
const LOAD_CERTIFICATES: AzurermArgument<unknown> = {
  path: ['app_settings'],
  appSetting: 'WEBSITE_LOAD_CERTIFICATES',
  convert: str,
  typeName: 'string',
  default: knownDefault('', 'no certificates are loaded'),
};

/** The current web and function app types, their slots, flex consumption (in the model's key order). */
const CURRENT: Arguments = {
  httpsOnly: HTTPS_ONLY,
  clientCertEnabled: arg('client_certificate_enabled', 'bool', knownDefault(false)),
  clientCertMode: arg('client_certificate_mode', 'string', knownDefault('Required')),
  clientCertExclusionPaths: arg('client_certificate_exclusion_paths', 'string', knownDefault('')),
  minTlsVersion: arg('site_config.minimum_tls_version', 'string', knownDefault('1.2')),
  scmMinTlsVersion: arg('site_config.scm_minimum_tls_version', 'string', knownDefault('1.2')),
  http20Enabled: HTTP2,
  publicNetworkAccess: { ...arg('public_network_access_enabled', 'bool', knownDefault('Enabled')), convert: enabledFlag },
  loadCertificates: LOAD_CERTIFICATES,
};

/** Logic app standard and the legacy types. */
const OLDER: Arguments = {
  httpsOnly: HTTPS_ONLY,
  http20Enabled: HTTP2,
  loadCertificates: LOAD_CERTIFICATES,
  minTlsVersion: arg('site_config.min_tls_version', 'string', knownDefault('1.2')),
  scmMinTlsVersion: arg('site_config.scm_min_tls_version', 'string', knownDefault('1.2')),
  publicNetworkAccess: arg('public_network_access', 'string', unknownDefault('not stated for this resource type')),
};

const SERVICE_MODE = knownDefault('Required', 'service default');

interface Family {
  clientCertSwitch: ClientCertSwitch;
  args: Arguments;
}

const WEB: Family = { clientCertSwitch: 'enabled', args: CURRENT };
const FUNCTION: Family = {
  clientCertSwitch: 'enabled',
  args: { ...CURRENT, clientCertMode: arg('client_certificate_mode', 'string', knownDefault('Optional', 'azurerm function apps default the mode to Optional')) },
};
/** Certificates are on when a mode is set; without one, the default depends on the provider version. */
const LOGIC: Family = { clientCertSwitch: 'mode', args: { ...OLDER, clientCertMode: arg('client_certificate_mode', 'string', SERVICE_MODE) } };
const LEGACY_APP: Family = {
  clientCertSwitch: 'enabled',
  args: { ...OLDER, clientCertEnabled: arg('client_cert_enabled', 'bool', knownDefault(false)), clientCertMode: arg('client_cert_mode', 'string', SERVICE_MODE) },
};
const LEGACY_FUNCTION: Family = { clientCertSwitch: 'mode', args: { ...OLDER, clientCertMode: arg('client_cert_mode', 'string', SERVICE_MODE) } };
/** The legacy slots have no client certificate arguments. */
const LEGACY_SLOT: Family = { clientCertSwitch: 'none', args: OLDER };

export interface AzurermSiteType extends Family {
  kind: SiteKind;
  /** The argument that names the parent site of a slot. */
  parent?: string;
}

export const AZURERM_SITE_TYPES: Readonly<Record<string, AzurermSiteType>> = {
  azurerm_linux_web_app: { kind: 'webApp', ...WEB },
  azurerm_windows_web_app: { kind: 'webApp', ...WEB },
  azurerm_linux_web_app_slot: { kind: 'webApp', ...WEB, parent: 'app_service_id' },
  azurerm_windows_web_app_slot: { kind: 'webApp', ...WEB, parent: 'app_service_id' },
  azurerm_linux_function_app: { kind: 'functionApp', ...FUNCTION },
  azurerm_windows_function_app: { kind: 'functionApp', ...FUNCTION },
  azurerm_linux_function_app_slot: { kind: 'functionApp', ...FUNCTION, parent: 'function_app_id' },
  azurerm_windows_function_app_slot: { kind: 'functionApp', ...FUNCTION, parent: 'function_app_id' },
  azurerm_function_app_flex_consumption: { kind: 'functionApp', ...FUNCTION },
  azurerm_logic_app_standard: { kind: 'logicApp', ...LOGIC },
  azurerm_app_service: { kind: 'webApp', ...LEGACY_APP },
  azurerm_app_service_slot: { kind: 'webApp', ...LEGACY_SLOT, parent: 'app_service_name' },
  azurerm_function_app: { kind: 'functionApp', ...LEGACY_FUNCTION },
  azurerm_function_app_slot: { kind: 'functionApp', ...LEGACY_SLOT, parent: 'function_app_name' },
};

export function azurermSiteType(resourceType: string): AzurermSiteType | undefined {
  return Object.hasOwn(AZURERM_SITE_TYPES, resourceType) ? AZURERM_SITE_TYPES[resourceType] : undefined;
}

/**
 * The default of a setting the type has no argument for. The client certificate switch of the
 * types where a mode turns certificates on is the mapper's (it follows the mode).
 */
export function missingArgumentDefault(resourceType: string, type: AzurermSiteType, key: SiteSettingKey): PlatformDefault<unknown> {
  switch (key) {
    case 'clientCertEnabled':
      return knownDefault(false, `${resourceType} has no client certificate argument`);
    case 'clientCertMode':
      return SERVICE_MODE;
    case 'clientCertExclusionPaths':
      return knownDefault('', `${resourceType} has no exclusion paths argument`);
    default:
      return (CURRENT[key] as AzurermArgument<unknown>).default;
  }
}

/**
 * Logic app standard without a mode: azurerm 5.0 defaults the mode to Required (on), earlier
 * versions to none (off); an undecided version constraint leaves it unknown. A plan holds the
 * provider's own defaults, so no mode there means none.
 */
export function modeSwitchDefault(type: AzurermSiteType, era: ProviderEra | undefined, plan: boolean): PlatformDefault<boolean> {
  if (type.kind !== 'logicApp') return knownDefault(false, 'no client_cert_mode: client certificates are off');
  if (plan) return knownDefault(false, 'the plan sets no mode');
  if (era === 'v5') return knownDefault(true, 'azurerm 5.0 and later default the mode to Required');
  if (era === 'pre-v5') return knownDefault(false, 'azurerm before 5.0: no mode means client certificates are off');
  return unknownDefault('the azurerm version constraint does not decide the default (on from 5.0, off before)');
}

function argumentName(a: AzurermArgument<unknown>): string {
  return a.appSetting ? `${a.path.join('.')} ${a.appSetting}` : a.path.join('.');
}

/**
 * How messages name each setting on this type. Where the type has no argument, the current
 * types' name; where a mode is the switch, the mode argument names the switch too.
 */
export function azurermWrittenNames(type: AzurermSiteType): WrittenNames<SiteSettingKey> {
  const out = {} as Record<SiteSettingKey, string>;
  for (const key of Object.keys(CURRENT) as SiteSettingKey[]) {
    const own = type.args[key] ?? (key === 'clientCertEnabled' && type.clientCertSwitch === 'mode' ? type.args.clientCertMode : undefined);
    out[key] = argumentName((own ?? CURRENT[key]) as AzurermArgument<unknown>);
  }
  return out;
}

/** What an azurerm site carries besides its settings. */
export function azurermSiteFacts(type: AzurermSiteType): Pick<AppServiceSite, 'dialect' | 'written' | 'clientCertSwitch'> {
  return { dialect: 'azurerm', written: azurermWrittenNames(type), clientCertSwitch: type.clientCertSwitch };
}

/** `azurerm_app_service_certificate`. */
export const AZURERM_CERTIFICATE_TYPE = 'azurerm_app_service_certificate';
export const AZURERM_CERTIFICATE_ARGS: { readonly [K in CertificateSettingKey]: AzurermArgument<unknown> } = {
  pfxBlob: arg('pfx_blob', 'string', knownDefault('', 'not set')),
  password: arg('password', 'string', knownDefault('', 'not set')),
  keyVaultSecret: arg('key_vault_secret_id', 'string', knownDefault('', 'not set')),
};
export const AZURERM_CERTIFICATE_NAMES: WrittenNames<CertificateSettingKey> = {
  pfxBlob: argumentName(AZURERM_CERTIFICATE_ARGS.pfxBlob),
  password: argumentName(AZURERM_CERTIFICATE_ARGS.password),
  keyVaultSecret: argumentName(AZURERM_CERTIFICATE_ARGS.keyVaultSecret),
};

/**
 * How `--fix` writes a setting that is missing: the argument and the value. Only top-level
 * arguments are added (not inside `site_config`). Where a mode is the switch, turning client
 * certificates on is setting the mode to Required. A string says why there is no such fix.
 */
export function azurermFixArgument(resourceType: string, key: SiteSettingKey, value: boolean | string): { name: string; value: boolean | string } | string {
  const type = azurermSiteType(resourceType);
  if (!type) return `${resourceType} is not fixed automatically`;
  const noCertificates = `${resourceType} has no client certificate argument`;
  let a = type.args[key];
  let v = value;
  if (key === 'clientCertEnabled' && type.clientCertSwitch === 'mode') {
    a = type.args.clientCertMode;
    v = 'Required';
  }
  if (!a) return key === 'clientCertEnabled' || key === 'clientCertMode' ? noCertificates : `a missing ${key} is not added automatically`;
  if (a.path.length !== 1 || a.appSetting) return `a missing ${key} is not added automatically`;
  return { name: a.path[0] as string, value: v };
}
