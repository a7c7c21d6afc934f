import { relPath } from '../engine/run-rules.js';
import { countBySeverity, type LintResult } from '../engine/types.js';
import { markdownCode, markdownText } from '../formatters/escape.js';
import { coverageLine } from '../formatters/findings.js';

const MAX_ROWS = 50;
const LABEL = { error: 'Error', warn: 'Warning', note: 'Note' } as const;

/** The job summary: counts, a findings table (the first 50, errors first), then what was checked. */
export function jobSummary(result: LintResult, reportPath: string | undefined): string {
  const active = result.findings.filter((f) => !f.suppressions?.length);
  const counts = countBySeverity(active);
  const lines = [
    '## mtlslint',
    '',
    active.length === 0
      ? `No problems in ${result.files.length} file${result.files.length === 1 ? '' : 's'}.`
      : `**${counts.error}** error${counts.error === 1 ? '' : 's'}, **${counts.warn}** warning${counts.warn === 1 ? '' : 's'}, **${counts.note}** note${counts.note === 1 ? '' : 's'} in ${result.files.length} file${result.files.length === 1 ? '' : 's'}.`,
  ];
  if (active.length) {
    const order = { error: 0, warn: 1, note: 2 } as const;
    const rows = [...active].sort((a, b) => order[a.severity] - order[b.severity]).slice(0, MAX_ROWS);
    lines.push('', '| Severity | Rule | Location | Message |', '|---|---|---|---|');
    for (const f of rows) {
      lines.push(`| ${LABEL[f.severity]} | \`${f.ruleId}\` | ${markdownCode(`${relPath(result.root, f.range.file)}:${f.range.start.line}`)} | ${markdownText(f.message)} |`);
    }
    if (active.length > MAX_ROWS) lines.push('', `… and ${active.length - MAX_ROWS} more${reportPath ? ` in \`${reportPath}\`` : ''}.`);
  }
  // What was checked, also (above all) when nothing was found.
  if (result.coverage) lines.push('', coverageLine(result.coverage));
  return `${lines.join('\n')}\n`;
}
