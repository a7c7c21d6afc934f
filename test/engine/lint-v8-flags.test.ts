import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const checks = vi.hoisted(() => ({ made: 0, called: 0, released: 0 }));
vi.mock('../../src/engine/young-generation.js', () => ({
  youngGenerationHold: () => {
    checks.made++;
    return { check: () => void checks.called++, release: () => void checks.released++ };
  },
}));

const tiering = vi.hoisted(() => ({ set: 0, undone: 0, duringUnits: false }));
vi.mock('../../src/engine/js-tiering.js', () => ({
  laterJsTiering: () => {
    tiering.set++;
    return () => void tiering.undone++;
  },
}));

// The unit to fail on (0: none), to see the hold let go of when a run throws; whether the JS tiering
// flag is set while units are linted; and how many units started and files were read (what the
// young generation's looks count).
const failing = vi.hoisted(() => ({ at: 0, seen: 0 }));
const counted = vi.hoisted(() => ({ units: 0, reads: 0 }));
vi.mock('../../src/engine/lint-unit.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/engine/lint-unit.js')>();
  return {
    ...actual,
    unitReader: (base: Parameters<typeof actual.unitReader>[0], onRead?: () => void) =>
      actual.unitReader(
        base,
        onRead &&
          (() => {
            counted.reads++;
            onRead();
          }),
      ),
    lintUnit: (...args: Parameters<typeof actual.lintUnit>) => {
      counted.units++;
      tiering.duringUnits ||= tiering.set > tiering.undone;
      if (failing.at > 0 && ++failing.seen === failing.at) throw new Error('unit failed');
      return actual.lintUnit(...args);
    },
  };
});

const { lintPaths } = await import('../../src/engine/lint.js');

/** A tree of `n` samples, each an ARM template of its own (one unit each), as a quickstart repository holds them. */
function tree(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'mtlslint-v8-flags-'));
  for (let i = 0; i < n; i++) {
    mkdirSync(join(dir, `sample-${i}`));
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources: [{ type: 'Microsoft.Web/sites', apiVersion: '2023-12-01', name: `site-${i}`, location: 'westeurope', properties: { httpsOnly: true } }],
    };
    writeFileSync(join(dir, `sample-${i}`, 'azuredeploy.json'), JSON.stringify(template, null, 2));
  }
  return dir;
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Lints a tree of `n` templates in this thread, every one read. */
async function lint(n: number, shortLived: boolean): Promise<void> {
  const dir = tree(n);
  dirs.push(dir);
  const r = await lintPaths([dir], { cwd: dir, root: dir, shortLived, threads: 1 });
  expect(r.coverage?.sites).toBe(n);
}

/**
 * Where lintFiles looks at the young generation (src/engine/young-generation.ts): in a run of a
 * process that ends after it (`shortLived`, the CLI), once every 32 units started and files read
 * (parsers read a unit's files as they reach them: a long unit is looked into too); never in a run of a
 * few files, nor in a long-lived process (the language server), whose heap V8 sizes as it likes.
 * The hold is released when the units are linted: the loader makes its code caches after the run.
 */
describe('lintPaths and the young generation', () => {
  beforeEach(() => {
    checks.made = 0;
    checks.called = 0;
    checks.released = 0;
    counted.units = 0;
    counted.reads = 0;
  });

  it('looks once every 32 units started and files read in a short-lived run, and lets go when the units are linted', async () => {
    await lint(40, true);
    expect(counted.units).toBe(40);
    expect(counted.reads).toBeGreaterThanOrEqual(40);
    expect(checks).toEqual({ made: 1, called: Math.floor((counted.units + counted.reads) / 32), released: 1 });
  });

  it('looks inside one long unit: a template that calls 40 modules', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtlslint-v8-flags-'));
    dirs.push(dir);
    const calls: string[] = [];
    for (let i = 0; i < 40; i++) {
      writeFileSync(join(dir, `site${i}.bicep`), `resource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'site-${i}'\n  location: 'westeurope'\n  properties: { httpsOnly: true }\n}\n`);
      calls.push(`module m${i} './site${i}.bicep' = {\n  name: 'm${i}'\n}\n`);
    }
    writeFileSync(join(dir, 'main.bicep'), calls.join(''));
    const r = await lintPaths([join(dir, 'main.bicep')], { cwd: dir, root: dir, shortLived: true, threads: 1 });
    expect(r.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    expect(r.coverage?.sites).toBe(40);
    expect(counted.units).toBe(1);
    expect(counted.reads).toBeGreaterThanOrEqual(40);
    expect(checks.made).toBe(1);
    expect(checks.called).toBe(Math.floor((counted.units + counted.reads) / 32));
  });

  it('lets go when a run fails', async () => {
    failing.at = 20;
    failing.seen = 0;
    try {
      const dir = tree(30);
      dirs.push(dir);
      await expect(lintPaths([dir], { cwd: dir, root: dir, shortLived: true, threads: 1 })).rejects.toThrow('unit failed');
    } finally {
      failing.at = 0;
    }
    expect(checks.made).toBe(1);
    expect(checks.released).toBe(1);
  });

  it('never looks in a run of a few files (a pre-commit hook\'s)', async () => {
    await lint(5, true);
    expect(counted.units + counted.reads).toBeLessThan(32);
    expect(checks).toEqual({ made: 0, called: 0, released: 0 });
  });

  it('never looks in a long-lived process', async () => {
    await lint(40, false);
    expect(checks).toEqual({ made: 0, called: 0, released: 0 });
  });
});

/**
 * Where lintFiles optimizes JavaScript later (src/engine/js-tiering.ts): a short-lived run (the
 * CLI) of 8 files or more, set before its units and back after them; never a run of fewer files
 * (a pre-commit hook's), nor a long-lived process (the language server).
 */
describe('lintPaths and JS tiering', () => {
  beforeEach(() => {
    tiering.set = 0;
    tiering.undone = 0;
    tiering.duringUnits = false;
  });

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
