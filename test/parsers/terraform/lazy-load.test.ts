import { join } from 'node:path';
import { expect, test } from 'vitest';
import { hclReaderRequested } from '../../../parsers/terraform/hcl/tree-sitter.js';
import { parseFiles } from './helpers.js';

// Runs in its own worker (vitest isolates test files): nothing else has loaded the grammar here.
test('a run with only a plan, no Terraform at all, or well-formed Terraform never loads the HCL grammar; a broken .tf file does', async () => {
  await parseFiles({}, { run: [] });
  await parseFiles({}, { run: [join(import.meta.dirname, 'fixtures', 'plan', 'plan.json')] });
  expect(hclReaderRequested()).toBe(false);
  const read = await parseFiles({ '/virtual/main.tf': 'locals {\n  a = "${var.x}-y"\n}\n' });
  expect(read.diagnostics).toEqual([]);
  expect(hclReaderRequested()).toBe(false);
  // Modules installed by terraform init (read before evaluating) are read natively too.
  const installed = await parseFiles({}, { run: [join(import.meta.dirname, 'fixtures', 'registry', 'root', 'main.tf')] });
  expect(installed.entities.map((e) => e.name)).toContain('module.site.azurerm_linux_web_app.this');
  expect(hclReaderRequested()).toBe(false);
  const broken = await parseFiles({ '/virtual/main.tf': 'locals {\n  a = = 1\n}\n' });
  expect(broken.diagnostics.length).toBeGreaterThan(0);
  expect(new Set(broken.diagnostics.map((d) => d.ruleId))).toEqual(new Set(['parse-error']));
  expect(hclReaderRequested()).toBe(true);
});
