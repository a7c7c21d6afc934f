import type { ReportSeverity } from '../../rules/api.js';
import type { Finding } from '../engine/types.js';
import { isSuppressed, sortedFindings } from './findings.js';
import { terminalText } from './escape.js';
import { relativePath } from './paths.js';
import { ruleHelpUri, TOOL_NAME, type Formatter } from './types.js';

const COMMAND: Record<ReportSeverity, string> = { error: 'error', warn: 'warning', note: 'notice' };

/** Escapes the message part of a workflow command (after `::`). */
export function escapeData(text: string): string {
  return terminalText(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escapes a property value (`file=…`, `title=…`): additionally `:` and `,`, which delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions annotations, one workflow command per unsuppressed finding, the file relative
 * to the repository root. Columns are only sent for single-line ranges: the runner rejects
 * `col`/`endColumn` when `line` ≠ `endLine`.
 */
export const github: Formatter = (result, ctx) => {
  // The runner resolves `file` against the repository root (the workspace), wherever mtlslint ran.
  const lines = sortedFindings(result.findings.filter((f) => !isSuppressed(f))).map((f) => command(f, ctx.root));
  return lines.length ? `${lines.join('\n')}\n` : '';
};

function command(f: Finding, root: string): string {
  const { start, end } = f.range;
  const props: [string, string | number][] = [
    ['file', relativePath(f.range.file, root)],
    ['line', start.line],
  ];
  if (start.line === end.line) props.push(['col', start.column]);
  props.push(['endLine', end.line]);
  if (start.line === end.line) props.push(['endColumn', end.column]);
  // The rule's documentation one step away: annotations render the title, not links in it, but show it whole.
  props.push(['title', `${TOOL_NAME} (${f.ruleId}): ${ruleHelpUri(f.ruleId)}`]);
  const propText = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${COMMAND[f.severity]} ${propText}::${escapeData(f.message)}`;
}
