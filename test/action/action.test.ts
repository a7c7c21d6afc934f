import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { runAction } from '../../src/action/run.js';
import { githubProfileProblems, sarifSchemaErrors } from '../support/sarif-schema.js';

const PROJECT = resolve(import.meta.dirname, '../..');

/** A workspace as actions/checkout leaves it, plus the files GitHub gives a step. */
function githubEnvironment(inputs: Record<string, string>) {
  const workspace = mkdtempSync(join(tmpdir(), 'mtlslint-action-'));
  mkdirSync(join(workspace, '.git'));
  cpSync(join(PROJECT, 'samples'), join(workspace, 'infra'), { recursive: true });
  const runner = mkdtempSync(join(tmpdir(), 'mtlslint-runner-'));
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: join(runner, 'output'),
    GITHUB_STEP_SUMMARY: join(runner, 'summary'),
    PATH: process.env['PATH'] ?? '',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  writeFileSync(env['GITHUB_OUTPUT'] as string, '');
  writeFileSync(env['GITHUB_STEP_SUMMARY'] as string, '');
  return { workspace, env, outputs: () => readFileSync(env['GITHUB_OUTPUT'] as string, 'utf8'), summary: () => readFileSync(env['GITHUB_STEP_SUMMARY'] as string, 'utf8') };
}

function outputsOf(text: string): Record<string, string> {
  return Object.fromEntries(text.trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

describe('GitHub Action (in process)', () => {
  it('writes SARIF, outputs, annotations and a job summary, and fails on errors', async () => {
    const gh = githubEnvironment({ path: 'infra/arm', 'fail-on': 'error' });
    const out: string[] = [];
    const code = await runAction({ env: gh.env, stdout: (t) => out.push(t), stderr: (t) => out.push(t) });
    expect(code).toBe(1);
    const outputs = outputsOf(gh.outputs());
    expect(outputs['sarif-file']).toBe(join(gh.workspace, 'mtlslint.sarif'));
    expect(Number(outputs['errors'])).toBeGreaterThan(0);
    expect(Number(outputs['findings'])).toBe(Number(outputs['errors']) + Number(outputs['warnings']) + Number(outputs['notes']));
    const log = JSON.parse(readFileSync(outputs['sarif-file'] as string, 'utf8')) as Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(githubProfileProblems(log)).toEqual([]);
    expect(out.join('')).toMatch(/^::error file=infra\/arm\/legacy-portal\/azuredeploy\.json,line=\d+/m);
    expect(gh.summary()).toMatch(/^## mtlslint\n\n\*\*\d+\*\* errors, \*\*\d+\*\* warnings/);
    expect(gh.summary()).toMatch(/^\| Error \| `https-only` \| `infra\/arm\/legacy-portal\/azuredeploy\.json:14` \| /m);
    expect(gh.summary().trimEnd().split('\n').at(-1)).toMatch(/^Checked \d+ sites, \d+ slots? and \d+ certificates? in \d+ files\.$/);
  });

  it.each([
    ['never', 0],
    ['warn', 1],
  ])('fail-on %s → exit %i', async (failOn, expected) => {
    const gh = githubEnvironment({ path: 'infra/arm/legacy-portal', 'fail-on': failOn });
    expect(await runAction({ env: gh.env, stdout: () => {}, stderr: () => {} })).toBe(expected);
  });

  it('passes on a clean directory and says so in the summary', async () => {
    const gh = githubEnvironment({ path: 'infra/arm/secure-api', format: 'json', 'output-file': 'reports/mtlslint.json' });
    expect(await runAction({ env: gh.env, stdout: () => {}, stderr: () => {} })).toBe(0);
    const outputs = outputsOf(gh.outputs());
    expect(outputs['sarif-file']).toBe('');
    expect(outputs['report-file']).toBe(join(gh.workspace, 'reports/mtlslint.json'));
    expect(gh.summary()).toMatch(/No problems in \d+ files?\./);
    // A clean run says what it checked.
    expect(gh.summary().trimEnd().split('\n').at(-1)).toBe('Checked 1 site, 1 slot and 1 certificate in 2 files.');
  });

  it('rejects a bad fail-on value with exit 2', async () => {
    const gh = githubEnvironment({ 'fail-on': 'sometimes' });
    const err: string[] = [];
    expect(await runAction({ env: gh.env, stdout: () => {}, stderr: (t) => err.push(t) })).toBe(2);
    expect(err.join('')).toMatch(/fail-on must be error, warn or never/);
  });
});

describe('GitHub Action (bundled entry)', () => {
  it('action/dist, dist and THIRD_PARTY_NOTICES.md are up to date with the sources (npm run bundle:action)', () => {
    const r = spawnSync(process.execPath, [join(PROJECT, 'scripts/bundle.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  });

  it('runs with nothing installed, in a simulated GitHub environment', () => {
    // samples/ holds ARM and Terraform: the Terraform parser must find its WASM files beside the bundle.
    const gh = githubEnvironment({ path: 'infra', 'automation-id': 'mtlslint/' });
    // Rule options in a config file need Ajv, which must be inside the bundle too.
    writeFileSync(join(gh.workspace, 'mtlslint.config.json'), '{ "rules": { "client-cert-exclusion-paths": ["error", { "broadPrefixes": ["/api"] }] } }\n');
    // Run a copy of the action outside the project, so that no node_modules can be found.
    const actionDir = mkdtempSync(join(tmpdir(), 'mtlslint-action-copy-'));
    cpSync(join(PROJECT, 'action'), join(actionDir, 'action'), { recursive: true });
    cpSync(join(PROJECT, 'package.json'), join(actionDir, 'package.json'));
    const r = spawnSync(process.execPath, [join(actionDir, 'action/dist/index.mjs')], { env: gh.env, encoding: 'utf8', cwd: gh.workspace });
    expect(r.status, r.stderr).toBe(1);
    const outputs = outputsOf(gh.outputs());
    const log = JSON.parse(readFileSync(outputs['sarif-file'] as string, 'utf8')) as Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]?.automationDetails?.id).toBe('mtlslint/');
    expect(log.runs[0]?.tool.driver.semanticVersion).toBe((JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { version: string }).version);
    expect(gh.summary()).toContain('## mtlslint');
    expect(r.stdout).toMatch(/^::error file=infra\//m);
    expect(r.stdout).toMatch(/^::error file=infra\/terraform\/main\.tf,line=52/m);
    expect(r.stdout).toMatch(/^::error file=infra\/arm\/legacy-portal\/azuredeploy\.json,line=39,col=38,.*title=mtlslint \(client-cert-exclusion-paths\)/m);
  });
});
