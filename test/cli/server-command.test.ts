import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBundle } from '../support/cli-bundle.js';

/**
 * `mtlslint server` and `lint --use-server` as they ship (the CLI bundled from this tree's sources,
 * started as processes): a run through the server prints what a run of its own prints.
 */
const PROJECT = resolve(import.meta.dirname, '../..');
const posix = process.platform !== 'win32';
const runtime = realpathSync(mkdtempSync(join(tmpdir(), 'mtlslint-runtime-')));
let cli = '';

function mtlslint(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: PROJECT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', XDG_RUNTIME_DIR: runtime, MTLSLINT_USE_SERVER: '', CI: 'true', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const running = (): boolean => mtlslint(['server', 'status']).status === 0;

async function until(condition: () => boolean, ms = 10_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) if (condition()) return true;
  return condition();
}

beforeAll(async () => {
  cli = await cliBundle();
}, 120_000);
afterAll(() => {
  if (cli) mtlslint(['server', 'stop']);
  rmSync(runtime, { recursive: true, force: true });
});

const RUNS = [
  ['lint', 'samples/arm'],
  ['lint', 'samples/bicep', '--format', 'json'],
  ['lint', 'samples/terraform', '-f', 'sarif'],
  ['lint', 'samples', '-f', 'github', '--max-warnings', '0'],
  ['lint', 'no/such/path'],
];

describe.runIf(posix)('the mtlslint server', () => {
  it('is started, asked after and stopped; lint --use-server prints through it what a run of its own prints', () => {
    expect(mtlslint(['server', 'status'])).toMatchObject({ status: 1, stdout: expect.stringMatching(/^No mtlslint server runs for this installation/) });
    const started = mtlslint(['server', 'start', '--idle-timeout', '5']);
    expect(started.stdout).toMatch(/^Started an mtlslint server \(pid \d+\): `mtlslint lint --use-server`.* It ends after 5 minutes without a run/);
    expect(started.status).toBe(0);
    expect(mtlslint(['server', 'start']).stdout).toMatch(/^An mtlslint server already runs \(pid \d+\)/);
    for (const run of RUNS) {
      const own = mtlslint(run);
      expect(mtlslint([...run, '--use-server']), run.join(' ')).toEqual(own);
      expect(mtlslint(run, { MTLSLINT_USE_SERVER: '1' }), run.join(' ')).toEqual(own);
    }
    expect(mtlslint(['server', 'status']).stdout).toMatch(/^An mtlslint \d+\.\d+\.\d+ server runs \(pid \d+, 10 runs so far\) on .*server-[0-9a-f]{16}\.sock; it ends after 5 minutes without a run/);
    expect(mtlslint(['server', 'stop'])).toMatchObject({ status: 0, stdout: 'Stopped the mtlslint server.\n' });
    expect(running()).toBe(false);
    expect(mtlslint(['server', 'stop'])).toMatchObject({ status: 0, stdout: 'No mtlslint server ran for this installation.\n' });
  }, 120_000);

  it('with no server, lint --use-server lints in its own process, then starts one for the next runs (not in CI)', async () => {
    const own = mtlslint(RUNS[0]!);
    expect(mtlslint([...RUNS[0]!, '--use-server'])).toEqual(own);
    // CI: nothing outlives the run.
    await new Promise((r) => setTimeout(r, 1000));
    expect(running()).toBe(false);
    expect(mtlslint([...RUNS[0]!, '--use-server'], { CI: '' })).toEqual(own);
    expect(await until(running)).toBe(true);
    expect(mtlslint([...RUNS[0]!, '--use-server'])).toEqual(own);
    expect(mtlslint(['server', 'status']).stdout).toMatch(/1 run so far/);
    mtlslint(['server', 'stop']);
    expect(running()).toBe(false);
  }, 120_000);

  it.each([
    [['server'], /Name one action: mtlslint server start\|stop\|status\|run/],
    [['server', 'restart'], /Name one action/],
    [['server', 'start', 'now'], /Name one action/],
    [['server', 'start', '--idle-timeout', '0'], /--idle-timeout must be a number of minutes/],
  ])('%j is a usage error', (args, message) => {
    const r = mtlslint(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
