import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `mtlslint lint … | head`: the reader closes the pipe after a few lines. The built CLI (what the
 * shell runs) must end quietly with its usual exit status, not print an unhandled EPIPE error.
 */
const PROJECT = resolve(import.meta.dirname, '../..');
const CLI = join(PROJECT, 'dist', 'mtlslint.cjs');
const built = existsSync(CLI);

if (!built) console.warn('[skip] dist/mtlslint.cjs is missing (run `npm run build`): a closed stdout is not tested');

/** Runs the CLI, closes its stdout after the first chunk read, and collects stderr and the exit status. */
function runAndCloseEarly(cwd: string, args: string[]): Promise<{ status: number | null; stderr: string; read: number }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let read = 0;
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    child.stdout.once('data', (chunk: Buffer) => {
      read = chunk.length;
      child.stdout.destroy();
    });
    child.on('error', fail);
    child.on('close', (status) => done({ status, stderr, read }));
  });
}

describe.skipIf(!built)('the built CLI when stdout closes early', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mtlslint-closed-stdout-'));
  // Generated templates with findings (status 1), and a report many pipe buffers long.
  beforeAll(() => {
    expect(spawnSync(process.execPath, [join(PROJECT, 'scripts', 'generate-bench.mjs'), dir, '200'], { encoding: 'utf8' }).status).toBe(0);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const format of ['stylish', 'json']) {
    it(`ends quietly with the usual status (--format ${format})`, async () => {
      const r = await runAndCloseEarly(dir, ['lint', '.', '--format', format, '--threads', '1']);
      expect(r.read).toBeGreaterThan(0);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
    }, 120_000);
  }
});
