import type { AnyRule, ReportSeverity, Severity } from '../../rules/api.js';

export const SEVERITIES: readonly Severity[] = ['off', 'note', 'warn', 'error'];

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/** Accepts the spellings users bring from other tools. */
export function parseSeverity(text: string): Severity | undefined {
  const t = text.trim().toLowerCase();
  if (isSeverity(t)) return t;
  if (t === 'warning' || t === '1') return 'warn';
  if (t === '2') return 'error';
  if (t === '0' || t === 'none') return 'off';
  if (t === 'info') return 'note';
  return undefined;
}

export interface RuleSetting {
  severity: Severity;
  options: unknown;
}

/** The configured severity and options of every rule: defaults, then overrides. */
export function resolveRuleSettings(
  rules: readonly AnyRule[],
  overrides: Readonly<Record<string, Severity | readonly [Severity, unknown?]>> = {},
): Map<string, RuleSetting> {
  const out = new Map<string, RuleSetting>();
  for (const rule of rules) {
    const o = overrides[rule.id];
    let severity: Severity = rule.meta.defaultSeverity;
    let options: unknown = rule.defaultOptions;
    if (typeof o === 'string') severity = o;
    else if (Array.isArray(o)) {
      severity = o[0];
      if (o[1] !== undefined) options = mergeOptions(rule.defaultOptions, o[1]);
    }
    out.set(rule.id, { severity, options });
  }
  return out;
}

function mergeOptions(defaults: unknown, given: unknown): unknown {
  if (defaults && typeof defaults === 'object' && given && typeof given === 'object' && !Array.isArray(given)) {
    return { ...(defaults as object), ...(given as object) };
  }
  return given;
}

export function effectiveSeverity(configured: Severity, requested: ReportSeverity | undefined): Severity {
  if (configured === 'off') return 'off';
  return requested ?? configured;
}
