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

/** A value as it reads in a message: the source text when known, else JSON. */
export function shownValue(setting: Setting<unknown>): string {
  if (setting.kind === 'set') return JSON.stringify(setting.value);
  if (setting.kind === 'unresolved') return setting.expression;
  return setting.default.known ? JSON.stringify(setting.default.value) : 'unknown';
}
