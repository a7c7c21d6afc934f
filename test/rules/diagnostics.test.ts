import { describe, expect, it } from 'vitest';
import { diagnosticRules } from '../../rules/diagnostics.js';

describe('engine diagnostics as rules', () => {
  it('are parse-error, unresolved-setting, not-analysed, unused-directive and directive-reason with error / note / note / warn / error', () => {
    expect(diagnosticRules.map((r) => [r.id, r.meta.defaultSeverity])).toEqual([
      ['parse-error', 'error'],
      ['unresolved-setting', 'note'],
      ['not-analysed', 'note'],
      ['unused-directive', 'warn'],
      ['directive-reason', 'error'],
    ]);
  });

  it.each(diagnosticRules.map((r) => ({ id: r.id, rule: r })))('$id has complete docs and meta', ({ rule }) => {
    const { docs } = rule.meta;
    for (const text of [docs.summary, docs.description, docs.rationale, docs.fix]) expect(text.length).toBeGreaterThan(20);
    for (const lang of ['bicep', 'arm', 'terraform'] as const) {
      expect(docs.examples[lang].bad).not.toBe(docs.examples[lang].good);
    }
    expect(rule.meta.tags).toContain('security');
    expect(rule.meta.securitySeverity).toBeGreaterThan(0);
    expect(rule.meta.securitySeverity).toBeLessThan(7);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    expect(rule.meta.appliesTo).toEqual([]);
    expect(rule.meta.fixable).toBe(false);
    const reports: unknown[] = [];
    const entity = {} as Parameters<typeof rule.check>[0];
    rule.check(entity, { ruleId: rule.id, options: {}, report: (d) => reports.push(d), unresolved: (s) => reports.push(s) });
    expect(reports).toEqual([]);
  });

  it('ARM examples are valid JSON except the one showing a parse error', () => {
    for (const rule of diagnosticRules) {
      const { bad, good } = rule.meta.docs.examples.arm;
      const strip = (t: string): string => t.replace(/^\s*\/\/.*$/gm, '');
      expect(() => JSON.parse(strip(good)), rule.id).not.toThrow();
      if (rule.id === 'parse-error') expect(() => JSON.parse(strip(bad))).toThrow();
      else expect(() => JSON.parse(strip(bad)), rule.id).not.toThrow();
    }
  });
});
