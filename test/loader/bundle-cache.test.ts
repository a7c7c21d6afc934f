import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    const r = spawnSync(process.execPath, [cli, ...args], { cwd: PROJECT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', [NO_CACHE]: '', ...env } });
    expect(r.stderr).toBe('');
    return `exit ${r.status}\n${r.stdout}`;
  };
  return [...SAMPLES.map((s) => run(['lint', s, '--format', 'json'])), run(['lint', SAMPLES[0]!])];
}

const NO_CACHE = 'MTLSLINT_NO_CODE_CACHE';
const cacheFiles = (dir: string): string[] => {
  try {
    return readdirSync(dir);
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
    expect(files.every((f) => /^[\w-]+\.cjs-\d+-node[\d.]+-\w+\.bin$/.test(f))).toBe(true);
    expect(runAll({ XDG_CACHE_HOME: home })).toEqual(reference);
    expect(cacheFiles(join(base, 'unused'))).toEqual([]);
  }, 120_000);

  it('prints the same with every cache file broken', () => {
    const home = join(base, 'broken');
    runAll({ XDG_CACHE_HOME: home });
    const dir = join(home, 'mtlslint');
    cacheFiles(dir).forEach((f, i) => writeFileSync(join(dir, f), i % 2 ? Buffer.alloc(64, 0x5a) : Buffer.alloc(0)));
    expect(runAll({ XDG_CACHE_HOME: home })).toEqual(reference);
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
