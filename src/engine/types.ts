import type { FixIntent, FixSafety, ReportSeverity } from '../../rules/api.js';
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

/** One deployment of the resource a finding is about: the way it is reached (callers, loop instance). */
export interface FindingInstance {
  /** The resource as this deployment names it (`Microsoft.Web/sites 'app-prod'`, `module.web.azurerm_linux_web_app.this`). */
  resource: string;
  /** Loop instance (`[0]`, `["eu"]`) when the resource is declared in an expanded loop. */
  instance?: string;
  /** The module calls and nested deployments it is reached through, outermost first. */
  via: RelatedLocation[];
}

/**
 * One result per place: the evaluations that reach the same rule, message id, primary location and
 * setting (several callers, loop instances, parameter files) are one finding with several `instances`.
 */
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
  /**
   * Unique in a run and stable under unrelated edits: rule, message id, setting, file (repository-relative)
   * and the place the value is written (the parameter or variable holding it, else the resource by its
   * declared name). No line numbers, no message wording, nothing that depends on the callers.
   */
  fingerprint: string;
  /**
   * What mtlslint 0.1 hashed into the fingerprints of the findings this one stands for: version 1
   * baselines match on those fingerprints. Hashed only when such a baseline is applied.
   */
  priorIdentities?: (readonly (string | undefined)[])[];
  /** The deployments the finding holds in (resource findings; at least one). */
  instances?: FindingInstance[];
  suppressions?: Suppression[];
  /** The resource the finding is about: where it is declared and, when known, its whole extent. */
  resource?: { declaration: SourceRange; extent?: SourceRange };
  /** The rule's fix, in model terms (the engine turns it into text edits with `--fix`), and how safe it is (the rule's `fixable`). */
  fix?: FindingFix;
  /** With `fix`: the part of the entity the entity's format needs to make the edit. */
  fixTarget?: FixTarget;
}

export interface FindingFix extends FixIntent {
  safety: FixSafety;
}

export interface FileError {
  file: string;
  message: string;
}

/**
 * What a run checked, for the coverage line and the JSON report. Resources are counted by
 * declaration: a module deployed by several callers counts once.
 */
export interface Coverage {
  /** Files read and linted. */
  files: number;
  sites: number;
  slots: number;
  certificates: number;
  /** Settings a rule needed that are only known at deployment (`unresolved-setting` results). */
  unresolved: number;
  /** What the input names but was not read: registry modules, unknown types, cuts (`not-analysed` results). */
  notAnalysed: number;
  /** Of `notAnalysed`, those not listed because the `not-analysed` diagnostic is off (absent when none). */
  notAnalysedHidden?: number;
  /** Files found but not read: too large, binary, not UTF-8, unreadable. */
  notRead: number;
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
  /** What was checked (absent in results not made by the engine). */
  coverage?: Coverage;
  /** With `--fix` / `--fix-dry-run`: what was changed (or would be), file by file. */
  fixes?: FileFix[];
  /** With `--fix` / `--fix-dry-run`: fixable findings that were not fixed, and why. */
  skippedFixes?: SkippedFix[];
  /** With `--fix` / `--fix-dry-run` without `unsafeFixes`: findings still reported whose fix changes behaviour and was not applied. */
  unsafeFixesLeft?: number;
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
  /** Dry run: the text before the fixes (for a diff). */
  original?: string;
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
