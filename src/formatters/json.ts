import type { ReportSeverity } from '../../rules/api.js';
import { countBySeverity, type Coverage, type Finding, type FindingSubject, type LintResult, type Suppression } from '../engine/types.js';
import type { SourceRange } from '../model/index.js';
import { isSuppressed, sortedFindings } from './findings.js';
import { relativePath } from './paths.js';
import { ruleHelpUri, TOOL_NAME, type FormatContext, type Formatter } from './types.js';

/** The `--format json` document. Documented field by field in `docs/json-output.md`; bump `version` on any breaking change. */
export interface JsonReport {
  version: 1;
  tool: { name: string; version: string };
  summary: { errors: number; warnings: number; notes: number; suppressed: number; files: number };
  findings: JsonFinding[];
  /** What the run checked (the numbers of the coverage line). */
  coverage?: Coverage;
  /** Only with `--fix` / `--fix-dry-run`. */
  fixes?: JsonFileFix[];
  /** Only with `--fix` / `--fix-dry-run`: fixable findings left alone, and why. */
  skippedFixes?: JsonSkippedFix[];
}

export interface JsonFileFix {
  file: string;
  applied: { ruleId: string; messageId: string; fingerprint: string; setting: string; value: boolean | string }[];
  /** `--fix-dry-run`: the whole fixed text of the file. */
  output?: string;
}

export interface JsonSkippedFix {
  ruleId: string;
  file: string;
  fingerprint: string;
  reason: string;
}

export interface JsonLocation {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface JsonRelatedLocation extends JsonLocation {
  message: string;
}

/** One deployment of the resource a finding is about. */
export interface JsonInstance {
  resource: string;
  instance?: string;
  via: JsonRelatedLocation[];
}

export interface JsonFinding extends JsonLocation {
  ruleId: string;
  messageId: string;
  severity: ReportSeverity;
  message: string;
  related: JsonRelatedLocation[];
  subject: FindingSubject | null;
  /** The deployments the finding holds in (at most `MAX_LISTED_INSTANCES`); empty for findings about no resource. */
  instances: JsonInstance[];
  /** Present only when the finding holds in more deployments than `MAX_LISTED_INSTANCES`: how many are not listed. */
  instancesOmitted?: number;
  fingerprint: string;
  /** The rule's documentation page. */
  helpUri: string;
  suppressions?: Suppression[];
}

export function buildJsonReport(result: LintResult, ctx: FormatContext): JsonReport {
  const unsuppressed = result.findings.filter((f) => !isSuppressed(f));
  const counts = countBySeverity(unsuppressed);
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: ctx.toolVersion },
    summary: {
      errors: counts.error,
      warnings: counts.warn,
      notes: counts.note,
      suppressed: result.findings.length - unsuppressed.length,
      files: result.files.length,
    },
    ...(result.coverage ? { coverage: { ...result.coverage } } : {}),
    findings: sortedFindings(result.findings).map((f) => jsonFinding(f, ctx.cwd)),
    ...(result.fixes
      ? {
          fixes: result.fixes.map((x) => ({
            file: relativePath(x.file, ctx.cwd),
            applied: x.applied.map((a) => ({ ...a })),
            ...(x.output !== undefined ? { output: x.output } : {}),
          })),
        }
      : {}),
    ...(result.skippedFixes
      ? { skippedFixes: result.skippedFixes.map((x) => ({ ruleId: x.ruleId, file: relativePath(x.file, ctx.cwd), fingerprint: x.fingerprint, reason: x.reason })) }
      : {}),
  };
}

/** Every finding, suppressed ones included (with their `suppressions`), in file and position order. */
export const json: Formatter = (result, ctx) => `${JSON.stringify(buildJsonReport(result, ctx), null, 2)}\n`;

/**
 * Deployments listed per finding. A loop or module fan-out can reach thousands of instances from
 * a few lines of input; listing them all made reports of megabytes per finding.
 */
export const MAX_LISTED_INSTANCES = 100;

function jsonFinding(f: Finding, cwd: string): JsonFinding {
  const all = f.instances ?? [];
  const out: JsonFinding = {
    ruleId: f.ruleId,
    messageId: f.messageId,
    severity: f.severity,
    message: f.message,
    ...location(f.range, cwd),
    related: f.related.map((r) => ({ ...location(r.range, cwd), message: r.message })),
    subject: f.subject ? { ...f.subject } : null,
    instances: all.slice(0, MAX_LISTED_INSTANCES).map((i) => ({
      resource: i.resource,
      ...(i.instance !== undefined ? { instance: i.instance } : {}),
      via: i.via.map((v) => ({ ...location(v.range, cwd), message: v.message })),
    })),
    ...(all.length > MAX_LISTED_INSTANCES ? { instancesOmitted: all.length - MAX_LISTED_INSTANCES } : {}),
    fingerprint: f.fingerprint,
    helpUri: ruleHelpUri(f.ruleId),
  };
  if (f.suppressions?.length) out.suppressions = f.suppressions.map((s) => ({ ...s }));
  return out;
}

function location(range: SourceRange, cwd: string): JsonLocation {
  return {
    file: relativePath(range.file, cwd),
    line: range.start.line,
    column: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
  };
}
