import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliBundle } from '../support/cli-bundle.js';

const PROJECT = resolve(import.meta.dirname, '../..');

/**
 * A small Terraform run compiles the grammar with Liftoff only (src/engine/wasm-tiering.ts): V8 says
 * which compiler made each WASM function (`--trace-wasm-compilation-times`), and none may be
 * TurboFan. Node 24's V8 no longer derives implied flags when a flag is set at run time, so that
 * `--liftoff-only` alone let tier-up recompile hot functions in the background.
 */
describe('WASM tiering of a one-file Terraform run', () => {
  it('compiles every grammar function it runs with Liftoff, none with TurboFan', async () => {
    const cli = await cliBundle();
    // A syntax error: the grammar parses the file (well-formed files are read without it).
    const dir = mkdtempSync(join(tmpdir(), 'mtlslint-tiering-'));
    try {
      writeFileSync(join(dir, 'main.tf'), `${readFileSync(join(PROJECT, 'samples/terraform/main.tf'), 'utf8')}\nbroken = = 1\n`);
      const r = spawnSync(process.execPath, ['--trace-wasm-compilation-times', cli, 'lint', 'main.tf', '--format', 'json'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, MTLSLINT_NO_CODE_CACHE: '1' },
      });
      expect(r.status, r.stderr).toBe(1);
      expect(r.stdout).toContain('"parse-error"');
      const compiled = (r.stdout + r.stderr).split('\n').filter((line) => /^Compiled function .* using /.test(line));
      expect(compiled.filter((line) => line.includes('using Liftoff')).length).toBeGreaterThan(50);
      expect(compiled.filter((line) => !line.includes('using Liftoff'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('compiles no grammar function for a well-formed file: the grammar is not loaded', async () => {
    const cli = await cliBundle();
    const r = spawnSync(process.execPath, ['--trace-wasm-compilation-times', cli, 'lint', 'samples/terraform/main.tf', '--format', 'json'], {
      cwd: PROJECT,
      encoding: 'utf8',
      env: { ...process.env, MTLSLINT_NO_CODE_CACHE: '1' },
    });
    expect(r.status, r.stderr).toBe(1);
    expect((r.stdout + r.stderr).split('\n').filter((line) => /^Compiled function .* using /.test(line))).toEqual([]);
  }, 60_000);
});
