import type { Severity } from '../../rules/api.js';

/** A rule's configuration: a severity, or a severity with options. */
export type RuleConfig = Severity | readonly [Severity, unknown?];

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** `over` applied on top of `base`: a bare severity keeps the options below it; option objects merge key by key. */
export function mergeRuleConfig(base: RuleConfig | undefined, over: RuleConfig): RuleConfig {
  const baseOptions = Array.isArray(base) ? base[1] : undefined;
  if (typeof over === 'string') return baseOptions === undefined ? over : [over, baseOptions];
  const [severity, options] = over;
  if (options === undefined) return baseOptions === undefined ? [severity] : [severity, baseOptions];
  if (isPlainObject(baseOptions) && isPlainObject(options)) return [severity, { ...baseOptions, ...options }];
  return [severity, options];
}

export function mergeRuleConfigs(...layers: readonly (Readonly<Record<string, RuleConfig>> | undefined)[]): Record<string, RuleConfig> {
  const out: Record<string, RuleConfig> = {};
  for (const layer of layers) for (const [id, c] of Object.entries(layer ?? {})) out[id] = mergeRuleConfig(out[id], c);
  return out;
}
