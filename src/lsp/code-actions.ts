import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { classifyByName } from '../engine/classify.js';
import type { Finding } from '../engine/types.js';
import { fileUri, type DiagnosticData } from './diagnostics.js';
import type { LintGroup, LintSession, Published } from './session.js';
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

/** Fix every fixable finding of a document: asked for by `source.fixAll` (for example VS Code's fix on save). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.mtlslint`;

/**
 * Quick fixes (from the same fixers as `--fix`) and "suppress with a reason" for the diagnostics
 * in a request; "fix all" for the document when the client asks for source actions.
 */
export async function codeActions(session: LintSession, params: CodeActionParams): Promise<CodeAction[]> {
  // Answer from the findings of the text as it is now.
  await session.whenIdle();
  const only = params.context.only;
  const wants = (kind: string): boolean => only?.some((k) => kind === k || kind.startsWith(`${k}.`)) ?? kind === CodeActionKind.QuickFix;
  const fixes: CodeAction[] = [];
  const suppressions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of params.context.diagnostics) {
      const data = dataOf(d);
      const hit = data ? session.lookup(data.fingerprint) : undefined;
      if (!hit) continue;
      const fix = await quickFix(session, hit, d);
      if (fix) fixes.push(fix);
      const suppress = suppressAction(session, hit.finding, d);
      if (suppress) suppressions.push(suppress);
    }
  }
  if (wants(FIX_ALL_KIND)) {
    const fixAll = await fixAllAction(session, params.textDocument.uri);
    if (fixAll) fixes.push(fixAll);
  }
  return [...fixes, ...suppressions];
}

function describeFix(f: Finding): string {
  const intent = f.fix;
  if (!intent) return `Fix ${f.ruleId}`;
  return `Set ${intent.setting} to ${typeof intent.value === 'string' ? `'${intent.value}'` : String(intent.value)} (${f.ruleId})`;
}

/**
 * Runs the group's lint again with `--fix-dry-run` for these findings only: the engine plans the
 * fixes, re-lints the fixed texts and keeps a file only if it parses and its findings are gone.
 */
async function fixEdits(session: LintSession, group: LintGroup, fingerprints: ReadonlySet<string>): Promise<WorkspaceEdit | undefined> {
  const results = await session.lintGroup(group, { fix: 'dry-run', fixOnly: fingerprints });
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
  return any ? { changes } : undefined;
}

async function quickFix(session: LintSession, hit: Published, diagnostic: Diagnostic): Promise<CodeAction | undefined> {
  if (!hit.finding.fix) return undefined;
  const edit = await fixEdits(session, hit.group, new Set([hit.finding.fingerprint]));
  // `--fix` only makes changes it can make certainly right: they are the preferred action.
  return edit && { title: describeFix(hit.finding), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit };
}

async function fixAllAction(session: LintSession, uri: string): Promise<CodeAction | undefined> {
  const fixable = session.findingsIn(uri).filter((p) => p.finding.fix);
  const group = fixable[0]?.group;
  if (!group) return undefined;
  const edit = await fixEdits(session, group, new Set(fixable.map((p) => p.finding.fingerprint)));
  return edit && { title: 'Fix all mtlslint findings that can be fixed', kind: FIX_ALL_KIND, edit };
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
