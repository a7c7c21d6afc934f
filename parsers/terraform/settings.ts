import type { PlatformDefault, Setting, SourceRange } from '../../src/model/index.js';
import { absent } from '../../src/model/index.js';
import type { ConfigView } from './config-view.js';
import { asBool, asString, member, settingFrom, toPlain, type Val } from './values.js';

/** Reading one setting from a view: written (set or unresolved), or absent with the platform default. */
export function readSetting<T>(
  view: ConfigView | undefined,
  name: string,
  convert: (v: Val) => T | undefined,
  typeName: string,
  def: PlatformDefault<T>,
  declaration: SourceRange,
): Setting<T> {
  const read = view?.attr(name);
  if (!read) return absent(declaration, def);
  return settingFrom(read.val, read.exprRange, convert, typeName) ?? absent(declaration, def);
}

export const bool = (v: Val): boolean | undefined => asBool(v);
export const str = (v: Val): string | undefined => asString(v);
export const record = (v: Val): Record<string, unknown> | undefined => {
  const p = toPlain(v);
  return p !== null && typeof p === 'object' && !Array.isArray(p) ? (p as Record<string, unknown>) : undefined;
};

/**
 * An app setting from `app_settings` (a map) or ARM `appSettings` (a list of
 * `{ name, value }`), names compared case-insensitively as App Service does.
 */
export function readAppSetting(view: ConfigView | undefined, mapName: string, key: string, def: PlatformDefault<string>, declaration: SourceRange): Setting<string> {
  const read = view?.attr(mapName);
  if (!read) return absent(declaration, def);
  const settings = read.val;
  let value: Val | undefined;
  if (settings.t === 'object') value = member(settings, key, true);
  else if (settings.t === 'list') {
    for (const item of settings.items) {
      const n = member(item, 'name', true);
      if (n && asString(n)?.toLowerCase() === key.toLowerCase()) value = member({ ...item, hops: [...settings.hops, ...item.hops] }, 'value', true);
    }
  } else if (settings.t === 'unknown') value = settings;
  if (!value) return absent(declaration, def);
  // Written inline at the property: the first hop is the value itself.
  const exprRange = value.hops.length === 0 ? value.range : read.exprRange;
  return settingFrom(value, exprRange, str, 'string') ?? absent(declaration, def);
}
