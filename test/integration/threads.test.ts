import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  /**
   * The young generation is held only when no worker runs (src/engine/young-generation.ts: the flag
   * is the whole process's, and a worker's young generation is still small when the main thread's
   * is at the cap). A preload counts the engine's looks at V8's heap statistics (every 16 units).
   */
  it('looks at the young generation with --threads 1, never with worker threads', () => {
    expect(node([join(PROJECT, 'scripts', 'generate-bench.mjs'), join(dir, 'young'), '120']).status).toBe(0);
    const counts = join(dir, 'looks.json');
    const preload = join(dir, 'count-looks.cjs');
    writeFileSync(
      preload,
      `const fs = require('node:fs');
       let looks = 0, binding;
       try { process.noDeprecation = true; binding = process.binding('v8'); } catch {} finally { process.noDeprecation = false; }
       const update = binding && binding.updateHeapSpaceStatisticsBuffer;
       if (typeof update === 'function') binding.updateHeapSpaceStatisticsBuffer = function (i) { looks++; return update.call(this, i); };
       process.on('exit', () => fs.writeFileSync(${JSON.stringify(counts)}, JSON.stringify({ binding: typeof update === 'function', looks })));`,
    );
    const looks = (threads: string) => {
      const r = node(['--require', preload, CLI, 'lint', 'young', '--format', 'json', '--threads', threads]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      return JSON.parse(readFileSync(counts, 'utf8')) as { binding: boolean; looks: number };
    };
    const one = looks('1');
    // Node 24 has no process.binding('v8'): nothing to look with, in either run.
    if (one.binding) expect(one.looks).toBeGreaterThan(0);
    expect(looks('2').looks).toBe(0);
  }, 120_000);

  it('rejects a --threads that is not a whole number of at least 1', () => {
    const r = node([CLI, 'lint', '.', '--threads', '0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--threads');
  });
});
