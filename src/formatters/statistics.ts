import type { LintResult } from '../engine/types.js';
import { compareStrings, isSuppressed } from './findings.js';
import { ruleHelpUri } from './types.js';

export interface RuleStatistics {
  ruleId: string;
  count: number;
  errors: number;
  warnings: number;
  notes: number;
  /** How many of them `--fix` can change. */
  fixable: number;
  helpUri: string;
}

/** Unsuppressed findings counted per rule, most frequent first. */
export function ruleStatistics(result: LintResult): RuleStatistics[] {
  const byRule = new Map<string, RuleStatistics>();
  for (const f of result.findings) {
    if (isSuppressed(f)) continue;
    const s = byRule.get(f.ruleId) ?? { ruleId: f.ruleId, count: 0, errors: 0, warnings: 0, notes: 0, fixable: 0, helpUri: ruleHelpUri(f.ruleId) };
    s.count++;
    if (f.severity === 'error') s.errors++;
    else if (f.severity === 'warn') s.warnings++;
    else s.notes++;
    if (f.fix) s.fixable++;
    byRule.set(f.ruleId, s);
  }
  return [...byRule.values()].sort((a, b) => b.count - a.count || compareStrings(a.ruleId, b.ruleId));
}

/** `--statistics` in stylish: an aligned table, one rule a line; nothing when there is nothing. */
export function statisticsText(result: LintResult): string {
  const rows = ruleStatistics(result);
  if (rows.length === 0) return '';
  const cells = [['count', 'rule', 'errors', 'warnings', 'notes', 'fixable'], ...rows.map((r) => [r.count, r.ruleId, r.errors, r.warnings, r.notes, r.fixable].map(String))];
  const widths = cells[0]?.map((_, i) => Math.max(...cells.map((c) => (c[i] ?? '').length))) ?? [];
  const line = (c: string[]): string =>
    c
      .map((v, i) => (i === 1 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${cells.map(line).join('\n')}\n`;
}

/** `--statistics` in json: the same rows, for tools. */
export function statisticsJson(result: LintResult): string {
  return `${JSON.stringify(ruleStatistics(result), null, 2)}\n`;
}
