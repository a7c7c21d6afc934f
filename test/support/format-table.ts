import { describe, expect, it } from 'vitest';
import type { AnyRule } from '../../rules/api.js';
import { lintText, onlyRule, type TestFormat } from './rule-tester.js';
import { render, type Place, type Spec } from './site-sources.js';

/*
 * A rule's table of cases, each written once as a site (or certificate) description and run as
 * ARM, Bicep and Terraform source: the same message ids at the exact place each format writes the
 * value (or declares the resource), and every message text pinned by a snapshot per format.
 */

export const FORMATS: readonly TestFormat[] = ['arm', 'bicep', 'terraform'];

export interface TableCase {
  name: string;
  spec: Spec;
  options?: unknown;
  /** Formats the case applies to (default: all three). */
  formats?: readonly TestFormat[];
}

export interface InvalidTableCase extends TableCase {
  /** In report order; `at` is where the finding points in every format (`inside` the written value, when given). */
  errors: { messageId: string; at: Place; inside?: string; occurrence?: number }[];
}

export function formatTable(rule: AnyRule, cases: { valid: TableCase[]; invalid: InvalidTableCase[] }): void {
  describe(`${rule.id} in every format`, () => {
    for (const c of cases.valid) {
      for (const format of c.formats ?? FORMATS) {
        it(`valid ${format}: ${c.name}`, async () => {
          const source = render(format, c.spec);
          const result = await lintText(format, source.code, { rules: onlyRule(rule, c.options) });
          expect(result.findings.filter((f) => f.ruleId === 'parse-error'), 'test code must parse').toEqual([]);
          expect(result.findings.filter((f) => f.ruleId === rule.id).map((f) => `${f.messageId} ${f.message}`)).toEqual([]);
        });
      }
    }
    for (const c of cases.invalid) {
      for (const format of c.formats ?? FORMATS) {
        it(`invalid ${format}: ${c.name}`, async () => {
          expect(c.errors.length, 'an invalid case lists at least one error').toBeGreaterThan(0);
          const source = render(format, c.spec);
          const result = await lintText(format, source.code, { rules: onlyRule(rule, c.options) });
          expect(result.findings.filter((f) => f.ruleId === 'parse-error'), 'test code must parse').toEqual([]);
          const actual = result.findings.filter((f) => f.ruleId === rule.id);
          expect(actual.map((f) => ({ messageId: f.messageId, line: f.range.start.line, column: f.range.start.column }))).toEqual(
            c.errors.map((e) => ({ messageId: e.messageId, ...source.at(e.at, e.inside, e.occurrence) })),
          );
          for (const f of actual) expect(rule.meta.messages[f.messageId], `messageId ${f.messageId} is declared`).toBeDefined();
          expect(actual.map((f) => `${f.messageId} ${f.range.start.line}:${f.range.start.column} ${f.message}`)).toMatchSnapshot();
        });
      }
    }
  });
}
