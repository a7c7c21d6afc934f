import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARTER_CONFIG } from '../../src/cli/init-command.js';
import { validatorFor } from '../../src/engine/ajv.js';
import { configSchema } from '../../src/engine/config-schema.js';
import { findConfigFile, ignoreGlobsForRoot, parseConfig, type ResolvedConfig } from '../../src/engine/config.js';
import { ConfigError } from '../../src/engine/errors.js';
import { allRules } from '../../src/engine/lint.js';
import { mergeRuleConfig } from '../../src/engine/rule-config.js';

const FILE = '/repo/mtlslint.config.json';
const SCHEMA_FILE = new URL('../../schemas/mtlslint.config.schema.json', import.meta.url);

function parse(text: string): ResolvedConfig {
  return parseConfig(FILE, text, allRules(), 'mtlslint.config.json');
}

function problem(text: string): { line: number; column: number; problem: string } {
  try {
    parse(text);
  } catch (e) {
    if (e instanceof ConfigError) return { line: e.line, column: e.column, problem: e.problem };
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('config: every key', () => {
  it('reads an empty config as the defaults', () => {
    expect(parse('{}')).toEqual({
      file: FILE,
      dir: '/repo',
      rules: {},
      ignore: [],
      parameterFiles: [],
      requireMtls: 'all',
      requireDirectiveReason: true,
    });
  });

  it('reads every key (JSONC: comments and trailing commas)', () => {
    const config = parse(`{
  // team settings
  "$schema": "./node_modules/mtlslint/schemas/mtlslint.config.schema.json",
  "rules": {
    "https-only": "warn",
    "client-cert-mode": ["error", { "allow": [{ "name": "public-*", "mode": "Optional", "reason": "marketing site" }] }],
    "tls-renegotiation": ["note"],
  },
  "ignore": ["generated/", "legacy/**/*.json"],
  "parameters": ["infra/prod.parameters.json", "/abs/prod.tfvars"],
  "requireMtls": { "tag": "requires-mtls" },
  "reportUnusedDirectives": false,
  "requireDirectiveReason": false,
}`);
    expect(config).toEqual({
      file: FILE,
      dir: '/repo',
      rules: {
        'https-only': 'warn',
        'client-cert-mode': ['error', { allow: [{ name: 'public-*', mode: 'Optional', reason: 'marketing site' }] }],
        'tls-renegotiation': ['note'],
      },
      ignore: ['generated/', 'legacy/**/*.json'],
      parameterFiles: ['/repo/infra/prod.parameters.json', '/abs/prod.tfvars'],
      requireMtls: { tag: 'requires-mtls' },
      reportUnusedDirectives: 'off',
      requireDirectiveReason: false,
    });
  });

  it.each([
    ['"all"', 'all'],
    ['{ "tag": "requires-mtls" }', { tag: 'requires-mtls' }],
    ['{ "names": ["api-*"] }', { names: ['api-*'] }],
    ['{ "paths": ["infra/secure/**"] }', { paths: ['infra/secure/**'] }],
    ['{ "names": ["api-*"], "paths": ["infra/secure/**"] }', { names: ['api-*'], paths: ['infra/secure/**'] }],
  ])('requireMtls %s', (json, expected) => {
    expect(parse(`{ "requireMtls": ${json} }`).requireMtls).toEqual(expected);
  });

  it.each([
    ['true', 'warn'],
    ['false', 'off'],
    ['"error"', 'error'],
    ['"note"', 'note'],
  ])('reportUnusedDirectives %s', (json, expected) => {
    expect(parse(`{ "reportUnusedDirectives": ${json} }`).reportUnusedDirectives).toBe(expected);
  });
});

describe('config: presets', () => {
  it('mtlslint:recommended is the rules as they come', () => {
    expect(parse('{ "extends": "mtlslint:recommended" }').rules).toEqual({});
  });

  it('mtlslint:strict makes warnings errors and needs an allowed entry for every exclusion path', () => {
    expect(parse('{ "extends": "mtlslint:strict" }').rules).toEqual({
      'client-cert-exclusion-paths': ['error', { allowed: [] }],
      'client-cert-settings-ignored': 'error',
      'load-certificates-scope': 'error',
      'unused-directive': 'error',
      'unresolved-setting': 'warn',
      'directive-reason': 'error',
    });
  });

  it("the file's rules go over the preset; a bare severity keeps the preset's options, options merge", () => {
    expect(
      parse(`{
  "extends": "mtlslint:strict",
  "rules": {
    "client-cert-exclusion-paths": ["warn", { "allowed": [{ "path": "/healthz/", "reason": "platform probe" }] }],
    "load-certificates-scope": "warn"
  }
}`).rules,
    ).toMatchObject({
      'client-cert-exclusion-paths': ['warn', { allowed: [{ path: '/healthz/', reason: 'platform probe' }] }],
      'load-certificates-scope': 'warn',
    });
    expect(parse('{ "extends": "mtlslint:strict", "rules": { "client-cert-exclusion-paths": "warn" } }').rules['client-cert-exclusion-paths']).toEqual([
      'warn',
      { allowed: [] },
    ]);
  });

  it.each([
    [undefined, 'warn', 'warn'],
    ['error', ['warn', { a: 1 }], ['warn', { a: 1 }]],
    [['error', { a: 1, b: 2 }], 'warn', ['warn', { a: 1, b: 2 }]],
    [['error', { a: 1, b: 2 }], ['note', { b: 3 }], ['note', { a: 1, b: 3 }]],
    [['error', { a: 1 }], ['note'], ['note', { a: 1 }]],
  ] as const)('mergeRuleConfig(%j, %j) = %j', (base, over, expected) => {
    expect(mergeRuleConfig(base, over)).toEqual(expected);
  });
});

describe('config: severities are spelled as on the command line', () => {
  it.each([
    ['"warning"', 'warn'],
    ['"WARN"', 'warn'],
    ['"info"', 'note'],
    ['"none"', 'off'],
    ['2', 'error'],
    ['1', 'warn'],
    ['0', 'off'],
    ['"error"', 'error'],
  ])('%s', (written, severity) => {
    expect(parse(`{ "rules": { "https-only": ${written}, "client-cert-mode": [${written}] }, "reportUnusedDirectives": ${written} }`)).toMatchObject({
      rules: { 'https-only': severity, 'client-cert-mode': [severity] },
      reportUnusedDirectives: severity,
    });
  });

  it('the published schema accepts the same spellings', () => {
    const schema = configSchema(allRules()) as { properties: { rules: { properties: Record<string, { anyOf: [{ enum: unknown[] }] }> } } };
    expect(schema.properties.rules.properties['https-only']?.anyOf[0].enum).toEqual(['off', 'note', 'warn', 'error', 'warning', 'info', 'none', 0, 1, 2]);
  });
});

describe('config: errors name the file, line, column and key', () => {
  it.each([
    ['{ "rules": { "https-only": "warn" }', 1, 36, 'invalid JSON: close brace expected'],
    ['[]', 1, 1, 'the config must be a JSON object'],
    ['{\n  "rule": {}\n}', 2, 3, "unknown key 'rule' (known keys: extends, rules, ignore, parameters, requireMtls, reportUnusedDirectives, requireDirectiveReason)"],
    ['{ "extends": "eslint:recommended" }', 1, 14, 'extends: must be one of "mtlslint:recommended", "mtlslint:strict"'],
    ['{ "rules": [] }', 1, 12, 'rules: must be an object of rule id to severity'],
    ['{\n  "rules": {\n    "no-such-rule": "error"\n  }\n}', 3, 5, "rules: unknown rule 'no-such-rule'. Run 'mtlslint rules' for the list."],
    ['{ "rules": { "https-only": "loud" } }', 1, 28, 'rules.https-only: severity must be one of "off", "note", "warn", "error" (or "warning", "info", "none", 0, 1, 2)'],
    ['{ "rules": { "https-only": 3 } }', 1, 28, 'rules.https-only: severity must be one of "off", "note", "warn", "error" (or "warning", "info", "none", 0, 1, 2)'],
    ['{ "rules": { "https-only": true } }', 1, 28, 'rules.https-only: must be a severity or [severity, options]'],
    ['{ "rules": { "https-only": [] } }', 1, 28, 'rules.https-only: must be a severity or [severity, options]'],
    ['{ "rules": { "https-only": ["warn", {}, 1] } }', 1, 28, 'rules.https-only: must be a severity or [severity, options]'],
    ['{ "rules": { "https-only": ["warn", {}] } }', 1, 37, 'rules.https-only: this rule takes no options'],
    [
      '{\n  "rules": {\n    "client-cert-mode": ["error", {\n      "allow": [{ "name": "web-*", "mode": "Optional" }]\n    }]\n  }\n}',
      4,
      17,
      "rules.client-cert-mode options.allow.0: missing required property 'reason'",
    ],
    [
      '{ "rules": { "client-cert-mode": ["error", { "allow": [{ "name": "a", "mode": "Never", "reason": "r" }] }] } }',
      1,
      79,
      'rules.client-cert-mode options.allow.0.mode: must be one of "Optional", "OptionalInteractiveUser"',
    ],
    [
      '{ "rules": { "client-cert-exclusion-paths": ["warn", { "allow": [] }] } }',
      1,
      56,
      "rules.client-cert-exclusion-paths options: unknown property 'allow'",
    ],
    [
      '{ "rules": { "client-cert-exclusion-paths": ["warn", { "allowed": [{ "path": "/health" }] }] } }',
      1,
      68,
      "rules.client-cert-exclusion-paths options.allowed.0: missing required property 'reason'",
    ],
    ['{ "ignore": "generated" }', 1, 13, 'ignore: must be an array of strings'],
    ['{ "ignore": ["ok", 3] }', 1, 20, 'ignore: every entry must be a non-empty string'],
    ['{ "parameters": [""] }', 1, 18, 'parameters: every entry must be a non-empty string'],
    ['{ "requireMtls": "some" }', 1, 18, 'requireMtls: must be "all", { "tag": "<tag name>" } or { "names": [globs], "paths": [globs] }'],
    ['{ "requireMtls": {} }', 1, 18, 'requireMtls: must be "all", { "tag": "<tag name>" } or { "names": [globs], "paths": [globs] }'],
    ['{ "requireMtls": { "tags": "x" } }', 1, 20, "requireMtls: unknown key 'tags'"],
    ['{ "requireMtls": { "tag": "" } }', 1, 27, 'requireMtls.tag: must be a non-empty string'],
    ['{ "requireMtls": { "tag": "x", "names": [] } }', 1, 18, 'requireMtls: use either "tag" or "names"/"paths", not both'],
    ['{ "requireMtls": { "names": "api" } }', 1, 29, 'requireMtls.names: must be an array of strings'],
    ['{ "reportUnusedDirectives": "yes" }', 1, 29, 'reportUnusedDirectives: must be true, false or one of "off", "note", "warn", "error" (or "warning", "info", "none", 0, 1, 2)'],
    ['{ "requireDirectiveReason": "yes" }', 1, 29, 'requireDirectiveReason: must be true or false'],
  ])('%s', (text, line, column, message) => {
    expect(problem(text)).toEqual({ line, column, problem: message });
  });

  it('the error message starts with file:line:column', () => {
    expect(() => parse('{\n  "rules": { "https-only": "loud" }\n}')).toThrow(
      'mtlslint.config.json:2:28: rules.https-only: severity must be one of "off", "note", "warn", "error" (or "warning", "info", "none", 0, 1, 2)',
    );
  });
});

describe('config: finding the file', () => {
  it('walks up from the working directory and stops at the repository root', () => {
    const root = mkdtempSync(join(tmpdir(), 'mtlslint-config-'));
    mkdirSync(join(root, 'repo/.git'), { recursive: true });
    mkdirSync(join(root, 'repo/infra/app'), { recursive: true });
    // Above the repository: never used.
    writeFileSync(join(root, 'mtlslint.config.json'), '{}');
    expect(findConfigFile(join(root, 'repo/infra/app'))).toBeUndefined();
    writeFileSync(join(root, 'repo/mtlslint.config.json'), '{}');
    expect(findConfigFile(join(root, 'repo/infra/app'))).toBe(join(root, 'repo/mtlslint.config.json'));
    writeFileSync(join(root, 'repo/infra/mtlslint.config.json'), '{}');
    expect(findConfigFile(join(root, 'repo/infra/app'))).toBe(join(root, 'repo/infra/mtlslint.config.json'));
  });

  it('rebases ignore globs of a config below the repository root', () => {
    const config = { ...parse('{ "ignore": ["generated/", "/build", "legacy/*.json", "!keep.json"] }'), dir: '/repo/infra' };
    expect(ignoreGlobsForRoot(config, '/repo')).toEqual(['infra/**/generated/', 'infra/build', 'infra/legacy/*.json', '!infra/**/keep.json']);
    expect(ignoreGlobsForRoot({ ...config, dir: '/repo' }, '/repo')).toEqual(['generated/', '/build', 'legacy/*.json', '!keep.json']);
  });
});

describe('published JSON Schema', () => {
  const published = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;

  it('is schemas/mtlslint.config.schema.json, generated from the rules (UPDATE_SCHEMA=1 rewrites it)', () => {
    const current = configSchema(allRules());
    if (process.env['UPDATE_SCHEMA']) writeFileSync(SCHEMA_FILE, `${JSON.stringify(current, null, 2)}\n`);
    expect(published).toEqual(current);
  });

  it('is shipped in the package', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('schemas');
  });

  const strip = (text: string): unknown => JSON.parse(text.replace(/^\s*\/\/.*$/gm, '').replace(/,(\s*[}\]])/g, '$1'));

  it.each([
    ['the starter config of mtlslint init', STARTER_CONFIG],
    ['a strict config with options', '{ "extends": "mtlslint:strict", "rules": { "client-cert-exclusion-paths": ["error", { "allowed": [{ "path": "/healthz/", "reason": "probe" }] }] }, "requireMtls": { "names": ["api-*"] } }'],
  ])('accepts %s, as the loader does', (_name, text) => {
    expect(() => parse(text)).not.toThrow();
    const validate = validatorFor(published);
    expect(validate(strip(text)), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    '{ "rule": {} }',
    '{ "extends": "eslint:recommended" }',
    '{ "rules": { "no-such-rule": "error" } }',
    '{ "rules": { "https-only": "loud" } }',
    '{ "rules": { "client-cert-mode": ["error", { "allow": [{ "name": "a", "mode": "Optional" }] }] } }',
    '{ "requireMtls": { "tags": "x" } }',
    '{ "reportUnusedDirectives": "yes" }',
  ])('rejects %s, as the loader does', (text) => {
    expect(() => parse(text)).toThrow(ConfigError);
    expect(validatorFor(published)(JSON.parse(text))).toBe(false);
  });
});
