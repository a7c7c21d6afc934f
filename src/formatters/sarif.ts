import type { Invocation, Location, Log, Notification, PhysicalLocation, Region, ReportingDescriptor, Result, Run } from 'sarif';
import type { Finding, LintResult } from '../engine/types.js';
import { lastBaseMemo, type SourceRange } from '../model/index.js';
import { compareFindings, isSuppressed, plural, SEVERITY_RANK } from './findings.js';
import { absoluteAlike, fileUri, isInside, relativePath, relativeUri } from './paths.js';
import { reportingDescriptor, SARIF_LEVEL, unknownRuleDescriptor } from './sarif-rules.js';
import { INFORMATION_URI, TOOL_NAME, type FormatContext, type Formatter } from './types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = '%SRCROOT%';
/** `partialFingerprints` key; bump the suffix if the fingerprint recipe ever changes. */
export const FINGERPRINT_KEY = 'mtlslint/v1';

/** Upper bounds of one run. */
export interface SarifLimits {
  resultsPerRun: number;
  rulesPerRun: number;
  /** `locations` plus `relatedLocations` of one result. */
  locationsPerResult: number;
  tagsPerRule: number;
}

/**
 * GitHub code scanning rejects a run above these (its published hard limits); it then
 * shows only part of what it accepts (5 000 results, 100 locations, 10 tags).
 */
export const GITHUB_SARIF_LIMITS: Readonly<SarifLimits> = {
  resultsPerRun: 25_000,
  rulesPerRun: 25_000,
  locationsPerResult: 1_000,
  tagsPerRule: 20,
};

/** The SARIF 2.1.0 log for a run, shaped for GitHub code scanning (DESIGN.md §9). */
export function buildSarif(result: LintResult, ctx: FormatContext, limits: SarifLimits = GITHUB_SARIF_LIMITS): Log {
  const truncations: string[] = [];

  // Rules table: every rule of the run, then any rule id only a finding knows.
  let descriptors: ReportingDescriptor[] = [];
  const described = new Set<string>();
  const tagsCut = new Set<string>();
  for (const rule of ctx.rules) {
    if (described.has(rule.id)) continue;
    const { descriptor, tagsTruncated } = reportingDescriptor(rule, limits.tagsPerRule);
    descriptors.push(descriptor);
    described.add(rule.id);
    if (tagsTruncated) tagsCut.add(rule.id);
  }

  const reported = result.findings.filter((f) => ctx.includeSuppressed || !isSuppressed(f));
  for (const f of reported) {
    if (described.has(f.ruleId)) continue;
    descriptors.push(unknownRuleDescriptor(f.ruleId));
    described.add(f.ruleId);
  }

  // Too many results: keep the most severe, as GitHub itself prioritizes by severity.
  let kept = reported;
  if (kept.length > limits.resultsPerRun) {
    kept = [...kept]
      .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareFindings(a, b))
      .slice(0, limits.resultsPerRun);
    truncations.push(
      `Only ${kept.length} of ${reported.length} results are included: GitHub code scanning rejects a run with more than ${limits.resultsPerRun}. ` +
        'Errors were kept first, then warnings, then notes; run with --format json for the full list.',
    );
  }

  if (descriptors.length > limits.rulesPerRun) {
    const before = descriptors.length;
    ({ descriptors, kept } = limitRules(descriptors, kept, limits.rulesPerRun));
    truncations.push(
      `Only ${descriptors.length} of ${before} rules are described: GitHub code scanning rejects a run with more than ${limits.rulesPerRun}; results of the rules left out are omitted.`,
    );
  }

  const rulesWithTooManyTags = descriptors.filter((d) => tagsCut.has(d.id)).length;
  if (rulesWithTooManyTags > 0) {
    truncations.push(
      `Tags of ${plural(rulesWithTooManyTags, 'rule')} were cut to ${limits.tagsPerRule}, the most GitHub code scanning accepts per rule.`,
    );
  }

  const ruleIndex = new Map(descriptors.map((d, i) => [d.id, i]));
  let resultsWithTooManyLocations = 0;
  const results = [...kept].sort(compareFindings).map((f) => {
    const r = sarifResult(f, ruleIndex.get(f.ruleId) ?? -1, ctx.root, limits.locationsPerResult - 1);
    if (f.related.length > limits.locationsPerResult - 1) resultsWithTooManyLocations++;
    return r;
  });
  if (resultsWithTooManyLocations > 0) {
    truncations.push(
      `Related locations of ${plural(resultsWithTooManyLocations, 'result')} were cut so that each result has at most ${limits.locationsPerResult} locations, the most GitHub code scanning accepts.`,
    );
  }

  const toolExecutionNotifications: Notification[] = result.findings
    .filter((f) => f.ruleId === 'parse-error' && !isSuppressed(f))
    .sort(compareFindings)
    .map((f) => {
      const n: Notification = {
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [location(f.range, ctx.root)],
      };
      const index = ruleIndex.get(f.ruleId);
      n.associatedRule = index === undefined ? { id: f.ruleId } : { id: f.ruleId, index };
      return n;
    });
  const toolConfigurationNotifications: Notification[] = truncations.map((text) => ({
    level: 'warning',
    message: { text },
    descriptor: { id: 'sarif-limit-exceeded' },
  }));

  const invocation: Invocation = { executionSuccessful: true };
  if (toolExecutionNotifications.length) invocation.toolExecutionNotifications = toolExecutionNotifications;
  if (toolConfigurationNotifications.length) invocation.toolConfigurationNotifications = toolConfigurationNotifications;

  const run: Run = {
    tool: {
      driver: {
        name: TOOL_NAME,
        semanticVersion: ctx.toolVersion,
        version: ctx.toolVersion,
        informationUri: INFORMATION_URI,
        rules: descriptors,
      },
    },
    invocations: [invocation],
    originalUriBaseIds: { [SRCROOT]: { uri: fileUri(ctx.root, true) } },
    columnKind: 'utf16CodeUnits',
    results,
  };
  if (ctx.automationId) run.automationDetails = { id: ctx.automationId };

  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

export const sarif: Formatter = (result, ctx) => `${JSON.stringify(buildSarif(result, ctx), null, 2)}\n`;

/** Keeps the rules results point at (as many as fit), fills up with the others, in their original order. */
function limitRules(
  descriptors: ReportingDescriptor[],
  kept: Finding[],
  max: number,
): { descriptors: ReportingDescriptor[]; kept: Finding[] } {
  const used = new Set(kept.map((f) => f.ruleId));
  const keep = new Set(descriptors.filter((d) => used.has(d.id)).slice(0, max).map((d) => d.id));
  for (const d of descriptors) {
    if (keep.size >= max) break;
    keep.add(d.id);
  }
  return { descriptors: descriptors.filter((d) => keep.has(d.id)), kept: kept.filter((f) => keep.has(f.ruleId)) };
}

function sarifResult(f: Finding, ruleIndex: number, root: string, maxRelated: number): Result {
  const r: Result = {
    ruleId: f.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    locations: [location(f.range, root)],
  };
  if (f.related.length > 0) {
    r.relatedLocations = f.related.slice(0, Math.max(0, maxRelated)).map((rel, i) => ({
      ...location(rel.range, root),
      id: i + 1,
      message: { text: rel.message },
    }));
  }
  r.partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint };
  r.properties = f.subject ? { messageId: f.messageId, subject: { ...f.subject } } : { messageId: f.messageId };
  if (f.suppressions?.length) {
    r.suppressions = f.suppressions.map((s) =>
      s.justification === undefined ? { kind: s.kind } : { kind: s.kind, justification: s.justification },
    );
  }
  return r;
}

function location(range: SourceRange, root: string): Location {
  return { physicalLocation: physicalLocation(range, root) };
}

function physicalLocation(range: SourceRange, root: string): PhysicalLocation {
  const uri = artifactUri(range.file, root);
  const artifactLocation = uri.inside ? { uri: uri.uri, uriBaseId: SRCROOT } : { uri: uri.uri };
  return { artifactLocation, region: region(range) };
}

/** A file's URI: relative to `%SRCROOT%` inside the root, else absolute. */
function artifactUri(file: string, root: string): { uri: string; inside: boolean } {
  // Relative paths depend on the working directory: worked out each time.
  return absoluteAlike(file, root) ? knownArtifactUri(root, file) : computedUri(file, root);
}

/** The last root's artifact URIs: a file is named by every result and related location in it. */
const knownArtifactUri = lastBaseMemo((root, file) => computedUri(file, root));

function computedUri(file: string, root: string): { uri: string; inside: boolean } {
  const rel = relativePath(file, root);
  return isInside(rel) ? { uri: relativeUri(rel), inside: true } : { uri: fileUri(file), inside: false };
}

/** SARIF regions are 1-based like the model, but `endColumn` is exclusive where the model's end is inclusive. */
function region(range: SourceRange): Region {
  return {
    startLine: range.start.line,
    startColumn: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column + 1,
  };
}
