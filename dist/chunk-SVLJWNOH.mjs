import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);
import {
  compareRanges
} from "./chunk-XLZDRKZK.mjs";

// src/formatters/findings.ts
function isSuppressed(finding) {
  return (finding.suppressions?.length ?? 0) > 0;
}
function compareFindings(a, b) {
  return compareRanges(a.range, b.range) || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.messageId, b.messageId) || compareStrings(a.message, b.message);
}
function sortedFindings(findings) {
  return [...findings].sort(compareFindings);
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var SEVERITY_LABEL = { error: "error", warn: "warning", note: "note" };
var SEVERITY_RANK = { error: 0, warn: 1, note: 2 };
function declarationOf(finding) {
  return finding.related[0]?.range;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function singleLine(text) {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length === 1) return text;
  const first = lines[0].trimEnd();
  const last = lines.at(-1).trimStart();
  const middle = lines.slice(1, -1).map((l) => l.trim()).filter((l) => l !== "");
  return [first, ...middle, last].join(" ");
}

export {
  isSuppressed,
  compareFindings,
  sortedFindings,
  compareStrings,
  SEVERITY_LABEL,
  SEVERITY_RANK,
  declarationOf,
  plural,
  singleLine
};
