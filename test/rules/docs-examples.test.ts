import { describe, expect, it } from 'vitest';
import { diagnosticRules } from '../../rules/diagnostics.js';
import { rules } from '../../rules/index.js';
import { isFormatAvailable } from '../../src/engine/parsers.js';
import { lintText, onlyRule, type TestFormat } from '../support/rule-tester.js';

const FORMATS: readonly TestFormat[] = ['bicep', 'arm', 'terraform'];

/** The documented examples are linted, so the docs cannot drift from the rules. */
describe('rule docs examples', () => {
  for (const format of FORMATS) {
    if (!isFormatAvailable(format)) {
      // Visible in the run: the examples of this format wait for its parser.
      it.skip(`${format} examples (no ${format} parser yet)`, () => {});
      continue;
    }
    for (const rule of rules) {
      const pair = rule.meta.docs.examples[format];
      it(`${rule.id}: the bad ${format} example is reported`, async () => {
        const result = await lintText(format, pair.bad, { rules: onlyRule(rule) });
        expect(result.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
        expect(result.findings.filter((f) => f.ruleId === rule.id).length).toBeGreaterThanOrEqual(1);
      });
      it(`${rule.id}: the good ${format} example is clean`, async () => {
        const result = await lintText(format, pair.good, { rules: onlyRule(rule) });
        expect(result.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
        expect(result.findings.filter((f) => f.ruleId === rule.id).map((f) => f.message)).toEqual([]);
      });
    }
  }
});

describe('rule docs', () => {
  for (const rule of rules) {
    it(`${rule.id} has complete docs`, () => {
      const { docs } = rule.meta;
      for (const text of [docs.summary, docs.description, docs.rationale, docs.fix]) expect(text.trim().length).toBeGreaterThan(20);
      for (const format of FORMATS) {
        expect(docs.examples[format].bad.trim()).not.toBe('');
        expect(docs.examples[format].good.trim()).not.toBe('');
        expect(docs.examples[format].bad).not.toBe(docs.examples[format].good);
      }
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      if (rule.meta.schema) expect(docs.options, 'a rule with options documents them').toBeDefined();
    });
  }
});

describe('rule docs examples are built only when asked', () => {
  // Most of a rule module's text is its examples: a getter keeps them out of every lint run (and out
  // of the code cache a run deserializes), see RuleDocs in rules/api.ts.
  for (const rule of [...rules, ...diagnosticRules]) {
    it(`${rule.id} gives its examples as a getter`, () => {
      expect(typeof Object.getOwnPropertyDescriptor(rule.meta.docs, 'examples')?.get).toBe('function');
    });
  }
});
