import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Start-up cost is what a run loads before it can do anything: the bundled entry must load argument
 * parsing only, and a command only its own code. Checked on the bundle's import graph (esbuild's
 * metafile, built in memory), never by timing.
 */
const PROJECT = resolve(import.meta.dirname, '../..');

function staticLoads(): Record<string, string[]> {
  const r = spawnSync(process.execPath, [join(PROJECT, 'scripts/bundle.mjs'), 'cli', '--loads'], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, string[]>;
}

const entryOf = (loads: Record<string, string[]>, prefix: string): string[] => {
  const key = Object.keys(loads).find((k) => k === `${prefix}.mjs` || k.startsWith(`${prefix}-`));
  expect(key, `an output for ${prefix}`).toBeDefined();
  return loads[key as string] as string[];
};

describe('lazy loading in the bundled CLI', () => {
  const loads = staticLoads();

  it('the entry loads argument parsing and the command table, nothing of the engine', () => {
    const entry = entryOf(loads, 'mtlslint');
    expect(entry).toContain('src/cli/args.ts');
    expect(entry).toContain('src/cli/commands.ts');
    for (const heavy of ['src/engine/lint.ts', 'rules/index.ts', 'parsers/', 'src/formatters/', 'node_modules/'])
      expect(entry.filter((f) => f.startsWith(heavy) && f !== 'src/formatters/load.ts'), heavy).toEqual([]);
  });

  it('lint loads parsers, formatters, fixes, Ajv and the WASM runtime only when used', () => {
    const lint = entryOf(loads, 'lint-command');
    expect(lint).toContain('src/engine/lint.ts');
    // Of the parsers, only the prefilters (which decide, without them, which files need parsing).
    expect(lint.filter((f) => f.startsWith('parsers/'))).toEqual([
      'parsers/arm/relevance.ts',
      'parsers/bicep/relevance.ts',
      'parsers/shared/ascii-view.ts',
      'parsers/shared/clock.ts',
      'parsers/terraform/relevance.ts',
    ]);
    for (const lazy of ['node_modules/ajv', 'node_modules/web-tree-sitter', 'src/formatters/stylish.ts', 'src/formatters/sarif.ts', 'src/engine/fix.ts', 'node_modules/yargs'])
      expect(lint.filter((f) => f.startsWith(lazy)), lazy).toEqual([]);
  });

  it('the ARM parser does not load the Terraform WASM runtime or the Bicep parser', () => {
    const arm = entryOf(loads, 'arm');
    expect(arm).toContain('parsers/arm/index.ts');
    for (const other of ['parsers/bicep/', 'parsers/terraform/', 'node_modules/web-tree-sitter']) expect(arm.filter((f) => f.startsWith(other)), other).toEqual([]);
  });
});
