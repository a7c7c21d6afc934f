import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Range } from 'vscode-languageserver';
import type { SourceRange } from '../model/index.js';
import type { Finding } from '../engine/types.js';
import { ruleHelpUri, TOOL_NAME } from '../formatters/types.js';

/** What a diagnostic carries back to the server in a code action request. */
export interface DiagnosticData {
  fingerprint: string;
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/**
 * Our ranges are 1-based with an inclusive end; LSP ranges are 0-based with an exclusive end.
 * Both count columns in UTF-16 code units (the LSP default position encoding).
 */
export function lspRange(range: SourceRange): Range {
  return {
    start: { line: range.start.line - 1, character: range.start.column - 1 },
    end: { line: range.end.line - 1, character: range.end.column },
  };
}

const SEVERITY = { error: DiagnosticSeverity.Error, warn: DiagnosticSeverity.Warning, note: DiagnosticSeverity.Information } as const;

/** An unsuppressed finding as an LSP diagnostic; unresolved settings are hints (nothing to change yet, only to know). */
export function toDiagnostic(f: Finding): Diagnostic {
  const data: DiagnosticData = { fingerprint: f.fingerprint };
  const d: Diagnostic = {
    range: lspRange(f.range),
    severity: f.ruleId === 'unresolved-setting' ? DiagnosticSeverity.Hint : SEVERITY[f.severity],
    source: TOOL_NAME,
    code: f.ruleId,
    codeDescription: { href: ruleHelpUri(f.ruleId) },
    message: f.message,
    data,
  };
  if (f.ruleId === 'unused-directive') d.tags = [DiagnosticTag.Unnecessary];
  if (f.related.length) {
    d.relatedInformation = f.related.map((r) => ({ location: { uri: fileUri(r.range.file), range: lspRange(r.range) }, message: r.message }));
  }
  return d;
}
