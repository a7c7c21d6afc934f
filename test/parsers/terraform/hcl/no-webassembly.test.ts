import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lintText } from '../../../support/rule-tester.js';
import { cliBundle } from '../../../support/cli-bundle.js';

const PROJECT = resolve(import.meta.dirname, '../../../..');
const MESSAGE =
  'not parsed: this file needs the Terraform grammar (it has a syntax error, or syntax only the grammar reads), which needs WebAssembly, and this Node.js runs without it (--jitless); lint Terraform files without --jitless';
const BROKEN = 'resource "azurerm_linux_web_app" "app" {\n  https_only = = false\n}\n';

/**
 * Node run with `--jitless` (also from `NODE_OPTIONS`) has no `WebAssembly`, and the Terraform
 * grammar is WebAssembly. Well-formed files are read without it (native-parser.ts); a file only
 * the grammar reads gets a positioned error that says why and what to do, as for a grammar that
 * failed, not an "internal error" about a missing global.
 */
describe('Terraform without WebAssembly', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lints a well-formed file as with WebAssembly', async () => {
    const text = 'resource "azurerm_linux_web_app" "app" {\n  https_only = false\n}\n';
    const withIt = await lintText('terraform', text);
    vi.stubGlobal('WebAssembly', undefined);
    const without = await lintText('terraform', text);
    expect(withIt.findings.map((f) => f.ruleId)).toContain('https-only');
    expect(without.findings).toEqual(withIt.findings);
  });

  it('reports a file only the grammar reads as not parsed, saying why, and lints nothing of it', async () => {
    vi.stubGlobal('WebAssembly', undefined);
    const r = await lintText('terraform', BROKEN);
    expect(r.findings.map((f) => [f.ruleId, f.message, f.range.start.line, f.range.start.column])).toEqual([['parse-error', MESSAGE, 1, 1]]);
  });

  it('from the CLI under NODE_OPTIONS=--jitless: the samples as without it, a broken file said so', async () => {
    const cli = await cliBundle();
    const run = (args: string[], jitless: boolean, cwd = PROJECT) =>
      spawnSync(process.execPath, [cli, 'lint', ...args, '--format', 'json'], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''}${jitless ? ' --jitless' : ''}`.trim() },
      });
    const jitless = run(['samples/terraform/main.tf'], true);
    const jit = run(['samples/terraform/main.tf'], false);
    expect(jitless.status, jitless.stderr).toBe(jit.status);
    expect(jitless.stdout).toBe(jit.stdout);
    expect((JSON.parse(jit.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);

    const dir = mkdtempSync(join(tmpdir(), 'mtlslint-jitless-'));
    try {
      writeFileSync(join(dir, 'main.tf'), BROKEN);
      const r = run(['main.tf'], true, dir);
      expect(r.status, r.stderr).toBe(1);
      const report = JSON.parse(r.stdout) as { findings: { ruleId: string; message: string }[] };
      expect(report.findings.map((f) => [f.ruleId, f.message])).toEqual([['parse-error', MESSAGE]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
