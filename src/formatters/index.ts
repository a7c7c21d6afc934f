import { azure } from './azure.js';
import { github } from './github.js';
import { junit } from './junit.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export type FormatterName = 'stylish' | 'json' | 'sarif' | 'github' | 'junit' | 'azure';

export const formatters: Record<FormatterName, Formatter> = { stylish, json, sarif, github, junit, azure };

export const formatterNames = Object.keys(formatters) as FormatterName[];

export function isFormatterName(name: string): name is FormatterName {
  return Object.hasOwn(formatters, name);
}

export type { FormatContext, Formatter } from './types.js';
export { ruleHelpUri, RULE_DOCS_BASE_URI, TOOL_NAME } from './types.js';
export { buildJsonReport, type JsonReport, type JsonFinding } from './json.js';
export { buildSarif, GITHUB_SARIF_LIMITS, FINGERPRINT_KEY, type SarifLimits } from './sarif.js';
export { ruleMarkdown } from './rule-markdown.js';
export { escapeData, escapeProperty } from './github.js';
export { escapeAzureData, escapeAzureProperty } from './azure.js';
