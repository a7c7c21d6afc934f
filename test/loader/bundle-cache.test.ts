import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRUNE_STAMP } from '../../src/loader/code-cache.js';
import { cliBundle } from '../support/cli-bundle.js';

/**
 * The CLI as it ships (built from this tree's sources), loaded through dist/loader.cjs with its code
 * cache: the cache changes how fast a run starts, never what it prints.
 */
const PROJECT = resolve(import.meta.dirname, '../..');
const SAMPLES = ['samples/arm', 'samples/bicep', 'samples/terraform'];
const base = mkdtempSync(join(tmpdir(), 'mtlslint-bundle-cache-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

let cli = '';
beforeAll(async () => {
  cli = await cliBundle();
}, 120_000);

/** Exit status and output of one run per sample directory (JSON), and one in the default format. */
function runAll(env: NodeJS.ProcessEnv): string[] {
  const run = (args: string[]): string => {
    const r = spawnSync(process.execPath, [cli, ...args], { cwd: PROJECT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', [NO_CACHE]: '', HOME: join(base, 'no-home'), ...env } });
    expect(r.stderr).toBe('');
    return `exit ${r.status}\n${r.stdout}`;
  };
  return [...SAMPLES.map((s) => run(['lint', s, '--format', 'json'])), run(['lint', SAMPLES[0]!])];
}

const NO_CACHE = 'MTLSLINT_NO_CODE_CACHE';
/** The cache files of a directory (not the stamp of its last pruning). */
const cacheFiles = (dir: string): string[] => {
  try {
    return readdirSync(dir).filter((f) => f !== PRUNE_STAMP);
  } catch {
    return [];
  }
};

describe('the bundled CLI with its code cache', () => {
  let reference: string[] = [];
  beforeAll(() => {
    reference = runAll({ [NO_CACHE]: '1', XDG_CACHE_HOME: join(base, 'unused') });
    expect(reference.every((r) => r.startsWith('exit 1\n'))).toBe(true);
  }, 120_000);

  it('prints the same on the first run (writing the cache) and the next (reading it)', () => {
    const home = join(base, 'home');
    expect(runAll({ XDG_CACHE_HOME: home })).toEqual(reference);
    const files = cacheFiles(join(home, 'mtlslint'));
    expect(files.length).toBeGreaterThan(10);
    expect(files.every((f) => /^[\w-]+\.cjs-\d+(-flags[0-9a-f]+)?(-(arm|bicep|terraform))?-node[\d.]+-\w+-cc2\.bin$/.test(f))).toBe(true);
    expect(runAll({ XDG_CACHE_HOME: home })).toEqual(reference);
    expect(cacheFiles(join(base, 'unused'))).toEqual([]);
  }, 120_000);

  it('a run of files of one format has caches of its own for the chunks it loads once its arguments are read', () => {
    const home = join(base, 'flavours');
    const lint = (args: string[]): string => {
      const r = spawnSync(process.execPath, [cli, 'lint', ...args, '--format', 'json'], { cwd: PROJECT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', [NO_CACHE]: '', HOME: join(base, 'no-home'), XDG_CACHE_HOME: home } });
      expect(r.stderr).toBe('');
      return `exit ${r.status}\n${r.stdout}`;
    };
    const files = (): string[] => cacheFiles(join(home, 'mtlslint'));
    const byKind = (kind: string): string[] => files().filter((f) => f.includes(`-${kind}-node`));
    const bicep = 'samples/bicep/secure-api/main.bicep';
    const first = lint([bicep]);
    expect(byKind('bicep').some((f) => f.startsWith('bicep-'))).toBe(true);
    // The entry chunk runs before the arguments are read: it has one cache for every kind of run.
    expect(files().filter((f) => f.startsWith('mtlslint-main-'))).toEqual([expect.not.stringMatching(/-(arm|bicep|terraform)-node/)]);
    expect(byKind('arm')).toEqual([]);
    lint(['samples/arm/secure-api/azuredeploy.json', 'samples/arm/secure-api/azuredeploy.parameters.json']);
    lint(['samples/terraform/main.tf']);
    expect(byKind('arm').length).toBeGreaterThan(5);
    expect(byKind('terraform').some((f) => f.startsWith('terraform-'))).toBe(true);
    // A directory, or files of two formats: the plain caches, as before.
    const plain = files().filter((f) => !/-(arm|bicep|terraform)-node/.test(f)).length;
    lint(['samples/bicep']);
    lint([bicep, 'samples/terraform/main.tf']);
    expect(files().filter((f) => !/-(arm|bicep|terraform)-node/.test(f)).length).toBeGreaterThan(plain);
    expect(byKind('bicep').every((f) => /-bicep-node/.test(f))).toBe(true);
    // What is printed never depends on which caches were there.
    expect(lint([bicep])).toBe(first);
  }, 120_000);

  it('compiles every chunk as strict code, as the ES modules it was made from', () => {
    const dir = dirname(cli);
    const chunks = readdirSync(dir).filter((f) => f.endsWith('.cjs') && readFileSync(join(dir, f), 'latin1').startsWith('(function('));
    expect(chunks.length).toBeGreaterThan(10);
    for (const f of chunks) expect(readFileSync(join(dir, f), 'latin1'), f).toMatch(/^\(function\([\w,$]*\)\{'use strict';/);
  });

  it('worker threads write the cache of what they compiled', () => {
    const home = join(base, 'workers');
    const r = spawnSync(process.execPath, [cli, 'lint', 'samples', '--threads', '2'], {
      cwd: PROJECT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', [NO_CACHE]: '', HOME: join(base, 'no-home'), XDG_CACHE_HOME: home },
    });
    expect(r.status, r.stderr).toBe(1);
    // Only a worker loads the worker's entry.
    expect(cacheFiles(join(home, 'mtlslint')).filter((f) => /^lint-worker-main-[A-Z0-9]+\.cjs-/.test(f))).toHaveLength(1);
  }, 120_000);

  it('prints the same with every cache file broken', () => {
    const home = join(base, 'broken');
    runAll({ XDG_CACHE_HOME: home });
    const dir = join(home, 'mtlslint');
    const files = cacheFiles(dir);
    expect(files.length).toBeGreaterThan(10);
    files.forEach((f, i) => writeFileSync(join(dir, f), i % 2 ? Buffer.alloc(64, 0x5a) : Buffer.alloc(0)));
    expect(runAll({ XDG_CACHE_HOME: home })).toEqual(reference);
    // And written anew: each is bigger than the 64 bytes of garbage again.
    for (const f of files) expect(statSync(join(dir, f)).size, f).toBeGreaterThan(64);
  }, 120_000);

  it('loads a fresh Terraform runtime after its WASM fails on a file', () => {
    const repo = join(base, 'wasm');
    for (const dir of ['.git', 'big', 'after']) mkdirSync(join(repo, dir), { recursive: true });
    writeFileSync(join(repo, 'big/a.tf'), Array.from({ length: 10000 }, (_, i) => `resource "null_resource" "r${i}" {}\n`).join(''));
    const site = 'resource "azurerm_linux_web_app" "s" {\n  name = "s"\n  https_only = false\n  site_config {}\n}\n';
    writeFileSync(join(repo, 'big/b.tf'), site);
    writeFileSync(join(repo, 'after/main.tf'), site);
    // The grammar's memory lowered so that it aborts on the large file (as in test/security/wasm-recovery.test.ts).
    const r = spawnSync(process.execPath, [cli, 'lint', '.', '--format', 'json'], { cwd: repo, encoding: 'utf8', env: { ...process.env, MTLSLINT_HCL_MEMORY_MIB: '40', XDG_CACHE_HOME: join(base, 'home') } });
    expect(r.stderr).toBe('');
    const findings = (JSON.parse(r.stdout) as { findings: { file: string; ruleId: string; line: number }[] }).findings;
    const of = (file: string) => findings.filter((f) => f.file === file).map((f) => [f.ruleId, f.line]);
    expect(of('big/a.tf')).toEqual([['parse-error', 1]]);
    expect(of('big/b.tf')).toContainEqual(['https-only', 3]);
    expect(of('after/main.tf')).toContainEqual(['https-only', 3]);
  }, 120_000);

  it.skipIf(process.platform === 'win32')('does not use a cache directory that is a link', () => {
    const target = join(base, 'target');
    mkdirSync(target, { mode: 0o700 });
    const home = join(base, 'linked');
    mkdirSync(home);
    symlinkSync(target, join(home, 'mtlslint'));
    expect(runAll({ XDG_CACHE_HOME: home })).toEqual(reference);
    expect(cacheFiles(target)).toEqual([]);
  }, 120_000);
});
