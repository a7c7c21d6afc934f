import type { AnyRule, ReportSeverity, Severity } from '../../rules/api.js';

export const SEVERITIES: readonly Severity[] = ['off', 'note', 'warn', 'error'];

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/**
 * Other spellings users bring from other tools (the reports say `warning`; ESLint says 0, 1, 2).
 * The command line and the config file accept the same ones: this table is the only list.
 */
const ALIASES: Readonly<Record<string, Severity>> = { warning: 'warn', info: 'note', none: 'off', '0': 'off', '1': 'warn', '2': 'error' };

/** Every value a severity may be written as in the config file (its JSON Schema enum). */
export const SEVERITY_SPELLINGS: readonly (string | number)[] = [...SEVERITIES, ...Object.keys(ALIASES).filter((k) => !/^\d$/.test(k)), 0, 1, 2];

/** A severity in any accepted spelling (`warn`, `warning`, `WARN`, `1`, 1). */
export function parseSeverity(text: string | number): Severity | undefined {
  const t = String(text).trim().toLowerCase();
  if (isSeverity(t)) return t;
  return Object.hasOwn(ALIASES, t) ? ALIASES[t] : undefined;
}

/** How a message names the accepted severities. */
export const SEVERITY_CHOICES = `${SEVERITIES.map((s) => `"${s}"`).join(', ')} (or "warning", "info", "none", 0, 1, 2)`;

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

/**
 * The configured severity of an engine diagnostic (`parse-error`, `not-analysed`, …), like any rule's;
 * undefined when it is off, and then a `not-analysed` note is counted in `hidden` (the coverage line
 * still says how much was not analysed, so turning the notes off never makes a run silent about it).
 */
export function engineSeverity(settings: ReadonlyMap<string, RuleSetting>, ruleId: string, hidden?: { notAnalysed: number }): ReportSeverity | undefined {
  const severity = settings.get(ruleId)?.severity ?? 'off';
  if (severity !== 'off') return severity;
  if (ruleId === 'not-analysed' && hidden) hidden.notAnalysed++;
  return undefined;
}
