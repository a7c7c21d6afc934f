import {
  SEVERITY_LABEL
} from "./chunk-EIVT7JAN.mjs";

// src/formatters/rule-markdown.ts
var EXAMPLE_LANGUAGES = [
  { key: "bicep", title: "Bicep", fence: "bicep" },
  { key: "arm", title: "ARM template (JSON)", fence: "json" },
  { key: "terraform", title: "Terraform", fence: "hcl" }
];
function ruleMarkdown(rule) {
  const { docs } = rule.meta;
  const sections = [
    `# ${rule.id}`,
    docs.summary.trim(),
    `## What it checks

${docs.description.trim()}`,
    `## Why it matters

${docs.rationale.trim()}`,
    `## Examples

${EXAMPLE_LANGUAGES.map((l) => examples(l.title, l.fence, docs.examples[l.key])).join("\n\n")}`,
    `## How to fix

${docs.fix.trim()}`,
    `## Options

${docs.options?.trim() || "This rule has no options."}`,
    `## Default severity

\`${rule.meta.defaultSeverity}\` (reported as ${article(SEVERITY_LABEL[rule.meta.defaultSeverity])}; security severity ${rule.meta.securitySeverity.toFixed(1)} of 10). Set it to \`off\`, \`note\`, \`warn\` or \`error\` in \`mtlslint.config.json\`:

` + codeBlock("json", `{
  "rules": {
    "${rule.id}": "${rule.meta.defaultSeverity}"
  }
}`),
    `## Fixable

${FIXABLE_TEXT[rule.meta.fixable || "no"]}`
  ];
  return `${sections.join("\n\n")}
`;
}
var FIXABLE_TEXT = {
  safe: "Yes, safely: `mtlslint lint --fix` rewrites the value where it is written, when that is certainly right. Every caller that works today keeps working.",
  unsafe: "Yes, but the fix changes who can connect, so `--fix` applies it only with `--unsafe-fixes` (`mtlslint lint --fix --unsafe-fixes`): from then on every caller without a client certificate is rejected. Check that your callers send one first; `--fix-dry-run` shows the change.",
  no: "No: the change needs a decision that `--fix` cannot make."
};
function examples(title, fence, pair) {
  return `### ${title}

Bad:

${codeBlock(fence, pair.bad)}

Good:

${codeBlock(fence, pair.good)}`;
}
function codeBlock(language, code) {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${language}
${code.replace(/\r\n?/g, "\n").replace(/\n+$/, "")}
${fence}`;
}
function article(word) {
  return `${/^[aeiou]/.test(word) ? "an" : "a"} ${word}`;
}

export {
  ruleMarkdown
};
