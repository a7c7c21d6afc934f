import type { AppServiceSite, Entity, Hop, Setting, SettingKey, SiteKind } from '../../src/model/index.js';

/** ARM / Bicep property paths (also used by azapi `body` in Terraform). */
const ARM_NAMES: Record<SettingKey, string> = {
  httpsOnly: 'httpsOnly',
  clientCertEnabled: 'clientCertEnabled',
  clientCertMode: 'clientCertMode',
  clientCertExclusionPaths: 'clientCertExclusionPaths',
  minTlsVersion: 'siteConfig.minTlsVersion',
  scmMinTlsVersion: 'siteConfig.scmMinTlsVersion',
  http20Enabled: 'siteConfig.http20Enabled',
  publicNetworkAccess: 'publicNetworkAccess',
  loadCertificates: 'app setting WEBSITE_LOAD_CERTIFICATES',
  pfxBlob: 'pfxBlob',
  password: 'password',
  keyVaultSecret: 'keyVaultId',
};

/** azurerm attribute paths of the current resource types. */
const AZURERM_NAMES: Record<SettingKey, string> = {
  httpsOnly: 'https_only',
  clientCertEnabled: 'client_certificate_enabled',
  clientCertMode: 'client_certificate_mode',
  clientCertExclusionPaths: 'client_certificate_exclusion_paths',
  minTlsVersion: 'site_config.minimum_tls_version',
  scmMinTlsVersion: 'site_config.scm_minimum_tls_version',
  http20Enabled: 'site_config.http2_enabled',
  publicNetworkAccess: 'public_network_access_enabled',
  loadCertificates: 'app_settings WEBSITE_LOAD_CERTIFICATES',
  pfxBlob: 'pfx_blob',
  password: 'password',
  keyVaultSecret: 'key_vault_secret_id',
};

/** Legacy azurerm types and the logic app use other names. */
const AZURERM_OVERRIDES: Record<string, Partial<Record<SettingKey, string>>> = {
  azurerm_app_service: {
    clientCertEnabled: 'client_cert_enabled',
    clientCertMode: 'client_cert_mode',
    minTlsVersion: 'site_config.min_tls_version',
    scmMinTlsVersion: 'site_config.scm_min_tls_version',
  },
  azurerm_app_service_slot: { minTlsVersion: 'site_config.min_tls_version', scmMinTlsVersion: 'site_config.scm_min_tls_version' },
  azurerm_function_app: {
    clientCertEnabled: 'client_cert_mode',
    clientCertMode: 'client_cert_mode',
    minTlsVersion: 'site_config.min_tls_version',
    scmMinTlsVersion: 'site_config.scm_min_tls_version',
  },
  azurerm_function_app_slot: { minTlsVersion: 'site_config.min_tls_version', scmMinTlsVersion: 'site_config.scm_min_tls_version' },
  azurerm_logic_app_standard: {
    clientCertEnabled: 'client_certificate_mode',
    minTlsVersion: 'site_config.min_tls_version',
    scmMinTlsVersion: 'site_config.scm_min_tls_version',
  },
};

function usesAzurermNames(entity: Entity): boolean {
  return (entity.format === 'terraform' || entity.format === 'terraform-plan') && entity.resourceType.startsWith('azurerm_');
}

/** The name of a setting as the user writes it in this entity's format. */
export function propertyName(entity: Entity, key: SettingKey): string {
  if (!usesAzurermNames(entity)) return ARM_NAMES[key];
  return AZURERM_OVERRIDES[entity.resourceType]?.[key] ?? AZURERM_NAMES[key];
}

/**
 * Resource types where client certificates have no on/off switch of their own:
 * they are on when a mode is set (azurerm logic app standard, legacy azurerm function app).
 */
export function modeIsTheSwitch(entity: Entity): boolean {
  return usesAzurermNames(entity) && (entity.resourceType === 'azurerm_logic_app_standard' || entity.resourceType === 'azurerm_function_app');
}

/** Legacy azurerm slot types that cannot turn client certificates on at all. */
export function cannotEnableClientCerts(entity: Entity): boolean {
  return usesAzurermNames(entity) && (entity.resourceType === 'azurerm_app_service_slot' || entity.resourceType === 'azurerm_function_app_slot');
}

const KIND_PLURAL: Record<SiteKind, string> = {
  webApp: 'web apps',
  functionApp: 'function apps',
  logicApp: 'logic apps (standard)',
};

/** `function apps`, `azurerm function apps`: who a platform default belongs to, for messages (slots included). */
export function kindPlural(site: AppServiceSite): string {
  const base = KIND_PLURAL[site.kind];
  return usesAzurermNames(site) ? `azurerm ${base}` : base;
}

/** Terraform calls its parameters variables. */
export function parameterNoun(entity: Entity): string {
  return entity.format === 'terraform' || entity.format === 'terraform-plan' ? 'variable' : 'parameter';
}

function hopPhrase(hop: Hop, entity: Entity): string | undefined {
  const named = (what: string): string => (hop.name ? `${what} '${hop.name}'` : what);
  switch (hop.kind) {
    case 'parameter':
    case 'module-parameter':
      return `from ${named(parameterNoun(entity))}`;
    case 'variable':
      return `from ${named('variable')}`;
    case 'local':
      return `from ${named('local')}`;
    case 'module-argument':
      return `from ${named('module argument')}`;
    default:
      return undefined;
  }
}

/**
 * Where a value comes from, as a parenthesised phrase for messages (empty for a literal on
 * the property): ` (from parameter 'x', set in the parameter file)`.
 */
export function sourcePhrase(setting: Setting<unknown>, entity: Entity): string {
  if (setting.kind === 'absent') return '';
  const parts: string[] = [];
  // Name what the user sets: the outermost parameter the value passed through (not a local or variable inside the template).
  const hops = setting.trail.slice(1);
  const parameter = [...hops].reverse().find((h) => h.kind === 'parameter' || h.kind === 'module-parameter');
  const first = parameter ? hopPhrase(parameter, entity) : hops.map((h) => hopPhrase(h, entity)).find((p) => p !== undefined);
  if (first) parts.push(first);
  const last = setting.trail[setting.trail.length - 1];
  if (last?.kind === 'parameter-file') parts.push('set in the parameter file');
  else if (last?.kind === 'tfvars') parts.push('set in a tfvars file');
  else if (last?.kind === 'parameter-default' && first)
    // An attribute default of the variable's type (`optional(bool, false)`) rather than the variable's own default.
    parts.push(last.name && parameter?.name && last.name !== parameter.name ? `the default of its attribute '${last.name}'` : 'its default');
  else if (last?.kind === 'module-argument' && parameter && last.name) parts.push(`set in ${last.name}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** A value as it reads in a message: the source text when known, else JSON. */
export function shownValue(setting: Setting<unknown>): string {
  if (setting.kind === 'set') return JSON.stringify(setting.value);
  if (setting.kind === 'unresolved') return setting.expression;
  return setting.default.known ? JSON.stringify(setting.default.value) : 'unknown';
}
