import type { AppServiceSite, Entity, Hop, Setting, SiteKind } from '../../src/model/index.js';
import type { Reworded } from '../api.js';

const KIND_PLURAL: Record<SiteKind, string> = {
  webApp: 'web apps',
  functionApp: 'function apps',
  logicApp: 'logic apps (standard)',
};

/** `function apps`, `azurerm function apps`: who a platform default belongs to, for messages (slots included). */
export function kindPlural(site: AppServiceSite): string {
  const base = KIND_PLURAL[site.kind];
  return site.dialect === 'azurerm' ? `azurerm ${base}` : base;
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

/** Default values longer than this are not quoted: "its default" says enough. */
const MAX_DEFAULT_CHARS = 40;

/**
 * Where a value comes from, as a parenthesised phrase for messages (empty for a literal on the
 * property), naming what the user sets: the outermost parameter or variable the value came
 * through (not a local or template variable that only passes it on), its default when that
 * applies, the attribute whose type default (`optional(bool, false)`) applies, the module call or
 * file that sets it: ` (from variable 'client_certificate_enabled', default false)`.
 */
export function sourcePhrase(setting: Setting<unknown>, entity: Entity): Reworded {
  return { text: userSourcePhrase(setting, entity), v1: v1SourcePhrase(setting, entity) };
}

function userSourcePhrase(setting: Setting<unknown>, entity: Entity): string {
  if (setting.kind === 'absent') return '';
  const hops = setting.trail.slice(1);
  const parameter = hops.findLast((h) => h.kind === 'parameter' || h.kind === 'module-parameter');
  // Without a parameter, the variable or local where the value is written: the last on the way (a
  // condition's hops come before the chosen branch's, which is where the value itself comes from).
  const first = parameter ? hopPhrase(parameter, entity) : hops.map((h) => hopPhrase(h, entity)).findLast((p) => p !== undefined);
  const parts = first ? [first] : [];
  const last = hops[hops.length - 1];
  if (last?.kind === 'parameter-file') parts.push('set in the parameter file');
  else if (last?.kind === 'tfvars') parts.push('set in a tfvars file');
  else if (last?.kind === 'module-argument' && parameter && last.call) parts.push(`set in ${last.call}`);
  else if (last?.kind === 'parameter-default' && first) {
    const text = setting.kind === 'set' && setting.text !== undefined && !/[\r\n]/.test(setting.text) && setting.text.length <= MAX_DEFAULT_CHARS ? setting.text : undefined;
    // A default of an attribute of the parameter's type: the hop before is not the parameter itself.
    const before = hops[hops.length - 2];
    const attribute = last.name !== undefined && before?.kind !== 'parameter' && before?.kind !== 'module-parameter';
    if (attribute) parts.push(`whose attribute '${last.name}' ${text !== undefined ? `defaults to ${text}` : 'is left to its default'}`);
    else parts.push(text !== undefined ? `default ${text}` : 'its default');
  }
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/**
 * The phrase exactly as mtlslint 0.1 worded it (the first parameter, variable or local on the way,
 * and where that is set). Never shown: only version 1 baseline fingerprints, which hashed message
 * data, use it. Changing it un-matches their entries.
 */
function v1SourcePhrase(setting: Setting<unknown>, entity: Entity): string {
  if (setting.kind === 'absent') return '';
  const parts: string[] = [];
  const first = setting.trail
    .slice(1)
    .map((h) => hopPhrase(h, entity))
    .find((p) => p !== undefined);
  if (first) parts.push(first);
  const last = setting.trail[setting.trail.length - 1];
  if (last?.kind === 'parameter-file') parts.push('set in the parameter file');
  else if (last?.kind === 'tfvars') parts.push('set in a tfvars file');
  else if (last?.kind === 'parameter-default' && first) parts.push('its default');
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** A phrase before a source phrase (`false (from …)`), in both wordings. */
export function prefixed(prefix: string, phrase: Reworded): Reworded {
  return { text: prefix + phrase.text, v1: prefix + phrase.v1 };
}

/** A value as it reads in a message: the source text when known, else JSON. */
export function shownValue(setting: Setting<unknown>): string {
  if (setting.kind === 'set') return JSON.stringify(setting.value);
  if (setting.kind === 'unresolved') return setting.expression;
  return setting.default.known ? JSON.stringify(setting.default.value) : 'unknown';
}
