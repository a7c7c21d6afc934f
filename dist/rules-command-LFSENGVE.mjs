import {
  closestRuleId
} from "./chunk-EXWJCFTD.mjs";
import {
  UsageError
} from "./chunk-WET34P3A.mjs";
import {
  allRules
} from "./chunk-SRO6KNJT.mjs";
import "./chunk-PUEHP22X.mjs";
import "./chunk-WPCAXSPP.mjs";
import {
  ruleMarkdown
} from "./chunk-ATKTOO7E.mjs";
import {
  ruleHelpUri
} from "./chunk-W5Z3FKTW.mjs";
import "./chunk-EIVT7JAN.mjs";
import "./chunk-JVWOA5LR.mjs";
import "./chunk-24WBT26Q.mjs";

// src/cli/rules-command.ts
function rulesCatalog(rules, format) {
  if (format === "json") {
    const list = rules.map((r) => ({
      id: r.id,
      defaultSeverity: r.meta.defaultSeverity,
      fixable: r.meta.fixable,
      mtls: r.meta.mtls,
      securitySeverity: r.meta.securitySeverity,
      summary: r.meta.docs.summary
    }));
    return `${JSON.stringify(list, null, 2)}
`;
  }
  const idWidth = Math.max(...rules.map((r) => r.id.length), 2);
  const lines = rules.map(
    (r) => `${r.id.padEnd(idWidth)}  ${r.meta.defaultSeverity.padEnd(5)}  ${(r.meta.fixable || "").padEnd(6)}  ${r.meta.docs.summary}`
  );
  return `${"id".padEnd(idWidth)}  ${"level"}  fix     summary
${lines.join("\n")}
`;
}
function ruleDocumentation(rule, format) {
  if (format === "json") {
    const { meta } = rule;
    return `${JSON.stringify(
      {
        id: rule.id,
        defaultSeverity: meta.defaultSeverity,
        fixable: meta.fixable,
        mtls: meta.mtls,
        securitySeverity: meta.securitySeverity,
        tags: meta.tags,
        summary: meta.docs.summary,
        helpUri: ruleHelpUri(rule.id),
        markdown: ruleMarkdown(rule),
        options: meta.schema ?? null
      },
      null,
      2
    )}
`;
  }
  return `${ruleMarkdown(rule)}
Online: ${ruleHelpUri(rule.id)}
`;
}
async function rulesCommand(args, io) {
  const format = args.values["format"] === "json" ? "json" : "text";
  const rules = allRules();
  const [id, ...extra] = args.positionals;
  if (extra.length) throw new UsageError(`rules takes one rule id, got ${args.positionals.length}: ${args.positionals.join(" ")}`);
  if (id === void 0) {
    io.stdout(rulesCatalog(rules, format));
    return 0;
  }
  const rule = rules.find((r) => r.id === id);
  if (!rule) {
    const near = closestRuleId(id, rules.map((r) => r.id));
    throw new UsageError(`unknown rule '${id}'${near ? ` (did you mean '${near}'?)` : ""}. Run 'mtlslint rules' for the list.`);
  }
  io.stdout(ruleDocumentation(rule, format));
  return 0;
}
export {
  ruleDocumentation,
  rulesCatalog,
  rulesCommand
};
