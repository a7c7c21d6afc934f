import {
  TOOL_NAME,
  ruleHelpUri
} from "./chunk-W5Z3FKTW.mjs";
import {
  xmlAttribute,
  xmlText
} from "./chunk-LHFUGATF.mjs";
import {
  relativePath
} from "./chunk-6FBJXSFG.mjs";
import {
  SEVERITY_LABEL,
  compareStrings,
  isSuppressed,
  singleLine,
  sortedFindings
} from "./chunk-EIVT7JAN.mjs";
import "./chunk-JVWOA5LR.mjs";
import "./chunk-24WBT26Q.mjs";

// src/formatters/junit.ts
var junit = (result, ctx) => {
  const byFile = /* @__PURE__ */ new Map();
  for (const file of result.files) byFile.set(relativePath(file, ctx.root), []);
  for (const f of sortedFindings(result.findings.filter((x) => !isSuppressed(x)))) {
    const file = relativePath(f.range.file, ctx.root);
    const list = byFile.get(file) ?? [];
    list.push(f);
    byFile.set(file, list);
  }
  const suites = [];
  let tests = 0;
  let failures = 0;
  for (const file of [...byFile.keys()].sort(compareStrings)) {
    const findings = byFile.get(file) ?? [];
    const cases = findings.length ? testCases(findings, file, ctx.root) : [`    <testcase name="no findings" classname="${xmlAttribute(file)}" file="${xmlAttribute(file)}" time="0"/>`];
    const failed = findings.filter((f) => f.severity !== "note").length;
    const skipped = findings.length - failed;
    tests += cases.length;
    failures += failed;
    suites.push(
      `  <testsuite name="${xmlAttribute(file)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="${skipped}" time="0">
${cases.join("\n")}
  </testsuite>`
    );
  }
  const open = `<testsuites name="${TOOL_NAME}" tests="${tests}" failures="${failures}" errors="0" time="0"`;
  const body = suites.length ? `${open}>
${suites.join("\n")}
</testsuites>` : `${open}/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
${body}
`;
};
function testCases(findings, file, root) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const { line, column } = f.range.start;
    let name = `${f.ruleId} (${line}:${column})`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    if (n > 1) name = `${name} #${n}`;
    const attrs = `name="${xmlAttribute(name)}" classname="${xmlAttribute(file)}" file="${xmlAttribute(file)}" line="${line}" time="0"`;
    const message = xmlAttribute(singleLine(f.message));
    const outcome = f.severity === "note" ? `<skipped message="${message}"/>` : `<failure message="${message}" type="${SEVERITY_LABEL[f.severity]}">${xmlText(details(f, file, root))}</failure>`;
    return `    <testcase ${attrs}>
      ${outcome}
    </testcase>`;
  });
}
function details(f, file, root) {
  const { line, column } = f.range.start;
  const lines = [`${file}:${line}:${column}: ${SEVERITY_LABEL[f.severity]} ${f.ruleId}: ${singleLine(f.message)}`];
  for (const r of f.related) lines.push(`  ${singleLine(r.message)} (${relativePath(r.range.file, root)}:${r.range.start.line}:${r.range.start.column})`);
  lines.push(`Rule documentation: ${ruleHelpUri(f.ruleId)}`);
  return lines.join("\n");
}
export {
  junit
};
