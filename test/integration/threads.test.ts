import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HOLD_YOUNG_GENERATION, RELEASE_YOUNG_GENERATION } from '../../src/engine/young-generation.js';
import { CACHE_GROWTH_RUNS } from '../../src/loader/code-cache.js';

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
  const cleanup = [dir];
  afterAll(() => {
    for (const d of cleanup) rmSync(d, { recursive: true, force: true });
  });

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
   * is at the cap). A preload counts the engine's looks at V8's heap statistics (once every 32 units and files read).
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
       // Node 24: no binding; the engine asks node:v8 once the heap is as large as the cap, else the heap's size.
       const v8 = require('node:v8'), stats = v8.getHeapSpaceStatistics, usage = process.memoryUsage;
       v8.getHeapSpaceStatistics = function () { looks++; return stats.call(this); };
       process.memoryUsage = function () { looks++; return usage.call(this); };
       process.on('exit', () => fs.writeFileSync(${JSON.stringify(counts)}, JSON.stringify({ looks })));`,
    );
    const looks = (threads: string) => {
      const r = node(['--require', preload, CLI, 'lint', 'young', '--format', 'json', '--threads', threads]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      return JSON.parse(readFileSync(counts, 'utf8')) as { looks: number };
    };
    expect(looks('1').looks).toBeGreaterThan(0);
    expect(looks('2').looks).toBe(0);
  }, 120_000);

  /**
   * V8 puts the young generation's hold in the flag hash of every code cache made or taken while it
   * is set (src/engine/young-generation.ts): a run that holds must leave caches that the next runs
   * take, the chunks it compiled while held included: here the Bicep and Terraform parsers, first
   * needed after 400 ARM samples. A preload records the flags set through V8's binding.
   */
  it('a run that holds the young generation leaves code caches the next runs take', () => {
    expect(node([join(PROJECT, 'scripts', 'generate-bench-tree.mjs'), join(dir, 'held'), '400', '--json-only']).status).toBe(0);
    mkdirSync(join(dir, 'held', 'zz-last'));
    writeFileSync(join(dir, 'held', 'zz-last', 'main.bicep'), "resource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'last'\n  location: 'westeurope'\n}\n");
    writeFileSync(join(dir, 'held', 'zz-last', 'main.tf'), 'resource "azurerm_linux_web_app" "last" {\n  name = "last"\n}\n');
    const flags = join(dir, 'flags.json');
    const preload = join(dir, 'record-flags.cjs');
    writeFileSync(
      preload,
      `const fs = require('node:fs');
       const set = [];
       let binding;
       try { process.noDeprecation = true; binding = process.binding('v8'); } catch {} finally { process.noDeprecation = false; }
       const original = binding && binding.setFlagsFromString;
       if (typeof original === 'function') binding.setFlagsFromString = function (f) { set.push(String(f)); return original.call(this, f); };
       // Node 24: no binding; flags are set through node:v8.
       else {
         const v8 = require('node:v8'), viaModule = v8.setFlagsFromString;
         v8.setFlagsFromString = function (f) { set.push(String(f)); return viaModule.call(this, f); };
       }
       process.on('exit', () => fs.writeFileSync(${JSON.stringify(flags)}, JSON.stringify({ set })));`,
    );
    // Outside the working directory, which the loader never takes a cache from (src/loader/code-cache.ts).
    const cache = mkdtempSync(join(tmpdir(), 'mtlslint-held-cache-'));
    cleanup.push(cache);
    const run = () => {
      const r = spawnSync(process.execPath, ['--require', preload, CLI, 'lint', 'held', '--format', 'json', '--threads', '1'], {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, XDG_CACHE_HOME: cache },
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      return JSON.parse(readFileSync(flags, 'utf8')) as { set: string[] };
    };
    const files = () =>
      readdirSync(join(cache, 'mtlslint'))
        .sort()
        .map((f) => `${f} ${statSync(join(cache, 'mtlslint', f)).mtimeMs}`);
    // The first run and the growth runs write the caches (CACHE_GROWTH_RUNS, src/loader/code-cache.ts).
    for (let i = 0; i <= CACHE_GROWTH_RUNS; i++) run();
    const before = files();
    expect(before.some((f) => f.startsWith('bicep-'))).toBe(true);
    const last = run();
    // Taken, not compiled again: nothing written.
    expect(files()).toEqual(before);
    // Held, set back around each chunk compiled while held (two flags each), released.
    const young = last.set.filter((f) => f.includes('semi-space'));
    expect(young[0]).toBe(HOLD_YOUNG_GENERATION);
    expect(young.at(-1)).toBe(RELEASE_YOUNG_GENERATION);
    expect(young.length).toBeGreaterThanOrEqual(4);
  }, 120_000);

  it('rejects a --threads that is not a whole number of at least 1', () => {
    const r = node([CLI, 'lint', '.', '--threads', '0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--threads');
  });
});
