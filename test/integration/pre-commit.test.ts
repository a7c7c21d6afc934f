import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_BICEP as BAD } from '../support/bad-sources.js';

/**
 * The real thing: Debian's `pre-commit` installs this repository as a hook (npm install,
 * npm pack, npm install -g) and runs it on a temporary repository. Needs `pre-commit` on PATH
 * and the npm registry; `.ci/run` installs pre-commit and sets MTLSLINT_REQUIRE_PRE_COMMIT=1.
 */
const PROJECT = resolve(import.meta.dirname, '../..');
const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const required = process.env['MTLSLINT_REQUIRE_PRE_COMMIT'] === '1';

if (!hasPreCommit && !required) {
  console.warn('[skip] pre-commit is not installed (apt-get install pre-commit): the pre-commit round trip is not tested');
}

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

function tryRepo(cwd: string, home: string) {
  return spawnSync('pre-commit', ['try-repo', PROJECT, 'mtlslint', '--files', 'infra/main.bicep'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PRE_COMMIT_HOME: home, NO_COLOR: '1' },
    timeout: 300_000,
  });
}

describe.skipIf(!hasPreCommit && !required)('pre-commit hook', () => {
  it('fails on a bad Bicep file with the finding, and passes after the fix', { timeout: 600_000 }, () => {
    expect(hasPreCommit, 'pre-commit must be installed (MTLSLINT_REQUIRE_PRE_COMMIT=1)').toBe(true);
    const repo = mkdtempSync(join(tmpdir(), 'mtlslint-precommit-'));
    const home = mkdtempSync(join(tmpdir(), 'mtlslint-precommit-home-'));
    git(repo, 'init', '-q');
    mkdirSync(join(repo, 'infra'));
    writeFileSync(join(repo, 'infra/main.bicep'), BAD);
    git(repo, 'add', '.');

    const failing = tryRepo(repo, home);
    const out = `${failing.stdout}${failing.stderr}`;
    expect(failing.status, out).toBe(1);
    expect(out).toMatch(/infra\/main\.bicep\n\s+7:16\s+error\s+https-only\s+/);

    writeFileSync(join(repo, 'infra/main.bicep'), BAD.replace('httpsOnly: false', 'httpsOnly: true'));
    git(repo, 'add', '.');
    const passing = tryRepo(repo, home);
    expect(passing.status, `${passing.stdout}${passing.stderr}`).toBe(0);
    expect(passing.stdout).toMatch(/mtlslint \(App Service mutual TLS\)\.+Passed/);
  });
});
