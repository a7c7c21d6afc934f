import type { AppServiceSite, SiteSettings, SourceRange } from '../../src/model/index.js';
import { knownDefault } from '../../src/model/index.js';
import { azapiBody } from './azapi-sites.js';
import { ValView } from './config-view.js';
import { bool, readAppSetting, readSetting, str } from './settings.js';
import { asString, member, type Val } from './values.js';

/** `Microsoft.Web/sites/config@…` (and slots/config): which config resource it is, if one we read. */
export function azapiConfigType(type: Val): boolean {
  const s = asString(type)?.split('@')[0]?.trim().toLowerCase();
  return s === 'microsoft.web/sites/config' || s === 'microsoft.web/sites/slots/config';
}

/**
 * The settings a `config` child carries: `web` holds a siteConfig body, `appsettings`
 * a map of app settings. Only settings written there are returned; the site keeps
 * its own value for the rest (the site's own siteConfig wins when both are written).
 */
export function readAzapiConfig(name: string | undefined, bodyRead: { val: Val; exprRange: SourceRange } | undefined, declaration: SourceRange): Partial<SiteSettings> {
  if (!bodyRead || (name !== 'web' && name !== 'appsettings')) return {};
  const body = azapiBody(bodyRead.val);
  const props = member(body, 'properties', true) ?? (body.t === 'unknown' ? body : undefined);
  if (!props) return {};
  const view = new ValView(props, props.hops.length === 0 ? props.range : bodyRead.exprRange, true);
  const out: Partial<SiteSettings> = {};
  const none = knownDefault('', 'not set here');
  if (name === 'appsettings') {
    const wrapped: Val = { t: 'object', entries: [{ key: 'settings', keyRange: props.range, value: props }], range: props.range, hops: [] };
    const s = readAppSetting(new ValView(wrapped, view.range, true), 'settings', 'WEBSITE_LOAD_CERTIFICATES', none, declaration);
    if (s.kind !== 'absent') out.loadCertificates = s;
    return out;
  }
  const min = readSetting(view, 'minTlsVersion', str, 'string', none, declaration);
  const scm = readSetting(view, 'scmMinTlsVersion', str, 'string', none, declaration);
  const http2 = readSetting(view, 'http20Enabled', bool, 'bool', knownDefault(false), declaration);
  const load = readAppSetting(view, 'appSettings', 'WEBSITE_LOAD_CERTIFICATES', none, declaration);
  if (min.kind !== 'absent') out.minTlsVersion = min;
  if (scm.kind !== 'absent') out.scmMinTlsVersion = scm;
  if (http2.kind !== 'absent') out.http20Enabled = http2;
  if (load.kind !== 'absent') out.loadCertificates = load;
  return out;
}

/** Fills settings the site leaves absent from its config child, keeping the child's real location. */
export function mergeConfig(site: AppServiceSite, config: Partial<SiteSettings>): void {
  for (const [key, setting] of Object.entries(config) as [keyof SiteSettings, SiteSettings[keyof SiteSettings]][]) {
    if (site.settings[key].kind === 'absent') (site.settings as unknown as Record<string, unknown>)[key] = setting;
  }
}
