import { describe, expect, it } from 'vitest';
import { jobSummary } from '../../src/action/summary.js';
import { allRules, lintPaths } from '../../src/engine/lint.js';
import { formatterNames, formatters } from '../../src/formatters/index.js';
import { attackTree, SECRETS } from './attack-tree.js';
import { join } from 'node:path';

describe('a pull request cannot make mtlslint read outside the linted tree', async () => {
  const tree = attackTree();
  const result = await lintPaths(['infra'], { cwd: tree.repo });
  const outputs = formatterNames.map((name) => [name, formatters[name](result, { rules: allRules(), cwd: tree.repo, root: result.root, color: false, toolVersion: '0.0.0' })] as const);

  it.each(outputs)('%s output holds nothing from outside the tree', (_name, text) => {
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
  });

  it('the job summary holds nothing from outside the tree', () => {
    const summary = jobSummary(result, undefined);
    for (const secret of Object.values(SECRETS)) expect(summary).not.toContain(secret);
  });

  it('the texts kept for reports are only files of the tree', () => {
    for (const file of result.texts.keys()) expect(file.startsWith(join(tree.repo, 'infra'))).toBe(true);
    for (const text of result.texts.values()) for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
  });

  const notes = result.findings.filter((f) => f.ruleId === 'not-analysed');
  const noteAt = (rel: string) => notes.filter((f) => f.range.file === join(tree.repo, 'infra', rel)).map((f) => [f.range.start.line, f.range.start.column]);

  it.each([
    ['load-relative/main.bicep', 2, 9],
    ['load-absolute/main.bicep', 2, 9],
    ['load-git/main.bicep', 2, 9],
    ['load-json/main.bicep', 2, 9],
    ['import/main.bicep', 1, 22],
    ['import-git/main.bicep', 1, 22],
    ['module-git/main.bicep', 1, 10],
    ['module-outside/main.bicep', 1, 10],
    ['using/main.bicepparam', 1, 7],
    ['terraform/main.tf', 2, 12],
    ['terraform-git/main.tf', 2, 12],
  ])('%s: a not-analysed note where the path is named (%i:%i)', (rel, line, column) => {
    expect(noteAt(rel)).toContainEqual([line, column]);
    const messages = notes.filter((f) => f.range.file.endsWith(rel)).map((f) => f.message);
    expect(messages.join('\n')).toMatch(/not read: .* is (outside the linted tree|inside a version-control directory)/);
  });

  it('a refused path is shown as the file that names it writes it, relative, never where the checkout lies', () => {
    for (const f of notes) expect(f.message).not.toContain(tree.base);
    expect(notes.filter((f) => f.range.file.endsWith(join('module-outside', 'main.bicep'))).map((f) => f.message)).toEqual([
      'not read: ../../../outside/main.bicep is outside the linted tree (only files under the repository or the paths named on the command line are read)',
    ]);
  });

  it('symlinks that point out of the tree (or into .git) are not read, and say so', () => {
    for (const rel of ['links/evil.bicep', 'links/config.bicep', 'links/secret.json']) {
      const own = result.findings.filter((f) => f.range.file === join(tree.repo, 'infra', rel));
      if (rel.endsWith('.json')) expect(own).toEqual([]); // JSON is classified by its content: refused, it is not ours
      else expect(own.map((f) => [f.ruleId, f.range.start.line])).toEqual([['not-analysed', 1]]);
    }
    expect(result.findings.some((f) => f.range.file.includes(join('links', 'dir')))).toBe(false);
  });

  it('the other files are still linted', () => {
    const clean = result.findings.filter((f) => f.range.file === join(tree.repo, 'infra', 'clean', 'main.bicep'));
    expect(clean.map((f) => [f.ruleId, f.range.start.line])).toContainEqual(['client-cert-mode', 7]);
  });
});
