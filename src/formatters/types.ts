import type { AnyRule } from '../../rules/api.js';
import type { LintResult } from '../engine/types.js';

export interface FormatContext {
  /** Every rule known to the run, engine diagnostics included. */
  rules: readonly AnyRule[];
  /** stylish, json and github paths are relative to this. */
  cwd: string;
  /** SARIF URIs are relative to this (the repository root); equals `LintResult.root`. */
  root: string;
  color: boolean;
  /** The package version. */
  toolVersion: string;
  /** SARIF `runAutomationDetails.id`. */
  automationId?: string;
  /** SARIF: include suppressed findings, with `suppressions[]`. */
  includeSuppressed?: boolean;
}

export type Formatter = (result: LintResult, ctx: FormatContext) => string;

export const TOOL_NAME = 'mtlslint';
export const INFORMATION_URI = 'https://github.com/mtlslint/mtlslint';
/** Where each rule's generated reference lives; `<id>.md` is appended. */
export const RULE_DOCS_BASE_URI = 'https://github.com/mtlslint/mtlslint/blob/main/docs/rules/';

export function ruleHelpUri(ruleId: string): string {
  return `${RULE_DOCS_BASE_URI}${ruleId}.md`;
}
