import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { armFileCanMatter } from '../../parsers/arm/relevance.js';
import { classify } from '../../src/engine/classify.js';
import { allRules, lintPaths } from '../../src/engine/lint.js';
import { diskReader } from '../../src/engine/reader.js';
import { formatters, type FormatContext } from '../../src/formatters/index.js';

/**
 * Files the prefilter shows cannot give a finding are never parsed: the reports must be exactly
 * those of parsing everything, on the samples and on generated trees that mix App Service with
 * (mostly) other templates, in every format.
 */
const PROJECT = resolve(import.meta.dirname, '../..');
const tree = mkdtempSync(join(tmpdir(), 'mtlslint-prefilter-'));
afterAll(() => rmSync(tree, { recursive: true, force: true }));

function generate(dir: string, samples: number, ...flags: string[]): void {
  const r = spawnSync(process.execPath, [join(PROJECT, 'scripts/generate-bench-tree.mjs'), dir, String(samples), ...flags], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

async function reports(cwd: string, paths: string[], prefilter: boolean): Promise<string[]> {
  const result = await lintPaths(paths, { cwd, root: cwd, prefilter, threads: 1 });
  const ctx: FormatContext = { rules: allRules(), cwd, root: cwd, color: false, toolVersion: '0.0.0', includeSuppressed: true };
  return [
    formatters.stylish(result, ctx),
    formatters.json(result, ctx),
    formatters.sarif(result, ctx),
    formatters.github(result, ctx),
    JSON.stringify({ files: result.files, byKind: result.stats.filesByKind }),
  ];
}

describe('the prefilter changes no output', () => {
  it('on the samples', async () => {
    expect(await reports(PROJECT, ['samples'], true)).toEqual(await reports(PROJECT, ['samples'], false));
  });

  it.each([
    ['JSON only', ['--json-only']],
    ['ARM, Bicep and Terraform', []],
  ])('on a generated tree (%s), where it skips most templates', { timeout: 120_000 }, async (name, flags) => {
    const dir = join(tree, name.replace(/\W+/g, '-'));
    generate(dir, 160, ...flags);
    // The comparison means something only when templates with and without App Service are both there.
    const reader = diskReader();
    const arm = walk(dir).filter((p) => classify(p, reader) === 'arm-template');
    const skipped = arm.filter((p) => !armFileCanMatter('arm-template', readFileSync(p, 'utf8')));
    expect(skipped.length).toBeGreaterThan(arm.length / 2);
    expect(skipped.length).toBeLessThan(arm.length);
    const [stylish, ...rest] = await reports(dir, ['.'], true);
    const [stylishAll, ...restAll] = await reports(dir, ['.'], false);
    expect(stylish).toContain('client-cert-mode');
    expect(stylish).toBe(stylishAll);
    expect(rest).toEqual(restAll);
  });
});
