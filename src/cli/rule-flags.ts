import type { RuleConfig } from '../engine/rule-config.js';
import { UsageError } from '../engine/errors.js';
import { parseSeverity } from '../engine/severity.js';

/** `--rule id=severity` (also `id:severity`), repeatable or comma-separated. */
export function parseRuleFlags(values: readonly string[], known: ReadonlySet<string>): Record<string, RuleConfig> {
  const out: Record<string, RuleConfig> = {};
  for (const value of values.flatMap((v) => v.split(','))) {
    const m = /^\s*([\w-]+)\s*[=:]\s*(\w+)\s*$/.exec(value);
    if (!m) throw new UsageError(`--rule expects id=severity (for example client-cert-mode=warn), got '${value}'`);
    const [, id = '', sev = ''] = m;
    if (!known.has(id)) throw new UsageError(`--rule: unknown rule '${id}'. Run 'mtlslint rules' for the list.`);
    const severity = parseSeverity(sev);
    if (!severity) throw new UsageError(`--rule ${id}: severity must be off, note, warn or error, got '${sev}'`);
    out[id] = severity;
  }
  return out;
}
