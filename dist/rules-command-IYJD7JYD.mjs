import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);
import {
  allRules
} from "./chunk-SRWNU6ER.mjs";
import "./chunk-RL7VHCMZ.mjs";
import "./chunk-ZY6J7SVP.mjs";

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
    (r) => `${r.id.padEnd(idWidth)}  ${r.meta.defaultSeverity.padEnd(5)}  ${r.meta.fixable ? "fix" : "   "}  ${r.meta.docs.summary}`
  );
  return `${"id".padEnd(idWidth)}  ${"level"}  fix  summary
${lines.join("\n")}
`;
}
async function rulesCommand(args, io) {
  io.stdout(rulesCatalog(allRules(), args.values["format"] === "json" ? "json" : "text"));
  return 0;
}
export {
  rulesCatalog,
  rulesCommand
};
