import type { AppServiceSite, Entity, Hop, Setting, SiteKind } from '../../src/model/index.js';

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
