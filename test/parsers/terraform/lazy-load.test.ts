import { join } from 'node:path';
import { expect, test } from 'vitest';
import { hclReaderRequested } from '../../../parsers/terraform/hcl/tree-sitter.js';
import { parseFiles } from './helpers.js';

// Runs in its own worker (vitest isolates test files): nothing else has loaded the grammar here.
test('a run with only a plan, or no Terraform at all, never loads the HCL grammar; a .tf file does', async () => {
  await parseFiles({}, { run: [] });
  await parseFiles({}, { run: [join(import.meta.dirname, 'fixtures', 'plan', 'plan.json')] });
  expect(hclReaderRequested()).toBe(false);
  await parseFiles({ '/virtual/main.tf': 'locals {}\n' });
  expect(hclReaderRequested()).toBe(true);
});
