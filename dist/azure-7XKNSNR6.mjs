import {
  terminalText
} from "./chunk-LHFUGATF.mjs";
import {
  relativePath
} from "./chunk-6FBJXSFG.mjs";
import {
  isSuppressed,
  singleLine,
  sortedFindings
} from "./chunk-EIVT7JAN.mjs";
import "./chunk-JVWOA5LR.mjs";
import "./chunk-24WBT26Q.mjs";

// src/formatters/azure.ts
function escapeAzureData(text) {
  return terminalText(text.replace(/%/g, "%AZP25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function escapeAzureProperty(text) {
  return escapeAzureData(text).replace(/;/g, "%3B").replace(/]/g, "%5D");
}
function defang(text) {
  return text.replace(/#(?=#)/g, "#\u200B");
}
var azure = (result, ctx) => {
  const lines = sortedFindings(result.findings.filter((f) => !isSuppressed(f))).map((f) => {
    const file = relativePath(f.range.file, ctx.root);
    const { line, column } = f.range.start;
    const message = escapeAzureData(f.message);
    if (f.severity === "note") return defang(terminalText(`mtlslint note: ${file}:${line}:${column}: ${f.ruleId}: ${singleLine(f.message)}`));
    const props = [
      ["type", f.severity === "error" ? "error" : "warning"],
      ["sourcepath", file],
      ["linenumber", String(line)],
      ["columnnumber", String(column)],
      ["code", f.ruleId]
    ].map(([k, v]) => `${k}=${escapeAzureProperty(v ?? "")}`);
    return `##vso[task.logissue ${props.join(";")}]${message}`;
  });
  return lines.length ? `${lines.join("\n")}
` : "";
};
export {
  azure,
  escapeAzureData,
  escapeAzureProperty
};
