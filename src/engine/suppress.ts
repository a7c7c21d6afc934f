import type { ReportSeverity } from '../../rules/api.js';
import type { Directive } from '../model/index.js';
import { fingerprint } from './fingerprint.js';
import { interpolate, relPath } from './run-rules.js';
import type { RuleSetting } from './severity.js';
import type { Finding } from './types.js';

/**
 * Applies `mtlslint-disable-next-line` directives: a directive covers findings
 * that start on its target line, and every finding of a resource when it
 * stands directly above the resource (any line from its start to its declaration). Directives that cover nothing are reported.
 */
export function applyDirectives(
  findings: Finding[],
  directives: readonly Directive[],
  settings: ReadonlyMap<string, RuleSetting>,
  root: string,
  unusedTemplate?: string,
): Finding[] {
  const used = new Set<Directive>();
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
        suppress(f, d);
        used.add(d);
      }
    }
    // A directive above the resource (its first line through its declaration line) covers all of it.
    const res = f.resource;
    if (res && !f.suppressions?.length) {
      const from = res.extent && res.extent.file === res.declaration.file ? res.extent.start.line : res.declaration.start.line;
      for (const d of byFile.get(res.declaration.file) ?? []) {
        if (d.rules.length && !d.rules.includes(f.ruleId)) continue;
        if (d.targetLine >= from && d.targetLine <= res.declaration.start.line) {
          suppress(f, d);
          used.add(d);
        }
      }
    }
  }

  const out = [...findings];
  const unused = settings.get('unused-directive');
  const template = unusedTemplate ?? 'This directive suppresses nothing: no finding of {{rules}} applies to the next line.';
  if (unused && unused.severity !== 'off') {
    for (const d of directives) {
      if (used.has(d)) continue;
      const what = d.rules.length ? d.rules.join(', ') : 'any rule';
      out.push({
        ruleId: 'unused-directive',
        messageId: 'unusedDirective',
        message: interpolate(template, { rules: what }),
        severity: unused.severity as ReportSeverity,
        range: d.range,
        related: [],
        fingerprint: fingerprint(['unused-directive', relPath(root, d.file), d.rules.join(','), d.reason]),
      });
    }
  }
  return out;
}

function suppress(f: Finding, d: Directive): void {
  if (f.suppressions?.length) return;
  f.suppressions = [d.reason !== undefined ? { kind: 'inSource', justification: d.reason } : { kind: 'inSource' }];
}
