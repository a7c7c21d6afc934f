import type { AnyRule, ReportSeverity } from '../../rules/api.js';
import type { Directive } from '../model/index.js';
import { fileFinding } from './finding.js';
import { interpolate, relPath } from './run-rules.js';
import type { RuleSetting } from './severity.js';
import type { Finding } from './types.js';

/**
 * Applies `mtlslint-disable-next-line` directives: a directive covers findings
 * that start on its target line, and every finding of a resource when it
 * stands directly above the resource (any line from its start to its declaration).
 * Directives that cover nothing (or name a rule that matched nothing, or a rule that does not
 * exist) are reported as `unused-directive`, directives without a reason as `directive-reason`.
 */
export function applyDirectives(
  findings: Finding[],
  directives: readonly Directive[],
  settings: ReadonlyMap<string, RuleSetting>,
  root: string,
  rules?: readonly AnyRule[],
): Finding[] {
  const used = new Map<Directive, Set<string>>();
  const byFile = new Map<string, Directive[]>();
  for (const d of directives) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }

  for (const f of findings) {
    for (const d of byFile.get(f.range.file) ?? []) {
      if (d.rules.length && !d.rules.includes(f.ruleId)) continue;
      if (d.targetLine === f.range.start.line) {
        suppress(f, d, used);
      }
    }
    // A directive above the resource (its first line through its declaration line) covers all of it.
    const res = f.resource;
    if (res && !f.suppressions?.length) {
      const from = res.extent && res.extent.file === res.declaration.file ? res.extent.start.line : res.declaration.start.line;
      for (const d of byFile.get(res.declaration.file) ?? []) {
        if (d.rules.length && !d.rules.includes(f.ruleId)) continue;
        if (d.targetLine >= from && d.targetLine <= res.declaration.start.line) {
          suppress(f, d, used);
        }
      }
    }
  }

  const out = [...findings];
  const template = (ruleId: string, messageId: string, fallback: string): string =>
    rules?.find((r) => r.id === ruleId)?.meta.messages[messageId] ?? fallback;
  const unused = settings.get('unused-directive');
  if (unused && unused.severity !== 'off') {
    const push = (d: Directive, messageId: string, message: string, key: string): void => {
      out.push(
        fileFinding({
          ruleId: 'unused-directive',
          messageId,
          message,
          severity: unused.severity as ReportSeverity,
          range: d.range,
          identity: ['unused-directive', relPath(root, d.file), key, d.reason],
        }),
      );
    };
    // A rule id no rule has (a typo, a rule of another tool) can never match: say that, not "unused".
    const known = rules ? new Set(rules.map((r) => r.id)) : undefined;
    const isUnknown = (rule: string): boolean => known !== undefined && !known.has(rule);
    for (const d of directives) {
      for (const rule of d.rules.filter(isUnknown)) {
        push(d, 'unknownRule', interpolate(template('unused-directive', 'unknownRule', DEFAULT_UNKNOWN_RULE), { rule }), `${d.rules.join(',')}#${rule}`);
      }
      const hit = used.get(d);
      const knownRules = d.rules.filter((r) => !isUnknown(r));
      if (!hit) {
        // Only unknown ids: already said.
        if (d.rules.length && !knownRules.length) continue;
        const what = knownRules.length ? knownRules.join(', ') : 'any rule';
        push(d, 'unusedDirective', interpolate(template('unused-directive', 'unusedDirective', DEFAULT_UNUSED), { rules: what }), d.rules.join(','));
        continue;
      }
      // A directive naming several rules: each rule that matched nothing is stale on its own.
      for (const rule of knownRules) {
        if (hit.has(rule)) continue;
        push(d, 'unusedRule', interpolate(template('unused-directive', 'unusedRule', DEFAULT_UNUSED_RULE), { rule }), `${d.rules.join(',')}#${rule}`);
      }
    }
  }
  const reason = settings.get('directive-reason');
  if (reason && reason.severity !== 'off') {
    for (const d of directives) {
      if (d.reason !== undefined) continue;
      out.push(
        fileFinding({
          ruleId: 'directive-reason',
          messageId: 'missingReason',
          message: interpolate(template('directive-reason', 'missingReason', DEFAULT_MISSING_REASON), { rules: d.rules.length ? d.rules.join(', ') : 'all rules' }),
          severity: reason.severity as ReportSeverity,
          range: d.range,
          identity: ['directive-reason', relPath(root, d.file), d.rules.join(',')],
        }),
      );
    }
  }
  return out;
}

const DEFAULT_UNUSED = 'This directive suppresses nothing: no finding of {{rules}} applies to the next line.';
const DEFAULT_UNUSED_RULE = "'{{rule}}' in this directive suppresses nothing.";
const DEFAULT_UNKNOWN_RULE = "Unknown rule '{{rule}}' in this directive: it suppresses nothing. Run 'mtlslint rules' for the rule ids.";
const DEFAULT_MISSING_REASON = 'This directive gives no reason: write why after "--" ({{rules}}).';

function suppress(f: Finding, d: Directive, used: Map<Directive, Set<string>>): void {
  const hit = used.get(d) ?? new Set<string>();
  hit.add(f.ruleId);
  used.set(d, hit);
  if (f.suppressions?.length) return;
  f.suppressions = [d.reason !== undefined ? { kind: 'inSource', justification: d.reason } : { kind: 'inSource' }];
}
