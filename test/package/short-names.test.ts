import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cliBundle } from '../support/cli-bundle.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** All chunk text of a bundle directory. */
const chunksOf = (dir: string): string =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.cjs') && f !== 'web-tree-sitter.cjs')
    .map((f) => readFileSync(join(dir, f), 'latin1'))
    .join('\n');

const lintSamples = (cli: string): string => {
  const r = spawnSync(process.execPath, [cli, 'lint', 'samples', '--format', 'json'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, MTLSLINT_NO_CODE_CACHE: '1' } });
  expect(r.stderr).toBe('');
  return r.stdout;
};

// scripts/bundle.mjs: the CLI's chunks carry short local names; `--names` keeps the sources' names.
describe('bundle names', () => {
  it("gives functions and variables short names, keeps property names, and --names keeps the sources' names; both lint alike", async () => {
    const short = resolve(await cliBundle(), '..');
    const named = mkdtempSync(join(tmpdir(), 'mtlslint-named-'));
    await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/bundle.mjs'), 'cli', '--outdir', named, '--names']);

    const shortText = chunksOf(short);
    const namedText = chunksOf(named);
    // parsers/shared/json-tree.ts (a function another chunk imports: the names between chunks are short too).
    expect(namedText.includes('function strictJsonTree(')).toBe(true);
    expect(shortText.includes('strictJsonTree')).toBe(false);
    // Property names are kept: the JSON report's keys, a rule's meta.
    expect(shortText.includes('messageId')).toBe(true);
    expect(shortText.length).toBeLessThan(namedText.length * 0.85);

    const report = lintSamples(join(short, 'mtlslint.cjs'));
    expect(JSON.parse(report)).not.toEqual([]);
    expect(lintSamples(join(named, 'mtlslint.cjs'))).toBe(report);
  }, 120_000);
});
