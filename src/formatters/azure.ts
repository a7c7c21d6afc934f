import { terminalText } from './escape.js';
import { isSuppressed, singleLine, sortedFindings } from './findings.js';
import { relativePath } from './paths.js';
import type { Formatter } from './types.js';

/**
 * Escapes the message of an Azure Pipelines logging command (after `]`), as the agent
 * unescapes it: `%` first (as `%AZP25`), so that the other escapes are not escaped again.
 */
export function escapeAzureData(text: string): string {
  return terminalText(text.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escapes a property value: additionally `;`, which separates properties, and `]`, which ends them. */
export function escapeAzureProperty(text: string): string {
  return escapeAzureData(text).replace(/;/g, '%3B').replace(/]/g, '%5D');
}

/**
 * The agent runs `##vso[` wherever it appears in a line of the log: a plain line (not a
 * command of ours) must not contain it, or a value in a linted file could set variables or
 * fail the build. `##[` at the start of a line is a formatting command.
 */
function defang(text: string): string {
  return text.replace(/#(?=#)/g, '#\u200B');
}

/**
 * Azure Pipelines: one `task.logissue` command per unsuppressed error or warning, with file,
 * line, column and rule id, which the run's summary lists and links to the source. The agent
 * has no level below warning, so notes (settings only known at deployment, modules not read)
 * are plain log lines. Paths are relative to the repository root, where the pipeline checks out
 * the sources.
 */
export const azure: Formatter = (result, ctx) => {
  const lines = sortedFindings(result.findings.filter((f) => !isSuppressed(f))).map((f) => {
    const file = relativePath(f.range.file, ctx.root);
    const { line, column } = f.range.start;
    const message = escapeAzureData(f.message);
    if (f.severity === 'note') return defang(terminalText(`mtlslint note: ${file}:${line}:${column}: ${f.ruleId}: ${singleLine(f.message)}`));
    const props = [
      ['type', f.severity === 'error' ? 'error' : 'warning'],
      ['sourcepath', file],
      ['linenumber', String(line)],
      ['columnnumber', String(column)],
      ['code', f.ruleId],
    ].map(([k, v]) => `${k}=${escapeAzureProperty(v ?? '')}`);
    return `##vso[task.logissue ${props.join(';')}]${message}`;
  });
  return lines.length ? `${lines.join('\n')}\n` : '';
};

