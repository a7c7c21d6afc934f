import type { FixIntent, ReportSeverity } from '../../rules/api.js';
import type { FixTarget, SiteKind, SourceFormat, SourceRange } from '../model/index.js';

export interface RelatedLocation {
  range: SourceRange;
  message: string;
}

export interface Suppression {
  kind: 'inSource' | 'external';
  /** The reason written with the directive, metadata entry, allow-list entry or baseline. */
  justification?: string;
}

/** What a finding is about, for reports and fingerprints. */
export interface FindingSubject {
  format: SourceFormat;
  resourceType: string;
  name: string;
  instance?: string;
  kind?: SiteKind;
  /** The setting the finding is about (model key, e.g. `clientCertMode`). */
  setting?: string;
}

export interface Finding {
  ruleId: string;
  messageId: string;
  message: string;
  severity: ReportSeverity;
  /** Where the offending value is written (or the declaration when the setting is absent). */
  range: SourceRange;
  /** The resource declaration, then the way the value travelled (parameter, module argument, …). */
  related: RelatedLocation[];
  subject?: FindingSubject;
  /** Stable under unrelated edits: rule, message, file (repository-relative), resource and setting; no line numbers. */
  fingerprint: string;
  suppressions?: Suppression[];
  /** The resource the finding is about: where it is declared and, when known, its whole extent. */
  resource?: { declaration: SourceRange; extent?: SourceRange };
  /** The rule's fix, in model terms (the engine turns it into text edits with `--fix`). */
  fix?: FixIntent;
  /** With `fix`: the part of the entity the entity's format needs to make the edit. */
  fixTarget?: FixTarget;
}

export interface FileError {
  file: string;
  message: string;
}

export interface LintResult {
  findings: Finding[];
  /** Files that were read and linted (absolute paths). */
  files: string[];
  /** Texts of the files that findings point into. */
  texts: Map<string, string>;
  /** The directory relative paths are computed from in reports (repository root, else cwd). */
  root: string;
  stats: { durationMs: number; filesByKind: Record<string, number> };
  /** With `--fix` / `--fix-dry-run`: what was changed (or would be), file by file. */
  fixes?: FileFix[];
  /** With `--fix` / `--fix-dry-run`: fixable findings that were not fixed, and why. */
  skippedFixes?: SkippedFix[];
  /** With `--baseline`: how many findings it suppressed and how many of its entries are fixed. */
  baseline?: { matched: number; fixed: number };
  /**
   * Parse problems per file, whatever severity `parse-error` is configured to (even off): `--fix`
   * compares them before and after, so that a fix never makes a file parse worse.
   */
  parseProblems?: ReadonlyMap<string, number>;
}

/** A fix applied to (or, dry run, computed for) a finding. */
export interface AppliedFix {
  ruleId: string;
  messageId: string;
  fingerprint: string;
  setting: string;
  value: boolean | string;
}

/** The fixes of one file. `output` is the whole fixed text (dry run only). */
export interface FileFix {
  /** Absolute path of the changed file. */
  file: string;
  applied: AppliedFix[];
  output?: string;
}

/** A fixable finding that was left alone, and why. */
export interface SkippedFix {
  ruleId: string;
  fingerprint: string;
  file: string;
  reason: string;
}

export function countBySeverity(findings: readonly Finding[]): Record<ReportSeverity, number> {
  const counts: Record<ReportSeverity, number> = { error: 0, warn: 0, note: 0 };
  for (const f of findings) if (!f.suppressions?.length) counts[f.severity]++;
  return counts;
}
