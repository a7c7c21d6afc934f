import type { AppServiceSite, PlatformDefault, Setting, SiteSettingKey, SiteSettings } from '../../src/model/index.js';
import { absent, knownDefault, setValue, unresolved } from '../../src/model/index.js';
import { azurermSiteFacts, azurermSiteType, missingArgumentDefault, modeSwitchDefault, type AzurermArgument, type AzurermSiteType } from './azurerm-catalog.js';
import type { ConfigView } from './config-view.js';
import { entityBase, type EntityContext } from './entity-context.js';
import { readAppSetting, readSetting, record, str } from './settings.js';

export { AZURERM_SITE_TYPES } from './azurerm-catalog.js';

/** Reads one catalog argument: a top-level argument, one in a nested block, or an app setting. */
export function readArgument(view: ConfigView | undefined, a: AzurermArgument<unknown>, declaration: EntityContext['declaration']): Setting<unknown> {
  let at = view;
  for (const block of a.path.slice(0, -1)) at = at?.blocks(block)[0];
  const name = a.path[a.path.length - 1] as string;
  if (a.appSetting) return readAppSetting(at, name, a.appSetting, a.default as PlatformDefault<string>, declaration);
  return readSetting(at, name, a.convert, a.typeName, a.default, declaration);
}

/** An azurerm web, function or logic app, or slot, read with the azurerm setting catalog. */
export function mapAzurermSite(view: ConfigView, ctx: EntityContext): AppServiceSite | undefined {
  const type = azurermSiteType(ctx.resourceType);
  if (!type) return undefined;
  const decl = ctx.declaration;
  const settings: Partial<Record<SiteSettingKey, Setting<unknown>>> = {};
  for (const key of Object.keys(azurermSiteFacts(type).written) as SiteSettingKey[]) {
    const a = type.args[key];
    settings[key] = a ? readArgument(view, a, decl) : absent(decl, missingArgumentDefault(ctx.resourceType, type, key));
  }
  if (type.clientCertSwitch === 'mode') settings.clientCertEnabled = enabledByMode(settings.clientCertMode as Setting<string>, type, ctx);

  const site: AppServiceSite = {
    ...entityBase(ctx),
    entity: 'site',
    kind: type.kind,
    tags: readSetting(view, 'tags', record, 'map', knownDefault({}), decl),
    settings: settings as SiteSettings,
    ...azurermSiteFacts(type),
  };
  if (type.parent) {
    const ref = view.reference(type.parent);
    const written = view.attr(type.parent);
    if (ref) site.slotOf = { name: ctx.prefix + ref.address, range: ref.range };
    else if (written) site.slotOf = { name: written.val.t === 'unknown' ? written.val.expression : (str(written.val) ?? ''), range: written.exprRange };
  }
  return site;
}

/** Where a mode is the switch, certificates are on when one is written; else the provider's default. */
function enabledByMode(mode: Setting<string>, type: AzurermSiteType, ctx: EntityContext): Setting<boolean> {
  if (mode.kind === 'set') return setValue(true, mode.range, mode.trail, mode.text);
  if (mode.kind === 'unresolved') return unresolved(mode.expression, mode.range, mode.trail, 'client certificates are on when a mode is set');
  return absent(ctx.declaration, modeSwitchDefault(type, ctx.era, ctx.format === 'terraform-plan'));
}
