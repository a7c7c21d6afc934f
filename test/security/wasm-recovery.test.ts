import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isWorn } from '../../parsers/shared/process-state.js';
import { lintPaths } from '../../src/engine/lint.js';
import { GOOD, GOOD_FINDINGS } from './hostile-cases.js';
import { runActionMeasured } from './run-measured.js';

/*
 * The Terraform grammar's WASM really failing: its memory is lowered (MTLSLINT_HCL_MEMORY_MIB, the
 * bound the product sets at 384 MiB) so that a file of 10,000 resources makes tree-sitter run out
 * of it and abort. That file gets a positioned parse-error; the file beside it in the same module,
 * parsed after it, and the other units are parsed by a new instance and keep their findings.
 */

const big = Array.from({ length: 10000 }, (_, i) => `resource "null_resource" "r${i}" {}\n`).join('');
const FILES: Record<string, string> = {
  ...GOOD,
  'pr/big/a.tf': big,
  'pr/big/b.tf': 'resource "azurerm_linux_web_app" "beside" {\n  name = "beside"\n  https_only = false\n  site_config {}\n}\n',
  'pr/after/main.tf': 'resource "azurerm_linux_web_app" "after" {\n  name = "after"\n  https_only = false\n  site_config {}\n}\n',
};

function checkout(): string {
  const repo = mkdtempSync(join(tmpdir(), 'mtlslint-wasm-'));
  mkdirSync(join(repo, '.git'));
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(repo, rel)), { recursive: true });
    writeFileSync(join(repo, rel), text);
  }
  return repo;
}

interface Found {
  file: string;
  ruleId: string;
  line: number;
  column: number;
  message: string;
}

function expectRecovered(findings: readonly Found[]): void {
  const failed = findings.filter((f) => f.file === 'pr/big/a.tf');
  expect(failed.map((f) => [f.ruleId, f.line, f.column])).toEqual([['parse-error', 1, 1]]);
  expect(failed[0]?.message).toMatch(/^the Terraform grammar failed on this file \(RuntimeError: Aborted\(\)\); it is not analysed, the other files are parsed with a new instance of the grammar$/);
  const https = (file: string) => findings.filter((f) => f.file === file && f.ruleId === 'https-only').map((f) => f.line);
  expect(https('pr/big/b.tf')).toEqual([3]);
  expect(https('pr/after/main.tf')).toEqual([3]);
  for (const [file, line] of GOOD_FINDINGS) expect(https(file)).toEqual([line]);
}

describe('the Terraform WASM aborting on one file', () => {
  it('in the bundled Action: that file is reported, the next file of its module and the next units are parsed by a new instance', () => {
    const run = runActionMeasured(checkout(), { path: '.', format: 'json', 'fail-on': 'never' }, 60_000, { MTLSLINT_HCL_MEMORY_MIB: '40' });
    expect(run.status, run.stderr.slice(0, 2000)).toBe(0);
    expect(run.stderr).not.toContain('Aborted');
    expectRecovered((JSON.parse(run.report) as { findings: Found[] }).findings);
  });

  describe('in this process (the sources)', () => {
    beforeAll(() => {
      vi.stubEnv('MTLSLINT_HCL_MEMORY_MIB', '40');
    });
    afterAll(() => {
      vi.unstubAllEnvs();
    });
    it('the same; the process is marked worn (the server ends after such a run: src/cli/server-command.ts)', async () => {
      const repo = checkout();
      const result = await lintPaths(['.'], { cwd: repo, root: repo, threads: 1 });
      expect(isWorn()).toBe(true);
      expectRecovered(result.findings.map((f) => ({ file: f.range.file.slice(repo.length + 1), ruleId: f.ruleId, line: f.range.start.line, column: f.range.start.column, message: f.message })));
    });
  });
});
