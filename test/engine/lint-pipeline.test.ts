import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths, type LintOptions } from '../../src/engine/lint.js';
import type { LintResult } from '../../src/engine/types.js';

const PROJECT = resolve(import.meta.dirname, '../..');

function filesOf(result: LintResult): Set<string> {
  const out = new Set<string>();
  for (const f of result.findings) {
    out.add(f.range.file);
    for (const r of f.related) out.add(r.range.file);
    if (f.resource) out.add(f.resource.declaration.file);
  }
  return out;
}

describe('the unit pipeline gives what one parse of the whole run gives', () => {
  const runs: [string, string[], LintOptions][] = [
    ['samples/', ['samples'], {}],
    ['samples/ with one named file as context', ['samples/terraform/main.tf', 'samples/bicep/payments/main.bicepparam'], {}],
    ['the engine and parser fixtures', ['test/engine', 'test/parsers'], {}],
    ['samples/ with rules configured', ['samples'], { rules: { 'https-only': 'off', 'client-cert-mode': 'warn' } }],
  ];
  it.each(runs)('%s', async (_name, paths, extra) => {
    const opts = { cwd: PROJECT, root: PROJECT, ...extra };
    const units = await lintPaths(paths, opts);
    const whole = await lintPaths(paths, { ...opts, singleUnit: true });
    expect(units.findings.length).toBeGreaterThan(0);
    expect(units.findings).toEqual(whole.findings);
    expect(units.files).toEqual(whole.files);
    expect(units.stats.filesByKind).toEqual(whole.stats.filesByKind);
    // Only the texts findings point into are kept, and they are the same texts.
    const wanted = filesOf(whole);
    expect([...units.texts.keys()].sort()).toEqual([...whole.texts.keys()].filter((f) => wanted.has(f)).sort());
    for (const [file, text] of units.texts) expect(text).toBe(whole.texts.get(file));
  });

  it('findings are sorted as before: by position, then rule', async () => {
    const r = await lintPaths(['samples'], { cwd: PROJECT, root: PROJECT });
    const keys = r.findings.map((f) => [f.range.file, f.range.startOffset] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    expect(keys).toEqual(sorted);
  });
});
