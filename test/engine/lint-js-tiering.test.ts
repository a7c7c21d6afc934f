import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const tiering = vi.hoisted(() => ({ set: 0, undone: 0, duringUnits: false }));
vi.mock('../../src/engine/js-tiering.js', () => ({
  laterJsTiering: () => {
    tiering.set++;
    return () => void tiering.undone++;
  },
}));
// Whether the flag is set while units are linted: the first unit looks.
vi.mock('../../src/engine/lint-unit.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/engine/lint-unit.js')>();
  return {
    ...actual,
    lintUnit: (...args: Parameters<typeof actual.lintUnit>) => {
      tiering.duringUnits ||= tiering.set > tiering.undone;
      return actual.lintUnit(...args);
    },
  };
});

const { lintPaths } = await import('../../src/engine/lint.js');

/** A tree of `n` ARM templates, one unit each. */
function tree(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'mtlslint-tiering-'));
  for (let i = 0; i < n; i++) {
    mkdirSync(join(dir, `sample-${i}`));
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources: [{ type: 'Microsoft.Web/sites', apiVersion: '2023-12-01', name: `site-${i}`, location: 'westeurope', properties: { httpsOnly: true } }],
    };
    writeFileSync(join(dir, `sample-${i}`, 'azuredeploy.json'), JSON.stringify(template));
  }
  return dir;
}

/**
 * Where lintFiles optimizes JavaScript later (src/engine/js-tiering.ts): a short-lived run (the
 * CLI) of 8 files or more, set before its units and back after them; never a run of fewer files
 * (a pre-commit hook's), nor a long-lived process (the language server).
 */
describe('lintPaths and JS tiering', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  beforeEach(() => {
    tiering.set = 0;
    tiering.undone = 0;
    tiering.duringUnits = false;
  });
  const lint = async (n: number, shortLived: boolean) => {
    const dir = tree(n);
    dirs.push(dir);
    const r = await lintPaths([dir], { cwd: dir, root: dir, shortLived, threads: 1 });
    expect(r.coverage?.sites).toBe(n);
  };

  it('sets it for the units of a short-lived run of 8 files, and back after them', async () => {
    await lint(8, true);
    expect(tiering).toEqual({ set: 1, undone: 1, duringUnits: true });
  });

  it('leaves a run of 7 files as it is', async () => {
    await lint(7, true);
    expect(tiering).toEqual({ set: 0, undone: 0, duringUnits: false });
  });

  it('leaves a long-lived process as it is', async () => {
    await lint(20, false);
    expect(tiering).toEqual({ set: 0, undone: 0, duringUnits: false });
  });
});
