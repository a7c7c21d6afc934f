import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { classifyByName } from '../engine/classify.js';
import type { Finding } from '../engine/types.js';
import { fileUri, type DiagnosticData } from './diagnostics.js';
import type { LintSession, Published } from './session.js';
import { minimalEdit } from './text-edit.js';

/** What a suppression directive says until its author writes the real reason. */
export const REASON_PLACEHOLDER = 'TODO: say why this exception is accepted';

/** Findings a directive cannot or should not silence: they are about the input or the directives themselves. */
const NOT_SUPPRESSIBLE = new Set(['parse-error', 'unused-directive', 'directive-reason']);

/** The comment that starts a directive, by file kind; JSON variants without comments get none. */
function commentPrefix(file: string): string | undefined {
  switch (classifyByName(file)) {
    case 'bicep':
    case 'bicepparam':
    case 'json':
      return '//';
    case 'terraform':
    case 'tfvars':
      return '#';
    default:
      return undefined;
  }
}

function dataOf(d: Diagnostic): DiagnosticData | undefined {
  const data = d.data as Partial<DiagnosticData> | undefined;
  return typeof data?.fingerprint === 'string' ? { fingerprint: data.fingerprint } : undefined;
}

/** Quick fixes (from the same fixers as `--fix`) and "suppress with a reason" for the diagnostics in a request. */
export async function codeActions(session: LintSession, diagnostics: readonly Diagnostic[]): Promise<CodeAction[]> {
  // Answer from the findings of the text as it is now.
  await session.whenIdle();
  const fixes: CodeAction[] = [];
  const suppressions: CodeAction[] = [];
  for (const d of diagnostics) {
    const data = dataOf(d);
    const hit = data ? session.lookup(data.fingerprint) : undefined;
    if (!hit) continue;
    const fix = await quickFix(session, hit, d);
    if (fix) fixes.push(fix);
    const suppress = suppressAction(session, hit.finding, d);
    if (suppress) suppressions.push(suppress);
  }
  return [...fixes, ...suppressions];
}

function describeFix(f: Finding): string {
  const intent = f.fix;
  if (!intent) return `Fix ${f.ruleId}`;
  return `Set ${intent.setting} to ${typeof intent.value === 'string' ? `'${intent.value}'` : String(intent.value)} (${f.ruleId})`;
}

/**
 * Runs the finding's lint again with `--fix-dry-run` for this one finding: the engine plans the fix,
 * re-lints the fixed text and keeps it only if it parses and the finding is gone.
 */
async function quickFix(session: LintSession, hit: Published, diagnostic: Diagnostic): Promise<CodeAction | undefined> {
  const { finding, group } = hit;
  if (!finding.fix) return undefined;
  const results = await session.lintGroup(group, { fix: 'dry-run', fixOnly: new Set([finding.fingerprint]) });
  const changes: Record<string, TextEdit[]> = {};
  let any = false;
  for (const result of results) {
    for (const fix of result.fixes ?? []) {
      const before = session.currentText(fix.file);
      if (before === undefined || fix.output === undefined) continue;
      const edit = minimalEdit(before, fix.output);
      if (!edit) continue;
      changes[fileUri(fix.file)] = [edit];
      any = true;
    }
  }
  if (!any) return undefined;
  // `--fix` only makes changes it can make certainly right: they are the preferred action.
  return { title: describeFix(finding), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: { changes } };
}

function suppressAction(session: LintSession, f: Finding, diagnostic: Diagnostic): CodeAction | undefined {
  if (NOT_SUPPRESSIBLE.has(f.ruleId)) return undefined;
  const prefix = commentPrefix(f.range.file);
  const text = session.currentText(f.range.file);
  if (prefix === undefined || text === undefined) return undefined;
  const line = f.range.start.line - 1;
  const lineText = text.split(/\r\n|\r|\n/)[line] ?? '';
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const edit: WorkspaceEdit = {
    changes: {
      [fileUri(f.range.file)]: [
        { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${prefix} mtlslint-disable-next-line ${f.ruleId} -- ${REASON_PLACEHOLDER}${eol}` },
      ],
    },
  };
  return { title: `Suppress ${f.ruleId} on this line (write the reason)`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit };
}
