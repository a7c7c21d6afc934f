import type { ReportSeverity } from '../../rules/api.js';
import { countBySeverity, type Finding, type LintResult } from '../engine/types.js';
import type { Position } from '../model/index.js';
import { createColors } from './colors.js';
import { compareStrings, coverageLine, declarationOf, isSuppressed, plural, SEVERITY_LABEL, singleLine } from './findings.js';
import { terminalText } from './escape.js';
import { relativePath } from './paths.js';
import type { FormatContext, Formatter } from './types.js';

interface Row {
  position: Position;
  severity: ReportSeverity;
  message: string;
  ruleId: string;
}

/**
 * ESLint-like text: findings grouped by file, one aligned line each, then a summary and what was
 * checked (the coverage line). A clean run prints only the coverage line: it says the run looked at
 * something. Suppressed findings are left out.
 */
export const stylish: Formatter = (result: LintResult, ctx: FormatContext): string => {
  const c = createColors(ctx.color);
  const shown = result.findings.filter((f) => !isSuppressed(f));
  const coverage = result.coverage ? coverageLine(result.coverage) : undefined;
  if (shown.length === 0) return coverage ? `${c.green('\u2714')} No problems. ${coverage}\n` : '';

  const groups = new Map<string, Row[]>();
  for (const finding of shown) {
    const { file, row } = toRow(finding, ctx.cwd);
    const rows = groups.get(file);
    if (rows) rows.push(row);
    else groups.set(file, [row]);
  }

  const severityColor: Record<ReportSeverity, (s: string) => string> = { error: c.red, warn: c.yellow, note: c.cyan };
  const blocks: string[] = [];
  for (const file of [...groups.keys()].sort(compareStrings)) {
    const rows = (groups.get(file) ?? []).sort(compareRows);
    // Column widths in one pass; lines added to the block as they are made.
    const positions: string[] = [];
    let posWidth = 0;
    let sevWidth = 0;
    // The rule id comes before the message: messages are long sentences, and aligning
    // anything after them would push it off the screen.
    let ruleWidth = 0;
    for (const r of rows) {
      const pos = `${r.position.line}:${r.position.column}`;
      positions.push(pos);
      posWidth = Math.max(posWidth, pos.length);
      sevWidth = Math.max(sevWidth, SEVERITY_LABEL[r.severity].length);
      ruleWidth = Math.max(ruleWidth, r.ruleId.length);
    }
    let block = `${c.underline(file)}\n`;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as Row;
      const sev = SEVERITY_LABEL[r.severity];
      block +=
        `  ${c.dim((positions[i] as string).padStart(posWidth))}  ${severityColor[r.severity](sev)}${' '.repeat(sevWidth - sev.length)}` +
        `  ${c.dim(r.ruleId)}${' '.repeat(ruleWidth - r.ruleId.length)}  ${r.message}\n`;
    }
    blocks.push(block);
  }

  const counts = countBySeverity(shown);
  const summaryColor = counts.error > 0 ? c.red : counts.warn > 0 ? c.yellow : c.cyan;
  const summary =
    `\u2716 ${plural(shown.length, 'problem')} ` +
    `(${plural(counts.error, 'error')}, ${plural(counts.warn, 'warning')}, ${plural(counts.note, 'note')})`;
  return `${blocks.join('\n')}\n${c.bold(summaryColor(summary))}\n${coverage ? `${coverage}\n` : ''}`;
};

/**
 * A finding whose value is written in another file than its resource (a parameter file, a
 * tfvars file, a module caller) is listed under the resource, at the declaration, and says
 * where the value comes from; everything else is listed where it points.
 */
function toRow(finding: Finding, cwd: string): { file: string; row: Row } {
  const declaration = declarationOf(finding);
  const message = terminalText(singleLine(finding.message));
  const base = { severity: finding.severity, ruleId: finding.ruleId };
  // Listed where the value is written, like every other format; when that is another file than the
  // resource's (a parameter file, tfvars, a module caller), the resource's place is named too.
  const resource =
    declaration && declaration.file !== finding.range.file ? ` (resource declared at ${terminalText(relativePath(declaration.file, cwd))}:${declaration.start.line})` : '';
  return { file: terminalText(relativePath(finding.range.file, cwd)), row: { ...base, position: finding.range.start, message: `${message}${resource}` } };
}

function compareRows(a: Row, b: Row): number {
  return (
    a.position.line - b.position.line ||
    a.position.column - b.position.column ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.message, b.message)
  );
}
