import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliBundle } from '../support/cli-bundle.js';

const PROJECT = resolve(import.meta.dirname, '../..');

/**
 * `--no-deprecation`, given to Node or in `NODE_OPTIONS` (common in CI), makes
 * `process.noDeprecation` read-only; mtlslint asked Node's bindings with deprecation warnings
 * silenced by assigning it, which threw, so that a run with output to `/dev/null` or a terminal, and
 * every Terraform run (its WASM flags), crashed (src/loader/process-binding.ts).
 */
describe('mtlslint under --no-deprecation', () => {
  const run = async (nodeArgs: string[], env: NodeJS.ProcessEnv, stdout: 'pipe' | number) => {
    const cli = await cliBundle();
    return spawnSync(process.execPath, [...nodeArgs, cli, 'lint', 'samples/terraform/main.tf', '--format', 'json'], {
      cwd: PROJECT,
      encoding: 'utf8',
      env: { ...process.env, ...env },
      stdio: ['ignore', stdout, 'pipe'],
    });
  };

  it('lints Terraform to a pipe with the flag on the command line', async () => {
    const r = await run(['--no-deprecation'], {}, 'pipe');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string }[] };
    expect(report.findings.map((f) => f.ruleId)).toContain('https-only');
  }, 60_000);

  it('lints Terraform to /dev/null with the flag in NODE_OPTIONS', async () => {
    const devNull = openSync('/dev/null', 'w');
    try {
      const r = await run([], { NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --no-deprecation`.trim() }, devNull);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
    } finally {
      closeSync(devNull);
    }
  }, 60_000);
});
