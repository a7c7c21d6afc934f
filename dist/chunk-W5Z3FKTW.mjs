
// src/formatters/types.ts
var TOOL_NAME = "mtlslint";
var INFORMATION_URI = "https://github.com/mtlslint/mtlslint";
var RULE_DOCS_BASE_URI = "https://github.com/mtlslint/mtlslint/blob/main/docs/rules/";
function ruleHelpUri(ruleId) {
  return `${RULE_DOCS_BASE_URI}${ruleId}.md`;
}

export {
  TOOL_NAME,
  INFORMATION_URI,
  ruleHelpUri
};
