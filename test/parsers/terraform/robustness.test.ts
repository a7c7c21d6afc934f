import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseFiles } from './helpers.js';

const sample = readFileSync(join(import.meta.dirname, 'fixtures', 'differential', 'kitchen-sink.tf'), 'utf8');

/** Every range a parser returns lies inside its file's text. */
function rangesInside(out: Awaited<ReturnType<typeof parseFiles>>, text: string): boolean {
  const ranges = [...out.diagnostics.map((d) => d.range), ...out.directives.map((d) => d.range), ...out.entities.map((e) => e.declaration)];
  return ranges.every((r) => r.startOffset >= 0 && r.endOffset <= Math.max(1, text.length) && r.start.line >= 1 && r.start.column >= 1);
}

describe('the parser never throws', () => {
  test('on arbitrary text as .tf, .tf.json, .tfvars and plan JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom('/v/main.tf', '/v/main.tf.json', '/v/terraform.tfvars', '/v/plan.json'), async (text, path) => {
        const out = await parseFiles({ [path]: text });
        expect(rangesInside(out, text)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('on a valid file cut, spliced and with characters dropped', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(sample.length), fc.nat(sample.length), fc.string({ maxLength: 20 }), async (a, b, insert) => {
        const [from, to] = a < b ? [a, b] : [b, a];
        const text = sample.slice(0, from) + insert + sample.slice(to);
        const out = await parseFiles({ '/v/main.tf': text });
        expect(rangesInside(out, text)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('on deep nesting and long lines', async () => {
    const deep = `locals {\n  x = ${'['.repeat(3000)}${']'.repeat(3000)}\n}\nresource "azurerm_linux_web_app" "x" {\n  https_only = ${'('.repeat(500)}true${')'.repeat(500)}\n}\n`;
    const out = await parseFiles({ '/v/main.tf': deep });
    expect(out.entities.length).toBe(1);
    // Deeper than the converter's stack allows: a diagnostic, not a crash.
    const deeper = await parseFiles({ '/v/main.tf': `locals {\n  x = ${'['.repeat(50000)}${']'.repeat(50000)}\n}\n` });
    expect(deeper.diagnostics.map((d) => [d.message, d.range.start.line])).toEqual([['The file is nested too deeply to be read', 1]]);
    const binary = await parseFiles({ '/v/main.tf': '\u0000\u0001\uFFFD'.repeat(1000) });
    expect(binary.diagnostics.length).toBeGreaterThan(0);
  });
});
