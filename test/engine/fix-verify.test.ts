import { describe, expect, it } from 'vitest';
import { fixRun } from '../../src/engine/fix.js';
import { lintSources } from '../../src/engine/lint.js';
import type { FormatFixer } from '../../src/model/index.js';

const TEMPLATE = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "api",
      "properties": { "httpsOnly": false, "clientCertEnabled": true }
    }
  ]
}
`;
const PATH = '/v/main.json';
const lint = (text: string) => lintSources([{ path: PATH, text }], { cwd: '/v', root: '/v', rules: { 'parse-error': 'off' } });

/** A fixer that claims every request and writes the given text. */
const fake = (output: (text: string) => string): FormatFixer => ({
  fix: (requests, texts) => ({
    texts: new Map([[PATH, output(texts.get(PATH) ?? '')]]),
    applied: requests.map((r) => ({ id: r.id, file: PATH })),
    skipped: [],
  }),
});

describe('--fix verifies before it writes', () => {
  it('drops a fix whose file would not parse (even with parse-error turned off) and says why', async () => {
    const first = await lint(TEMPLATE);
    const result = await fixRun(first, (o) => lint(o.get(PATH) ?? TEMPLATE), 'dry-run', async () => fake((t) => t.replace('"httpsOnly": false,', '"httpsOnly": true,,')));
    expect(result.fixes).toEqual([]);
    expect(result.skippedFixes?.map((s) => [s.ruleId, s.reason])).toEqual([['https-only', 'the fixed file would not parse']]);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['https-only']);
  });

  it('drops a fix that does not remove the finding', async () => {
    const first = await lint(TEMPLATE);
    const result = await fixRun(first, (o) => lint(o.get(PATH) ?? TEMPLATE), 'dry-run', async () => fake((t) => t.replace('"contentVersion"', '// touched, not fixed\n  "contentVersion"')));
    expect(result.fixes).toEqual([]);
    expect(result.skippedFixes?.map((s) => s.reason)).toEqual(['the fixed file still reports the finding']);
  });

  it('reports formats without a fixer', async () => {
    const first = await lint(TEMPLATE);
    const result = await fixRun(first, (o) => lint(o.get(PATH) ?? TEMPLATE), 'dry-run', () => undefined);
    expect(result.skippedFixes?.map((s) => s.reason)).toEqual(['--fix does not support arm files yet']);
  });
});
