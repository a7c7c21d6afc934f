import type { ReportSeverity } from '../../rules/api.js';
import type { Coverage, Finding } from '../engine/types.js';
import { compareRanges, type SourceRange } from '../model/index.js';

export function isSuppressed(finding: Finding): boolean {
  return (finding.suppressions?.length ?? 0) > 0;
}

/** Report order: file, position, then rule and message so that equal positions stay stable. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareRanges(a.range, b.range) ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.messageId, b.messageId) ||
    compareStrings(a.message, b.message)
  );
}

export function sortedFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The word people read: `warn` is the config spelling, `warning` the report one. */
export const SEVERITY_LABEL: Record<ReportSeverity, string> = { error: 'error', warn: 'warning', note: 'note' };

export const SEVERITY_RANK: Record<ReportSeverity, number> = { error: 0, warn: 1, note: 2 };

/**
 * The resource declaration a finding is about. Not the first related location: that one is left
 * out when the finding points at the declaration itself, and a module's caller comes first then.
 * Findings without a resource (parse errors, directives) have none.
 */
export function declarationOf(finding: Finding): SourceRange | undefined {
  return finding.resource?.declaration;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Collapses line breaks so that a message stays on one output line. */
export function singleLine(text: string): string {
  // Most messages are one line already.
  if (!text.includes('\n') && !text.includes('\r')) return text;
  // Line by line, not one regular expression: `\s*` around line breaks backtracks quadratically over long blank runs.
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length === 1) return text;
  const first = (lines[0] as string).trimEnd();
  const last = (lines.at(-1) as string).trimStart();
  const middle = lines.slice(1, -1).map((l) => l.trim()).filter((l) => l !== '');
  return [first, ...middle, last].join(' ');
}

/**
 * What a run checked, as one sentence: "Checked 14 sites and 3 slots in 52 files; 6 settings only
 * known at deployment; 2 not analysed." A clean run says so too, so that silence never hides a run
 * that looked at nothing.
 */
export function coverageLine(c: Coverage): string {
  // Only what there is: "Checked 1 certificate", not "0 sites and 1 certificate".
  const resources: string[] = [];
  if (c.sites) resources.push(plural(c.sites, 'site'));
  if (c.slots) resources.push(plural(c.slots, 'slot'));
  if (c.certificates) resources.push(plural(c.certificates, 'certificate'));
  const last = resources.pop() ?? '';
  const what =
    c.sites + c.slots + c.certificates === 0
      ? `Checked ${plural(c.files, 'file')}: no App Service site, slot or certificate in them`
      : `Checked ${resources.length ? `${resources.join(', ')} and ${last}` : last} in ${plural(c.files, 'file')}`;
  const gaps = [
    c.unresolved ? `${plural(c.unresolved, 'setting')} only known at deployment` : '',
    c.notAnalysed ? `${c.notAnalysed} not analysed (${c.notAnalysedHidden ? `not listed: the not-analysed notes are turned off in the config` : 'see the not-analysed notes'})` : '',
    c.notRead ? `${plural(c.notRead, 'file')} not read` : '',
  ].filter((g) => g !== '');
  return `${[what, ...gaps].join('; ')}.`;
}
