import type { Setting, SiteSettingKey, SiteSettings, SourceRange } from '../../src/model/index.js';
import { ARM_SITE_SETTINGS, catalogEntries, type ArmSetting } from '../shared/arm-catalog.js';
import { azapiBody, readArmSetting } from './azapi-sites.js';
import { ValView } from './config-view.js';
import { asString, member, type Val } from './values.js';

/** `Microsoft.Web/sites/config@…` (and slots/config): which config resource it is, if one we read. */
export function azapiConfigType(type: Val): boolean {
  const s = asString(type)?.split('@')[0]?.trim().toLowerCase();
  return s === 'microsoft.web/sites/config' || s === 'microsoft.web/sites/slots/config';
}

/**
 * The settings a `config` child carries: `web` holds a siteConfig body, `appsettings`
 * a map of app settings. Only settings written there are returned; the site keeps
 * its own value for the rest (the config, applied after the site, wins where both write).
 * `replaces`: the body is PUT as a whole (an `azapi_resource`), so an `appsettings` config
 * replaces the whole collection and an app setting it leaves out is absent afterwards, as
 * for an ARM config; an `azapi_update_resource` merges its body into the current one.
 */
export function readAzapiConfig(name: string | undefined, bodyRead: { val: Val; exprRange: SourceRange } | undefined, declaration: SourceRange, replaces: boolean): Partial<SiteSettings> {
  if (!bodyRead || (name !== 'web' && name !== 'appsettings')) return {};
  const body = azapiBody(bodyRead.val);
  const props = member(body, 'properties', true) ?? (body.t === 'unknown' ? body : undefined);
  if (!props) return {};
  const view = new ValView(props, props.hops.length === 0 ? props.range : bodyRead.exprRange, true);
  const out: Partial<Record<SiteSettingKey, Setting<unknown>>> = {};
  // `appsettings` is the map of app settings itself; `web` is a siteConfig body.
  const appSettings = new ValView({ t: 'object', entries: [{ key: 'appSettings', keyRange: props.range, value: props }], range: props.range, hops: [] }, view.range, true);
  for (const [key, entry] of catalogEntries(ARM_SITE_SETTINGS)) {
    // `properties` settings are only read on the site itself.
    if (entry.place === 'properties' || (name === 'appsettings' && entry.place !== 'appSetting')) continue;
    const s = readArmSetting(entry as ArmSetting<unknown>, undefined, name === 'appsettings' ? appSettings : view, declaration);
    if (s.kind !== 'absent' || (replaces && name === 'appsettings')) out[key] = s;
  }
  return out as Partial<SiteSettings>;
}
