import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lintText } from '../../../support/rule-tester.js';
import { cliBundle } from '../../../support/cli-bundle.js';

const PROJECT = resolve(import.meta.dirname, '../../../..');
const MESSAGE = 'not parsed: this Node.js runs without WebAssembly (--jitless), which the Terraform grammar needs; lint Terraform files without --jitless';

/**
 * Node run with `--jitless` (also from `NODE_OPTIONS`) has no `WebAssembly`, and the Terraform
 * grammar is WebAssembly: each Terraform file gets a positioned error that says why and what to
 * do, as for a grammar that failed, not an "internal error" about a missing global.
 */
describe('Terraform without WebAssembly', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reports each file as not parsed, saying why, and lints nothing of it', async () => {
    vi.stubGlobal('WebAssembly', undefined);
    const r = await lintText('terraform', 'resource "azurerm_linux_web_app" "app" {\n  https_only = false\n}\n');
    expect(r.findings.map((f) => [f.ruleId, f.message, f.range.start.line, f.range.start.column])).toEqual([['parse-error', MESSAGE, 1, 1]]);
  });

  it('says so from the CLI under NODE_OPTIONS=--jitless', async () => {
    const cli = await cliBundle();
    const r = spawnSync(process.execPath, [cli, 'lint', 'samples/terraform/main.tf', '--format', 'json'], {
      cwd: PROJECT,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --jitless`.trim() },
    });
    expect(r.status, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string; message: string }[] };
    expect(report.findings.map((f) => [f.ruleId, f.message])).toEqual([['parse-error', MESSAGE]]);
  }, 60_000);
});
