import { describe, expect, test } from 'vitest';
import { rules } from '../../../rules/index.js';
import { runRules } from '../../../src/engine/run-rules.js';
import { resolveRuleSettings } from '../../../src/engine/severity.js';
import { parseOne } from './helpers.js';

/**
 * The rules' documented Terraform examples through this parser and the rules
 * (without the engine's discovery): every bad example is reported, every good one
 * is clean. Also the two mode defaults the issue names, end to end.
 */
async function findings(ruleId: string, text: string) {
  const out = await parseOne(text);
  expect(out.diagnostics).toEqual([]);
  const settings = resolveRuleSettings(rules, Object.fromEntries(rules.map((r) => [r.id, r.id === ruleId ? r.meta.defaultSeverity : 'off'])));
  return runRules(out.entities, { rules, settings, root: '/virtual' }).filter((f) => f.ruleId === ruleId);
}

describe('documented Terraform examples', () => {
  for (const rule of rules) {
    test(`${rule.id}: bad example reported, good example clean`, async () => {
      const { bad, good } = rule.meta.docs.examples.terraform;
      expect((await findings(rule.id, bad)).length).toBeGreaterThanOrEqual(1);
      expect((await findings(rule.id, good)).map((f) => f.message)).toEqual([]);
    });
  }
});

describe('client certificate mode defaults, end to end', () => {
  test('function app with certificates on and no mode: Optional is reported at the declaration', async () => {
    const found = await findings('client-cert-mode', 'resource "azurerm_linux_function_app" "fn" {\n  https_only                 = true\n  client_certificate_enabled = true\n}\n');
    expect(found.map((f) => [f.range.start.line, f.range.start.column])).toEqual([[1, 1]]);
  });

  test('web app with certificates on and no mode: Required, nothing reported', async () => {
    expect(await findings('client-cert-mode', 'resource "azurerm_linux_web_app" "api" {\n  https_only                 = true\n  client_certificate_enabled = true\n}\n')).toEqual([]);
  });

  test('a mode passed through a module argument is reported at the caller line', async () => {
    const { join } = await import('node:path');
    const { parseFiles } = await import('./helpers.js');
    const root = join(import.meta.dirname, 'fixtures', 'modules', 'root', 'main.tf');
    const out = await parseFiles({}, { run: [root] });
    const settings = resolveRuleSettings(rules, Object.fromEntries(rules.map((r) => [r.id, r.id === 'client-cert-mode' ? 'error' : 'off'])));
    const found = runRules(out.entities, { rules, settings, root: '/' }).filter((f) => f.subject?.name === 'module.site.azurerm_linux_web_app.this');
    expect(found.map((f) => [f.range.file, f.range.start.line, f.range.start.column])).toEqual([[root, 16, 29]]);
  });
});
