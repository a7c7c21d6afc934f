import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parser } from '../../../parsers/bicep/index.js';
import type { ParseOutput } from '../../../src/model/index.js';
import { corpusExists, corpusRoot } from './corpus.js';

function allSources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...allSources(full));
    else if (/\.(bicep|bicepparam)$/.test(name) && !/\.(tokens|diagnostics|syntax|symbols|formatted|pprint|ir|sourcemap|symbolicnames)\./.test(name)) out.push(full);
  }
  return out.sort();
}

function parseText(file: string, text: string): Promise<ParseOutput> {
  return parser.parse({
    files: [{ path: file, kind: file.endsWith('.bicepparam') ? 'bicepparam' : 'bicep' }],
    parameterFiles: [],
    readFile: (p) => (p === file ? { ok: true, text } : { ok: false, message: 'no such file' }),
  });
}

describe('Bicep evaluator robustness', () => {
  if (!corpusExists) {
    it.skip(`corpus not found at ${corpusRoot}: the corpus run is skipped`, () => {});
  } else {
    it('evaluates every file of the corpus (valid and invalid) without throwing, modules and parameter files included', async () => {
      const files = allSources(corpusRoot);
      expect(files.length).toBeGreaterThan(300);
      const started = performance.now();
      let entities = 0;
      for (const file of files) {
        // One file at a time, its modules and `using` templates read from disk.
        const out = await parser.parse({
          files: [{ path: file, kind: file.endsWith('.bicepparam') ? 'bicepparam' : 'bicep' }],
          parameterFiles: [],
          readFile: (p) => {
            try {
              return { ok: true, text: readFileSync(p, 'utf8') };
            } catch {
              return { ok: false, message: 'no such file' };
            }
          },
        });
        entities += out.entities.length;
      }
      const ms = performance.now() - started;
      console.log(`Bicep evaluator: ${files.length} corpus files, ${entities} entities, ${ms.toFixed(0)} ms`);
      expect(entities).toBeGreaterThan(0);
    });
  }

  it('never throws on arbitrary text, and handles deep nesting and self-reference', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        const out = await parseText('/x/main.bicep', text);
        expect(Array.isArray(out.entities)).toBe(true);
      }),
      { numRuns: 300 },
    );
    const deep = `var v = ${'['.repeat(3000)}${']'.repeat(3000)}\nresource s 'Microsoft.Web/sites@2023-12-01' = { name: 's', properties: { httpsOnly: v } }`;
    expect((await parseText('/x/main.bicep', deep)).entities).toHaveLength(1);
    const cyclic = "var a = b\nvar b = a\nresource s 'Microsoft.Web/sites@2023-12-01' = { name: 's', properties: { httpsOnly: a } }";
    const [site] = (await parseText('/x/main.bicep', cyclic)).entities;
    expect(site?.entity === 'site' && site.settings.httpsOnly.kind).toBe('unresolved');
  });

  it('evaluates a loop of 1000 values inside a loop of 1000 values in reasonable time', async () => {
    const text = "var grid = [for i in range(0, 1000): [for j in range(0, 1000): i]]\nresource s 'Microsoft.Web/sites@2023-12-01' = { name: 's', properties: { httpsOnly: length(grid) > 0 } }";
    const started = performance.now();
    const out = await parseText('/x/main.bicep', text);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(out.entities).toHaveLength(1);
  });
});
