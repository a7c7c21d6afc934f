import {
  absent,
  knownDefault,
  unknownDefault,
  type CertificateSettings,
  type Setting,
  type SiteKind,
  type SiteSettings,
  type SourceRange,
} from '../../src/model/index.js';
import { asBool, asObject, asString, asTlsVersion, descendPath, stepItem, toSetting, type Found, type TextOf } from './setting-values.js';

/**
 * Mapping of an evaluated `Microsoft.Web/sites` (or slot) resource and its `config/web` and
 * `config/appsettings` children, and of `Microsoft.Web/certificates`, to the model, with ARM's
 * property names and defaults. ARM templates and Bicep files both use it: each format supplies
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

const LOAD_CERTIFICATES = 'WEBSITE_LOAD_CERTIFICATES';

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

export function siteSettings(c: SiteSources, decl: SourceRange, textOf: TextOf): SiteSettings {
  const prop = (name: string): Found | undefined => c.site(['properties', name]);
  // siteConfig keys: the config/web child overrides the site's own siteConfig, key by key.
  const cfg = (name: string): Found | undefined => fromWeb(c, name) ?? c.site(['properties', 'siteConfig', name]);
  return {
    httpsOnly: toSetting(prop('httpsOnly'), asBool, 'a boolean', decl, knownDefault(false), textOf),
    clientCertEnabled: toSetting(prop('clientCertEnabled'), asBool, 'a boolean', decl, knownDefault(false), textOf),
    clientCertMode: toSetting(prop('clientCertMode'), asString, 'a string', decl, knownDefault('Required', 'service default when client certificates are enabled'), textOf),
    clientCertExclusionPaths: toSetting(prop('clientCertExclusionPaths'), asString, 'a string', decl, knownDefault(''), textOf),
    minTlsVersion: toSetting(cfg('minTlsVersion'), asTlsVersion, 'a TLS version string', decl, knownDefault('1.2', 'service default for new apps'), textOf),
    scmMinTlsVersion: toSetting(cfg('scmMinTlsVersion'), asTlsVersion, 'a TLS version string', decl, knownDefault('1.2', 'service default for new apps'), textOf),
    http20Enabled: toSetting(
      cfg('http20Enabled'),
      asBool,
      'a boolean',
      decl,
      unknownDefault('disputed: the API spec says true, other documentation says HTTP/1.1 by default'),
      textOf,
    ),
    publicNetworkAccess: toSetting(prop('publicNetworkAccess') ?? cfg('publicNetworkAccess'), asString, 'a string', decl, unknownDefault('not documented'), textOf),
    loadCertificates: loadCertificates(c, decl, textOf),
  };
}

export function siteTags(read: ReadPath, decl: SourceRange, textOf: TextOf): Setting<Record<string, unknown>> {
  return toSetting(read(['tags']), asObject, 'an object', decl, knownDefault({}), textOf);
}

/** `WEBSITE_LOAD_CERTIFICATES`: a `config/appsettings` child replaces all app settings; else `siteConfig.appSettings`. */
function loadCertificates(c: SiteSources, decl: SourceRange, textOf: TextOf): Setting<string> {
  const none = knownDefault('', 'no certificates are loaded');
  if (c.appsettings) return toSetting(c.appsettings(['properties', LOAD_CERTIFICATES]), asString, 'a string', decl, none, textOf);
  const list = fromWeb(c, 'appSettings') ?? c.site(['properties', 'siteConfig', 'appSettings']);
  if (!list) return absent(decl, none);
  if (list.value.t !== 'array') return toSetting(list, () => undefined, 'an array of { name, value }', decl, none, textOf);
  for (let i = list.value.items.length - 1; i >= 0; i--) {
    const item = stepItem(list, i);
    if (!item) continue;
    const name = descendPath(item, ['name']);
    if (name?.value.t === 'prim' && typeof name.value.value === 'string' && name.value.value.toLowerCase() === LOAD_CERTIFICATES.toLowerCase())
      return toSetting(descendPath(item, ['value']), asString, 'a string', decl, knownDefault(''), textOf);
  }
  return absent(decl, none);
}

/** `Microsoft.Web/certificates`: inline PFX and password versus a Key Vault secret. */
export function certificateSettings(read: ReadPath, decl: SourceRange, textOf: TextOf): CertificateSettings {
  const none = knownDefault('');
  return {
    pfxBlob: toSetting(read(['properties', 'pfxBlob']), asString, 'a base64 string', decl, none, textOf),
    password: toSetting(read(['properties', 'password']), asString, 'a string', decl, none, textOf),
    keyVaultSecret: toSetting(read(['properties', 'keyVaultId']) ?? read(['properties', 'keyVaultSecretName']), asString, 'a string', decl, none, textOf),
  };
}
