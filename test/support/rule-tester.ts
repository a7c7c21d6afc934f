import { describe, expect, it } from 'vitest';
import type { AnyRule, Severity } from '../../rules/api.js';
import { allRules, lintSources, type RuleConfig } from '../../src/engine/lint.js';
import type { LintResult } from '../../src/engine/types.js';

export type TestFormat = 'arm' | 'bicep' | 'terraform';

const FILE_NAMES: Record<TestFormat, string> = {
  arm: 'main.json',
  bicep: 'main.bicep',
  terraform: 'main.tf',
};

export const VIRTUAL_ROOT = '/virtual';

export function virtualPath(format: TestFormat): string {
  return `${VIRTUAL_ROOT}/${FILE_NAMES[format]}`;
}

/** Lints one text as the main file of its format (plus optional extra files), in a virtual directory. */
export function lintText(
  format: TestFormat,
  code: string,
  opts: { rules?: Readonly<Record<string, RuleConfig>>; files?: Record<string, string>; parameterFiles?: string[] } = {},
): Promise<LintResult> {
  const sources = [{ path: virtualPath(format), text: code }];
  for (const [name, text] of Object.entries(opts.files ?? {})) sources.push({ path: `${VIRTUAL_ROOT}/${name}`, text });
  return lintSources(sources, {
    cwd: VIRTUAL_ROOT,
    root: VIRTUAL_ROOT,
    ...(opts.rules ? { rules: opts.rules } : {}),
    ...(opts.parameterFiles ? { parameterFiles: opts.parameterFiles } : {}),
  });
}

/** Every rule off but `only` (at its default severity, with `options` if given). */
export function onlyRule(only: AnyRule, options?: unknown): Record<string, RuleConfig> {
  const config: Record<string, RuleConfig> = {};
  for (const r of allRules()) config[r.id] = 'off';
  const severity: Severity = only.meta.defaultSeverity;
  config[only.id] = options === undefined ? severity : [severity, options];
  return config;
}

export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity?: string;
}

export interface ValidCase {
  name?: string;
  format: TestFormat;
  code: string;
  options?: unknown;
  files?: Record<string, string>;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

function caseName(c: ValidCase, i: number): string {
  return c.name ?? `${c.format} #${i + 1}: ${c.code.replace(/\s+/g, ' ').slice(0, 60)}`;
}

/**
 * ESLint-style table test: valid cases yield no finding of the rule; invalid
 * cases yield exactly the listed findings (message id, position), in order.
 */
export function ruleTester(rule: AnyRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    describe('valid', () => {
      cases.valid.forEach((c, i) => {
        it(caseName(c, i), async () => {
          const result = await lintText(c.format, c.code, { rules: onlyRule(rule, c.options), ...(c.files ? { files: c.files } : {}) });
          const parseErrors = result.findings.filter((f) => f.ruleId === 'parse-error');
          expect(parseErrors, 'test code must parse').toEqual([]);
          expect(result.findings.filter((f) => f.ruleId === rule.id).map(describeFinding)).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((c, i) => {
        it(caseName(c, i), async () => {
          expect(c.errors.length, 'an invalid case lists at least one error').toBeGreaterThan(0);
          const result = await lintText(c.format, c.code, { rules: onlyRule(rule, c.options), ...(c.files ? { files: c.files } : {}) });
          const actual = result.findings.filter((f) => f.ruleId === rule.id);
          const got = actual.map((f, k) => {
            const want = c.errors[k];
            const row: Record<string, unknown> = { messageId: f.messageId, line: f.range.start.line, column: f.range.start.column };
            if (want?.endLine !== undefined) row['endLine'] = f.range.end.line;
            if (want?.endColumn !== undefined) row['endColumn'] = f.range.end.column;
            if (want?.severity !== undefined) row['severity'] = f.severity;
            return row;
          });
          expect(got).toEqual(c.errors.map((e) => ({ ...e })));
          for (const f of actual) expect(rule.meta.messages[f.messageId], `messageId ${f.messageId} is declared`).toBeDefined();
        });
      });
    });
  });
}

function describeFinding(f: LintResult['findings'][number]): string {
  return `${f.messageId} at ${f.range.start.line}:${f.range.start.column}: ${f.message}`;
}
