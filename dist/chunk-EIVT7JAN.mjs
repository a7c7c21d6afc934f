import {
  compareRanges
} from "./chunk-JVWOA5LR.mjs";

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
function coverageLine(c) {
  const resources = [plural(c.sites, "site")];
  if (c.slots) resources.push(plural(c.slots, "slot"));
  if (c.certificates) resources.push(plural(c.certificates, "certificate"));
  const last = resources.pop();
  const what = c.sites + c.slots + c.certificates === 0 ? `Checked ${plural(c.files, "file")}: no App Service site, slot or certificate in them` : `Checked ${resources.length ? `${resources.join(", ")} and ${last}` : last} in ${plural(c.files, "file")}`;
  const gaps = [
    c.unresolved ? `${plural(c.unresolved, "setting")} only known at deployment` : "",
    c.notAnalysed ? `${c.notAnalysed} not analysed (${c.notAnalysedHidden ? `not listed: the not-analysed notes are turned off in the config` : "see the not-analysed notes"})` : "",
    c.notRead ? `${plural(c.notRead, "file")} not read` : ""
  ].filter((g) => g !== "");
  return `${[what, ...gaps].join("; ")}.`;
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
  singleLine,
  coverageLine
};
