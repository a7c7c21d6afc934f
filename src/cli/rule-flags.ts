import type { AnyRule } from '../../rules/api.js';
import type { RuleConfig } from '../engine/rule-config.js';
import { UsageError } from '../engine/errors.js';
import { parseSeverity, SEVERITY_CHOICES } from '../engine/severity.js';

/** `--rule id=severity` (also `id:severity`), repeatable or comma-separated. */
export function parseRuleFlags(values: readonly string[], known: ReadonlySet<string>): Record<string, RuleConfig> {
  const out: Record<string, RuleConfig> = {};
  for (const value of values.flatMap((v) => v.split(','))) {
    const m = /^\s*([\w-]+)\s*[=:]\s*(\w+)\s*$/.exec(value);
    if (!m) throw new UsageError(`--rule expects id=severity (for example client-cert-mode=warn), got '${value}'`);
    const [, id = '', sev = ''] = m;
    if (!known.has(id)) throw unknownRule('--rule', id, known);
    const severity = parseSeverity(sev);
    if (!severity) throw new UsageError(`--rule ${id}: severity must be one of ${SEVERITY_CHOICES}, got '${sev}'`);
    out[id] = severity;
  }
  return out;
}

/** Engine diagnostics about the input itself: a run with `--only` still says what it could not read. */
const ALWAYS_ON = new Set(['parse-error', 'not-analysed']);

/**
 * `--only id[,id…]`: every other rule off (but parse errors and inputs not analysed), the named
 * ones on even where the config turns them off (at their default severity, with their options).
 */
export function onlyRules(values: readonly string[], rules: readonly AnyRule[], configured: Readonly<Record<string, RuleConfig>>): Record<string, RuleConfig> {
  const known = new Set(rules.map((r) => r.id));
  const selected = new Set<string>();
  for (const id of values.flatMap((v) => v.split(',')).map((v) => v.trim())) {
    if (!id) continue;
    if (!known.has(id)) throw unknownRule('--only', id, known);
    selected.add(id);
  }
  if (selected.size === 0) throw new UsageError('--only needs at least one rule id');
  const out: Record<string, RuleConfig> = {};
  for (const rule of rules) {
    const current = configured[rule.id];
    if (!selected.has(rule.id)) {
      if (!ALWAYS_ON.has(rule.id)) out[rule.id] = 'off';
      else if (current !== undefined) out[rule.id] = current;
      continue;
    }
    const severity = current === undefined ? undefined : typeof current === 'string' ? current : current[0];
    if (severity === undefined || severity === 'off') out[rule.id] = Array.isArray(current) && current[1] !== undefined ? [rule.meta.defaultSeverity, current[1]] : rule.meta.defaultSeverity;
    else out[rule.id] = current as RuleConfig;
  }
  return out;
}

function unknownRule(option: string, id: string, known: ReadonlySet<string>): UsageError {
  const near = closestRuleId(id, [...known]);
  return new UsageError(`${option}: unknown rule '${id}'${near ? ` (did you mean '${near}'?)` : ''}. Run 'mtlslint rules' for the list.`);
}

/** The known id within a few edits of `id`, if any (typos, `https_only`, a missing dash). */
export function closestRuleId(id: string, ids: readonly string[]): string | undefined {
  const wanted = id.toLowerCase().replace(/_/g, '-');
  let best: { id: string; d: number } | undefined;
  for (const candidate of ids) {
    const d = editDistance(wanted, candidate);
    if (d <= Math.max(2, Math.floor(candidate.length / 4)) && (!best || d < best.d)) best = { id: candidate, d };
  }
  return best?.id;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length] ?? 0;
}
