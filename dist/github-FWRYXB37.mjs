import {
  TOOL_NAME,
  ruleHelpUri
} from "./chunk-W5Z3FKTW.mjs";
import {
  terminalText
} from "./chunk-LHFUGATF.mjs";
import {
  relativePath
} from "./chunk-6FBJXSFG.mjs";
import {
  isSuppressed,
  sortedFindings
} from "./chunk-EIVT7JAN.mjs";
import "./chunk-JVWOA5LR.mjs";
import "./chunk-24WBT26Q.mjs";

// src/formatters/github.ts
var COMMAND = { error: "error", warn: "warning", note: "notice" };
function escapeData(text) {
  return terminalText(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var github = (result, ctx) => {
  const lines = sortedFindings(result.findings.filter((f) => !isSuppressed(f))).map((f) => command(f, ctx.root));
  return lines.length ? `${lines.join("\n")}
` : "";
};
function command(f, root) {
  const { start, end } = f.range;
  const props = [
    ["file", relativePath(f.range.file, root)],
    ["line", start.line]
  ];
  if (start.line === end.line) props.push(["col", start.column]);
  props.push(["endLine", end.line]);
  if (start.line === end.line) props.push(["endColumn", end.column]);
  props.push(["title", `${TOOL_NAME} (${f.ruleId}): ${ruleHelpUri(f.ruleId)}`]);
  const propText = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${COMMAND[f.severity]} ${propText}::${escapeData(f.message)}`;
}
export {
  escapeData,
  escapeProperty,
  github
};
