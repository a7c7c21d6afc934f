import type { AnyRule } from '../../rules/api.js';
import type { RuleConfig } from './rule-config.js';

export const PRESET_NAMES = ['mtlslint:recommended', 'mtlslint:strict'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export interface Preset {
  rules: Record<string, RuleConfig>;
}

/**
 * `recommended` is the rules' own defaults. `strict` makes every warning an error, asks for a
 * documented reason for every exclusion path (an `allowed` entry or a directive with a reason)
 * and keeps unresolved settings visible as warnings.
 */
export function preset(name: PresetName, rules: readonly AnyRule[]): Preset {
  if (name === 'mtlslint:recommended') return { rules: {} };
  const out: Record<string, RuleConfig> = {};
  for (const r of rules) if (r.meta.defaultSeverity === 'warn') out[r.id] = 'error';
  out['client-cert-exclusion-paths'] = ['error', { allowed: [] }];
  out['unresolved-setting'] = 'warn';
  out['unused-directive'] = 'error';
  out['directive-reason'] = 'error';
  return { rules: out };
}
