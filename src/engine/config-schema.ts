import type { AnyRule } from '../../rules/api.js';
import { PRESET_NAMES } from './presets.js';
import { SEVERITY_SPELLINGS } from './severity.js';

/** Where the published schema lives in the package, for `$schema` in configs. */
export const CONFIG_SCHEMA_PATH = 'node_modules/mtlslint/schemas/mtlslint.config.schema.json';

const stringArray = { type: 'array', items: { type: 'string', minLength: 1 } };

/**
 * The JSON Schema of `mtlslint.config.json` (draft-07), with every rule's options schema, for
 * editors. `schemas/mtlslint.config.schema.json` is this, written out (a test keeps them equal).
 */
export function configSchema(rules: readonly AnyRule[]): Record<string, unknown> {
  const severity = { enum: [...SEVERITY_SPELLINGS] };
  const ruleProps: Record<string, unknown> = {};
  for (const r of rules) {
    ruleProps[r.id] = {
      description: r.meta.docs.summary,
      anyOf: [
        severity,
        {
          type: 'array',
          items: r.meta.schema ? [severity, r.meta.schema] : [severity],
          minItems: 1,
          additionalItems: false,
        },
      ],
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'mtlslint configuration',
    description: 'Configuration of mtlslint, the linter for the mutual-TLS posture of Azure App Service (mtlslint.config.json, JSON with comments).',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: { description: 'A preset to start from.', enum: [...PRESET_NAMES] },
      rules: {
        description: 'Severity ("off", "note", "warn", "error"; also "warning", "info", "none", 0, 1, 2) or [severity, options] by rule id.',
        type: 'object',
        properties: ruleProps,
        additionalProperties: false,
      },
      ignore: { description: 'Globs (gitignore syntax) of files and directories not to lint, relative to this file.', ...stringArray },
      parameters: {
        description: 'ARM parameter files, .bicepparam or Terraform variable files to resolve values with, relative to this file.',
        ...stringArray,
      },
      requireMtls: {
        description: 'Which sites must use mutual TLS. Out-of-scope sites are still checked by https-only and min-tls-version.',
        oneOf: [
          { const: 'all' },
          {
            type: 'object',
            properties: { tag: { type: 'string', minLength: 1 } },
            required: ['tag'],
            additionalProperties: false,
          },
          {
            type: 'object',
            properties: { names: stringArray, paths: stringArray },
            minProperties: 1,
            additionalProperties: false,
          },
        ],
      },
      reportUnusedDirectives: {
        description: 'Report directives that suppress nothing (true = "warn").',
        oneOf: [{ type: 'boolean' }, severity],
      },
      requireDirectiveReason: {
        description: 'Report directives without a reason after "--" (rule directive-reason).',
        type: 'boolean',
      },
    },
  };
}
