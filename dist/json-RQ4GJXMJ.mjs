import {
  countBySeverity
} from "./chunk-ALWTLKZW.mjs";
import {
  TOOL_NAME,
  ruleHelpUri
} from "./chunk-W5Z3FKTW.mjs";
import {
  relativePath
} from "./chunk-6FBJXSFG.mjs";
import {
  isSuppressed,
  sortedFindings
} from "./chunk-EIVT7JAN.mjs";
import "./chunk-JVWOA5LR.mjs";
import "./chunk-24WBT26Q.mjs";

// src/formatters/json.ts
function buildJsonReport(result, ctx) {
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
      files: result.files.length
    },
    ...result.coverage ? { coverage: { ...result.coverage } } : {},
    findings: sortedFindings(result.findings).map((f) => jsonFinding(f, ctx.cwd)),
    ...result.fixes ? {
      fixes: result.fixes.map((x) => ({
        file: relativePath(x.file, ctx.cwd),
        applied: x.applied.map((a) => ({ ...a })),
        ...x.output !== void 0 ? { output: x.output } : {}
      }))
    } : {},
    ...result.skippedFixes ? { skippedFixes: result.skippedFixes.map((x) => ({ ruleId: x.ruleId, file: relativePath(x.file, ctx.cwd), fingerprint: x.fingerprint, reason: x.reason })) } : {}
  };
}
var json = (result, ctx) => `${JSON.stringify(buildJsonReport(result, ctx), null, 2)}
`;
var MAX_LISTED_INSTANCES = 100;
function jsonFinding(f, cwd) {
  const all = f.instances ?? [];
  const out = {
    ruleId: f.ruleId,
    messageId: f.messageId,
    severity: f.severity,
    message: f.message,
    ...location(f.range, cwd),
    related: f.related.map((r) => ({ ...location(r.range, cwd), message: r.message })),
    subject: f.subject ? { ...f.subject } : null,
    instances: all.slice(0, MAX_LISTED_INSTANCES).map((i) => ({
      resource: i.resource,
      ...i.instance !== void 0 ? { instance: i.instance } : {},
      via: i.via.map((v) => ({ ...location(v.range, cwd), message: v.message }))
    })),
    ...all.length > MAX_LISTED_INSTANCES ? { instancesOmitted: all.length - MAX_LISTED_INSTANCES } : {},
    fingerprint: f.fingerprint,
    helpUri: ruleHelpUri(f.ruleId)
  };
  if (f.suppressions?.length) out.suppressions = f.suppressions.map((s) => ({ ...s }));
  return out;
}
function location(range, cwd) {
  return {
    file: relativePath(range.file, cwd),
    line: range.start.line,
    column: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column
  };
}
export {
  MAX_LISTED_INSTANCES,
  buildJsonReport,
  json
};
