#!/usr/bin/env node
// Measures the pre-commit hook's first install with the real `pre-commit`, from a clean cache:
// a new PRE_COMMIT_HOME and a new, empty npm cache, on a one-file repository. The first run
// installs the hook environment and lints; the second only lints; their difference is the install.
//   node scripts/bench-pre-commit-install.mjs [runs=3]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const project = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 3);

if (spawnSync('pre-commit', ['--version']).status !== 0) {
  console.error('pre-commit is not installed (apt-get install pre-commit)');
  process.exit(2);
}

function timed(cwd, env) {
  const start = process.hrtime.bigint();
  const r = spawnSync('pre-commit', ['try-repo', project, 'mtlslint', '--files', 'infra/main.bicep'], { cwd, env, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`pre-commit failed (${r.status}):\n${r.stdout}${r.stderr}`);
  return seconds;
}

const rows = [];
for (let i = 0; i < runs; i++) {
  const repo = mkdtempSync(join(tmpdir(), 'mtlslint-bench-repo-'));
  spawnSync('git', ['init', '-q'], { cwd: repo });
  mkdirSync(join(repo, 'infra'));
  writeFileSync(join(repo, 'infra/main.bicep'), "resource api 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'api'\n  properties: {\n    httpsOnly: true\n  }\n}\n");
  spawnSync('git', ['add', '.'], { cwd: repo });
  const env = {
    ...process.env,
    PRE_COMMIT_HOME: mkdtempSync(join(tmpdir(), 'mtlslint-bench-home-')),
    npm_config_cache: mkdtempSync(join(tmpdir(), 'mtlslint-bench-npm-')),
    NO_COLOR: '1',
  };
  const first = timed(repo, env);
  const second = timed(repo, env);
  rows.push({ first, second, install: first - second });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [i, r] of rows.entries()) console.log(`run ${i + 1}: first run ${r.first.toFixed(2)} s, second run ${r.second.toFixed(2)} s, install ${r.install.toFixed(2)} s`);
console.log(`median: first run (install + lint) ${median(rows.map((r) => r.first)).toFixed(2)} s, second run ${median(rows.map((r) => r.second)).toFixed(2)} s, install ${median(rows.map((r) => r.install)).toFixed(2)} s (goal: first install under 15 s)`);
