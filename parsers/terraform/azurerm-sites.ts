import type { AppServiceSite, Setting, SiteKind, SiteSettings } from '../../src/model/index.js';
import { absent, knownDefault, setValue, unknownDefault, unresolved } from '../../src/model/index.js';
import type { ConfigView } from './config-view.js';
import { entityBase, type EntityContext } from './entity-context.js';
import { bool, readAppSetting, readSetting, record, str } from './settings.js';
import type { Val } from './values.js';

/**
 * Which azurerm arguments carry each setting, by family of resource types
 * (see shared/reference/app-service-facts.md):
 * - `web`, `function`: the current web and function app types, their slots, flex consumption;
 * - `logic`: logic app standard (certificates on when a mode is set; default by provider era);
 * - `legacy-app`: `azurerm_app_service`; `legacy-function`: `azurerm_function_app` (on when a mode is set);
 * - `legacy-slot`: the legacy slots, which have no client certificate arguments.
 */
type Family = 'web' | 'function' | 'logic' | 'legacy-app' | 'legacy-function' | 'legacy-slot';

interface SiteType {
  kind: SiteKind;
  family: Family;
  /** The argument that names the parent site of a slot. */
  parent?: string;
}

export const AZURERM_SITE_TYPES: Readonly<Record<string, SiteType>> = {
  azurerm_linux_web_app: { kind: 'webApp', family: 'web' },
  azurerm_windows_web_app: { kind: 'webApp', family: 'web' },
  azurerm_linux_web_app_slot: { kind: 'webApp', family: 'web', parent: 'app_service_id' },
  azurerm_windows_web_app_slot: { kind: 'webApp', family: 'web', parent: 'app_service_id' },
  azurerm_linux_function_app: { kind: 'functionApp', family: 'function' },
  azurerm_windows_function_app: { kind: 'functionApp', family: 'function' },
  azurerm_linux_function_app_slot: { kind: 'functionApp', family: 'function', parent: 'function_app_id' },
  azurerm_windows_function_app_slot: { kind: 'functionApp', family: 'function', parent: 'function_app_id' },
  azurerm_function_app_flex_consumption: { kind: 'functionApp', family: 'function' },
  azurerm_logic_app_standard: { kind: 'logicApp', family: 'logic' },
  azurerm_app_service: { kind: 'webApp', family: 'legacy-app' },
  azurerm_app_service_slot: { kind: 'webApp', family: 'legacy-slot', parent: 'app_service_name' },
  azurerm_function_app: { kind: 'functionApp', family: 'legacy-function' },
  azurerm_function_app_slot: { kind: 'functionApp', family: 'legacy-slot', parent: 'function_app_name' },
};

const NEW = (f: Family): boolean => f === 'web' || f === 'function';

export function mapAzurermSite(view: ConfigView, ctx: EntityContext): AppServiceSite | undefined {
  const type = AZURERM_SITE_TYPES[ctx.resourceType];
  if (!type) return undefined;
  const decl = ctx.declaration;
  const f = type.family;
  const siteConfig = view.blocks('site_config')[0];
  const notAvailable = (what: string) => knownDefault('', `${ctx.resourceType} has no ${what} argument`);

  const modeName = f === 'legacy-app' || f === 'legacy-function' ? 'client_cert_mode' : f === 'legacy-slot' ? undefined : 'client_certificate_mode';
  const modeDefault =
    f === 'function'
      ? knownDefault('Optional', 'azurerm function apps default the mode to Optional')
      : f === 'web'
        ? knownDefault('Required')
        : knownDefault('Required', 'service default');
  const clientCertMode: Setting<string> = modeName ? readSetting(view, modeName, str, 'string', modeDefault, decl) : absent(decl, modeDefault);

  let clientCertEnabled: Setting<boolean>;
  if (NEW(f)) clientCertEnabled = readSetting(view, 'client_certificate_enabled', bool, 'bool', knownDefault(false), decl);
  else if (f === 'legacy-app') clientCertEnabled = readSetting(view, 'client_cert_enabled', bool, 'bool', knownDefault(false), decl);
  else if (f === 'legacy-slot') clientCertEnabled = absent(decl, knownDefault(false, `${ctx.resourceType} has no client certificate argument`));
  else clientCertEnabled = enabledByMode(clientCertMode, f, ctx);

  const tlsName = NEW(f) ? 'minimum_tls_version' : 'min_tls_version';
  const scmTlsName = NEW(f) ? 'scm_minimum_tls_version' : 'scm_min_tls_version';
  const settings: SiteSettings = {
    httpsOnly: readSetting(view, 'https_only', bool, 'bool', knownDefault(false), decl),
    clientCertEnabled,
    clientCertMode,
    clientCertExclusionPaths: NEW(f) ? readSetting(view, 'client_certificate_exclusion_paths', str, 'string', knownDefault(''), decl) : absent(decl, notAvailable('exclusion paths')),
    minTlsVersion: readSetting(siteConfig, tlsName, str, 'string', knownDefault('1.2'), decl),
    scmMinTlsVersion: readSetting(siteConfig, scmTlsName, str, 'string', knownDefault('1.2'), decl),
    http20Enabled: readSetting(siteConfig, 'http2_enabled', bool, 'bool', knownDefault(false), decl),
    publicNetworkAccess: NEW(f)
      ? readSetting(view, 'public_network_access_enabled', (v: Val) => { const b = bool(v); return b === undefined ? undefined : b ? 'Enabled' : 'Disabled'; }, 'bool', knownDefault('Enabled'), decl)
      : readSetting(view, 'public_network_access', str, 'string', unknownDefault('not stated for this resource type'), decl),
    loadCertificates: readAppSetting(view, 'app_settings', 'WEBSITE_LOAD_CERTIFICATES', knownDefault('', 'no certificates are loaded'), decl),
  };

  const site: AppServiceSite = {
    ...entityBase(ctx),
    entity: 'site',
    kind: type.kind,
    tags: readSetting(view, 'tags', record, 'map', knownDefault({}), decl),
    settings,
  };
  if (type.parent) {
    const ref = view.reference(type.parent);
    const written = view.attr(type.parent);
    if (ref) site.slotOf = { name: ctx.prefix + ref.address, range: ref.range };
    else if (written) site.slotOf = { name: written.val.t === 'unknown' ? written.val.expression : (str(written.val) ?? ''), range: written.exprRange };
  }
  return site;
}

/**
 * Logic app standard and the legacy function app have no "enabled" argument:
 * certificates are on when a mode is written. Without a mode, logic apps follow
 * the provider: azurerm 5.0 defaults the mode to Required (on), earlier versions
 * to none (off), and an undecided version constraint leaves it unknown.
 */
function enabledByMode(mode: Setting<string>, f: Family, ctx: EntityContext): Setting<boolean> {
  if (mode.kind === 'set') return setValue(true, mode.range, mode.trail, mode.text);
  if (mode.kind === 'unresolved') return unresolved(mode.expression, mode.range, mode.trail, 'client certificates are on when a mode is set');
  if (f !== 'logic') return absent(ctx.declaration, knownDefault(false, 'no client_cert_mode: client certificates are off'));
  // A plan holds the provider's own defaults: no mode there means none.
  if (ctx.format === 'terraform-plan') return absent(ctx.declaration, knownDefault(false, 'the plan sets no mode'));
  if (ctx.era === 'v5') return absent(ctx.declaration, knownDefault(true, 'azurerm 5.0 and later default the mode to Required'));
  if (ctx.era === 'pre-v5') return absent(ctx.declaration, knownDefault(false, 'azurerm before 5.0: no mode means client certificates are off'));
  return absent(ctx.declaration, unknownDefault('the azurerm version constraint does not decide the default (on from 5.0, off before)'));
}
