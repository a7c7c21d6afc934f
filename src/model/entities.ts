import { dirname } from 'node:path';
import type { Setting } from './setting.js';
import type { SourceRange } from './source.js';

export type SourceFormat = 'arm' | 'bicep' | 'terraform' | 'terraform-plan';

export type SiteKind = 'webApp' | 'functionApp' | 'logicApp';

/** What every linted resource has: identity, where it is declared, how it is deployed. */
export interface EntityBase {
  format: SourceFormat;
  /** Absolute path of the file that declares the resource. */
  file: string;
  /** `Microsoft.Web/sites`, `Microsoft.Web/sites/slots`, `azurerm_linux_function_app`, … */
  resourceType: string;
  /**
   * The name users know the resource by and that stays stable under edits:
   * Bicep symbolic name, ARM symbolic name or name expression, Terraform address
   * (`azurerm_linux_web_app.api`, `module.site.azurerm_linux_web_app.this`).
   */
  name: string;
  /**
   * How the declaration names the resource in its own file, the same for every deployment of it
   * (Bicep symbolic name, ARM symbolic name or `name` as written, Terraform `type.name` without the
   * module path). Findings are keyed by it, so that callers and loop instances share one result.
   */
  symbol?: string;
  /** Loop instance (`[0]`, `["eu"]`) when a loop was expanded into several entities. */
  instance?: string;
  /** The resource declaration: Bicep `resource` line, ARM `"type"` member, Terraform block header. */
  declaration: SourceRange;
  /**
   * The whole resource (ARM object, Bicep statement, Terraform block), when the parser knows it.
   * A suppression directive on the line above any line from its start to the declaration covers the resource.
   */
  extent?: SourceRange;
  /** Deployed only when a condition holds (ARM `condition`, Bicep `if`, Terraform `count = cond ? 1 : 0`). */
  conditional?: { expression: string; range: SourceRange };
  /** Declared in a loop that could not be expanded statically. */
  looped?: { expression: string; range: SourceRange };
  /** The chain of module calls / nested deployments this resource was reached through, outermost first. */
  via?: { name: string; range: SourceRange }[];
  /** API version (ARM/Bicep) or provider version constraint (Terraform), when known. */
  version?: string;
}

/** Settings of a site or slot that the rules read. Keys are stable: fixes and diagnostics name them. */
export interface SiteSettings {
  httpsOnly: Setting<boolean>;
  clientCertEnabled: Setting<boolean>;
  /** `Required`, `Optional`, `OptionalInteractiveUser` (anything else is kept as written). */
  clientCertMode: Setting<string>;
  /** Raw exclusion path text as written (`,` or `;` separated). */
  clientCertExclusionPaths: Setting<string>;
  minTlsVersion: Setting<string>;
  scmMinTlsVersion: Setting<string>;
  http20Enabled: Setting<boolean>;
  publicNetworkAccess: Setting<string>;
  /** App setting `WEBSITE_LOAD_CERTIFICATES`. */
  loadCertificates: Setting<string>;
}

export type SiteSettingKey = keyof SiteSettings;

/**
 * How each setting is written in the entity's own dialect (`siteConfig.minTlsVersion`,
 * `site_config.minimum_tls_version`), for messages. Filled by the parsers from the setting catalogs.
 */
export type WrittenNames<K extends string> = Readonly<Record<K, string>>;

/**
 * The property dialect an entity is written in: ARM's (ARM, Bicep, azapi bodies) or the azurerm
 * provider's. Platform defaults differ between them, so messages say whose default applies.
 */
export type Dialect = 'arm' | 'azurerm';

/**
 * How client certificates are turned on: an on/off setting of their own, a mode being set
 * (azurerm logic app standard, legacy azurerm function app), or not at all (legacy azurerm slots).
 */
export type ClientCertSwitch = 'enabled' | 'mode' | 'none';

export interface AppServiceSite extends EntityBase {
  entity: 'site';
  kind: SiteKind;
  /** Present for deployment slots: the site the slot belongs to. */
  slotOf?: { name: string; range?: SourceRange };
  tags: Setting<Record<string, unknown>>;
  settings: SiteSettings;
  dialect: Dialect;
  written: WrittenNames<SiteSettingKey>;
  clientCertSwitch: ClientCertSwitch;
}

export interface CertificateSettings {
  /** Inline PFX data (base64). */
  pfxBlob: Setting<string>;
  password: Setting<string>;
  /** Key Vault reference (ARM `keyVaultId`, Terraform `key_vault_secret_id`): the safe way. */
  keyVaultSecret: Setting<string>;
}

export type CertificateSettingKey = keyof CertificateSettings;

export interface CertificateResource extends EntityBase {
  entity: 'certificate';
  settings: CertificateSettings;
  written: WrittenNames<CertificateSettingKey>;
}

export type Entity = AppServiceSite | CertificateResource;

export type SettingKey = SiteSettingKey | CertificateSettingKey;

/** Human-readable label of an entity: `Microsoft.Web/sites 'api'`, `azurerm_linux_web_app.api[0]`. */
export function entityLabel(entity: EntityBase): string {
  const name = entity.name + (entity.instance ?? '');
  return entity.format === 'terraform' || entity.format === 'terraform-plan' ? name : `${entity.resourceType} '${name}'`;
}

export function settingOf(entity: { readonly settings: object }, key: SettingKey): Setting<unknown> | undefined {
  return (entity.settings as unknown as Record<string, Setting<unknown> | undefined>)[key];
}

/** The name of a setting as the entity's own source writes it (a model key when the entity has no such setting). */
export function writtenName(entity: Entity, key: SettingKey): string {
  return (entity.written as Readonly<Record<string, string | undefined>>)[key] ?? key;
}

/** The module a file belongs to: a Terraform module is its directory; a Bicep file or ARM template is its own. */
export function moduleOfFile(file: string): string {
  return /\.tf(\.json)?$/i.test(file) ? dirname(file) : file;
}

/**
 * Whether a value only comes from the default of a parameter of a module this deployment reaches
 * through a call: the caller left it unset, so nobody wrote that configuration for this deployment.
 * A default of the file being deployed itself is its author's choice, and counts as written.
 */
export function isUnsetModuleDefault(entity: EntityBase, setting: Setting<unknown>): boolean {
  const entry = entity.via?.[0];
  if (setting.kind !== 'set' || !entry) return false;
  const origin = setting.trail[setting.trail.length - 1];
  return origin?.kind === 'parameter-default' && moduleOfFile(origin.range.file) !== moduleOfFile(entry.range.file);
}
