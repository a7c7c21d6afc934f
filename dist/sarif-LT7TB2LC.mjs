import {
  ruleMarkdown
} from "./chunk-ATKTOO7E.mjs";
import {
  INFORMATION_URI,
  TOOL_NAME,
  ruleHelpUri
} from "./chunk-W5Z3FKTW.mjs";
import {
  fileUri,
  isInside,
  relativePath,
  relativeUri
} from "./chunk-6FBJXSFG.mjs";
import {
  SEVERITY_RANK,
  compareFindings,
  isSuppressed,
  plural
} from "./chunk-EIVT7JAN.mjs";
import "./chunk-JVWOA5LR.mjs";
import "./chunk-24WBT26Q.mjs";

// src/formatters/markdown-text.ts
function markdownToPlain(markdown) {
  const out = [];
  let fence;
  for (const line of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== void 0) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = void 0;
      else out.push(line);
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    out.push(inlinePlain(line.replace(/^\s{0,3}#{1,6}\s+/, "").replace(/^(\s*)[*+]\s+/, "$1- ")));
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}
function inlinePlain(line) {
  return line.replace(/!?\[([^\]]*)\]\(([^)\s]+)\)/g, (_m, text, url) => text === url ? url : `${text} (${url})`).replace(/(`+)(.+?)\1/g, "$2").replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2").replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, "$1$2").replace(/(^|[^\w])_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, "$1$2");
}

// src/formatters/sarif-rules.ts
var SARIF_LEVEL = { error: "error", warn: "warning", note: "note" };
var PRECISION = {
  "parse-error": "very-high",
  "unused-directive": "very-high",
  "unresolved-setting": "very-high",
  "not-analysed": "very-high"
};
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter((p) => p.length > 0).map((p) => p[0].toUpperCase() + p.slice(1)).join("");
}
function ruleTags(tags, max) {
  const all = ["security", ...tags.filter((t) => t !== "security")].filter((t, i, a) => a.indexOf(t) === i);
  return { tags: all.slice(0, Math.max(1, max)), truncated: all.length > Math.max(1, max) };
}
function securitySeverity(score) {
  const clamped = Number.isFinite(score) ? Math.min(10, Math.max(0, score)) : 0;
  return clamped.toFixed(1);
}
function reportingDescriptor(rule, maxTags) {
  const { docs } = rule.meta;
  const markdown = ruleMarkdown(rule);
  const { tags, truncated } = ruleTags(rule.meta.tags, maxTags);
  const helpText = markdownToPlain(
    [docs.summary, docs.description, `Why it matters: ${docs.rationale}`, `How to fix: ${docs.fix}`].join("\n\n")
  );
  return {
    descriptor: {
      id: rule.id,
      name: pascalCase(rule.id),
      shortDescription: { text: markdownToPlain(docs.summary) },
      fullDescription: { text: markdownToPlain(docs.description) },
      help: { text: `${helpText}

${ruleHelpUri(rule.id)}`, markdown },
      helpUri: ruleHelpUri(rule.id),
      defaultConfiguration: { level: SARIF_LEVEL[rule.meta.defaultSeverity] },
      properties: {
        tags,
        "security-severity": securitySeverity(rule.meta.securitySeverity),
        precision: PRECISION[rule.id] ?? "high"
      }
    },
    tagsTruncated: truncated
  };
}
function unknownRuleDescriptor(id) {
  const text = `Reported by mtlslint as '${id}'; this rule is not in the rule list of the run.`;
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text },
    fullDescription: { text },
    help: { text, markdown: text },
    properties: { tags: ["security"], "security-severity": securitySeverity(5), precision: "medium" }
  };
}

// src/formatters/sarif.ts
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "mtlslint/v1";
var GITHUB_SARIF_LIMITS = {
  resultsPerRun: 25e3,
  rulesPerRun: 25e3,
  locationsPerResult: 1e3,
  tagsPerRule: 20
};
function buildSarif(result, ctx, limits = GITHUB_SARIF_LIMITS) {
  const truncations = [];
  let descriptors = [];
  const described = /* @__PURE__ */ new Set();
  const tagsCut = /* @__PURE__ */ new Set();
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
  let kept = reported;
  if (kept.length > limits.resultsPerRun) {
    kept = [...kept].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareFindings(a, b)).slice(0, limits.resultsPerRun);
    truncations.push(
      `Only ${kept.length} of ${reported.length} results are included: GitHub code scanning rejects a run with more than ${limits.resultsPerRun}. Errors were kept first, then warnings, then notes; run with --format json for the full list.`
    );
  }
  if (descriptors.length > limits.rulesPerRun) {
    const before = descriptors.length;
    ({ descriptors, kept } = limitRules(descriptors, kept, limits.rulesPerRun));
    truncations.push(
      `Only ${descriptors.length} of ${before} rules are described: GitHub code scanning rejects a run with more than ${limits.rulesPerRun}; results of the rules left out are omitted.`
    );
  }
  const rulesWithTooManyTags = descriptors.filter((d) => tagsCut.has(d.id)).length;
  if (rulesWithTooManyTags > 0) {
    truncations.push(
      `Tags of ${plural(rulesWithTooManyTags, "rule")} were cut to ${limits.tagsPerRule}, the most GitHub code scanning accepts per rule.`
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
      `Related locations of ${plural(resultsWithTooManyLocations, "result")} were cut so that each result has at most ${limits.locationsPerResult} locations, the most GitHub code scanning accepts.`
    );
  }
  const toolExecutionNotifications = result.findings.filter((f) => f.ruleId === "parse-error" && !isSuppressed(f)).sort(compareFindings).map((f) => {
    const n = {
      level: SARIF_LEVEL[f.severity],
      message: { text: f.message },
      locations: [location(f.range, ctx.root)]
    };
    const index = ruleIndex.get(f.ruleId);
    n.associatedRule = index === void 0 ? { id: f.ruleId } : { id: f.ruleId, index };
    return n;
  });
  const toolConfigurationNotifications = truncations.map((text) => ({
    level: "warning",
    message: { text },
    descriptor: { id: "sarif-limit-exceeded" }
  }));
  const invocation = { executionSuccessful: true };
  if (toolExecutionNotifications.length) invocation.toolExecutionNotifications = toolExecutionNotifications;
  if (toolConfigurationNotifications.length) invocation.toolConfigurationNotifications = toolConfigurationNotifications;
  const run = {
    tool: {
      driver: {
        name: TOOL_NAME,
        semanticVersion: ctx.toolVersion,
        version: ctx.toolVersion,
        informationUri: INFORMATION_URI,
        rules: descriptors
      }
    },
    invocations: [invocation],
    originalUriBaseIds: { [SRCROOT]: { uri: fileUri(ctx.root, true) } },
    columnKind: "utf16CodeUnits",
    results
  };
  if (ctx.automationId) run.automationDetails = { id: ctx.automationId };
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
}
var sarif = (result, ctx) => `${JSON.stringify(buildSarif(result, ctx), null, 2)}
`;
function limitRules(descriptors, kept, max) {
  const used = new Set(kept.map((f) => f.ruleId));
  const keep = new Set(descriptors.filter((d) => used.has(d.id)).slice(0, max).map((d) => d.id));
  for (const d of descriptors) {
    if (keep.size >= max) break;
    keep.add(d.id);
  }
  return { descriptors: descriptors.filter((d) => keep.has(d.id)), kept: kept.filter((f) => keep.has(f.ruleId)) };
}
function sarifResult(f, ruleIndex, root, maxRelated) {
  const r = {
    ruleId: f.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    locations: [location(f.range, root)]
  };
  if (f.related.length > 0) {
    r.relatedLocations = f.related.slice(0, Math.max(0, maxRelated)).map((rel, i) => ({
      ...location(rel.range, root),
      id: i + 1,
      message: { text: rel.message }
    }));
  }
  r.partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint };
  r.properties = f.subject ? { messageId: f.messageId, subject: { ...f.subject } } : { messageId: f.messageId };
  if (f.suppressions?.length) {
    r.suppressions = f.suppressions.map(
      (s) => s.justification === void 0 ? { kind: s.kind } : { kind: s.kind, justification: s.justification }
    );
  }
  return r;
}
function location(range, root) {
  return { physicalLocation: physicalLocation(range, root) };
}
function physicalLocation(range, root) {
  const rel = relativePath(range.file, root);
  const artifactLocation = isInside(rel) ? { uri: relativeUri(rel), uriBaseId: SRCROOT } : { uri: fileUri(range.file) };
  return { artifactLocation, region: region(range) };
}
function region(range) {
  return {
    startLine: range.start.line,
    startColumn: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column + 1
  };
}
export {
  FINGERPRINT_KEY,
  GITHUB_SARIF_LIMITS,
  SARIF_SCHEMA_URI,
  SRCROOT,
  buildSarif,
  sarif
};
