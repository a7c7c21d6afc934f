import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Worker threads only exist in the built CLI (`dist/mtlslint.cjs` + `dist/lint-worker.cjs`): this
 * runs it as built, and builds nothing. `.ci/run` builds before `npm test`.
 */
const PROJECT = resolve(import.meta.dirname, '../..');
const CLI = join(PROJECT, 'dist', 'mtlslint.cjs');
const built = existsSync(CLI) && existsSync(join(PROJECT, 'dist', 'lint-worker.cjs'));

if (!built) {
  console.warn('[skip] dist/mtlslint.cjs or dist/lint-worker.cjs is missing (run `npm run build`): the worker-thread run is not tested');
}

describe.skipIf(!built)('the built CLI with worker threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mtlslint-threads-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

  it('--threads 1 and --threads 2 give the same JSON report on a tree of a few hundred files', () => {
    expect(node([join(PROJECT, 'scripts', 'generate-bench.mjs'), join(dir, 'arm'), '200']).status).toBe(0);
    expect(node([join(PROJECT, 'scripts', 'generate-bench-terraform.mjs'), join(dir, 'terraform'), '20', '4']).status).toBe(0);
    const lint = (threads: string) => node([CLI, 'lint', '.', '--format', 'json', '--threads', threads]);
    const one = lint('1');
    const two = lint('2');
    expect(one.stderr).toBe('');
    expect(two.stderr).toBe('');
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    const report = JSON.parse(one.stdout) as { findings: unknown[] };
    expect(report.findings.length).toBeGreaterThan(300);
    expect(two.stdout).toBe(one.stdout);
  }, 120_000);

  it('without --threads, a tree large enough to start workers during the walk gives the same JSON report as --threads 1', () => {
    // About 800 files (quickstart-like samples, one in ten with App Service, in all three formats): above WORKER_MIN_FILES.
    expect(node([join(PROJECT, 'scripts', 'generate-bench-tree.mjs'), join(dir, 'tree'), '200']).status).toBe(0);
    const lint = (...extra: string[]) => node([CLI, 'lint', 'tree', '--format', 'json', ...extra]);
    const one = lint('--threads', '1');
    const auto = lint();
    expect(one.stderr).toBe('');
    expect(auto.stderr).toBe('');
    expect(one.status).toBe(1);
    expect((JSON.parse(one.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(50);
    expect(auto.status).toBe(1);
    expect(auto.stdout).toBe(one.stdout);
    // And in the default format, as a user sees it.
    expect(node([CLI, 'lint', 'tree']).stdout).toBe(node([CLI, 'lint', 'tree', '--threads', '1']).stdout);
  }, 120_000);

  it('rejects a --threads that is not a whole number of at least 1', () => {
    const r = node([CLI, 'lint', '.', '--threads', '0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--threads');
  });
});
