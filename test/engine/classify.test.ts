import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, classifyByName, sniffJson } from '../../src/engine/classify.js';
import { memoryReader } from '../../src/engine/reader.js';

describe('classifyByName', () => {
  it.each([
    ['infra/main.bicep', 'bicep'],
    ['infra/main.bicepparam', 'bicepparam'],
    ['main.tf', 'terraform'],
    ['main.tf.json', 'terraform-json'],
    ['prod.tfvars', 'tfvars'],
    ['prod.auto.tfvars', 'tfvars'],
    ['prod.tfvars.json', 'tfvars-json'],
    ['azuredeploy.json', 'json'],
    ['MAIN.BICEP', 'bicep'],
    ['README.md', undefined],
    ['main.tf.bak', undefined],
  ])('%s → %s', (path, kind) => {
    expect(classifyByName(path)).toBe(kind);
  });

  it('tells what folding the whole path and comparing its end tells (it folds only the end)', () => {
    const reference = (path: string): string | undefined => {
      const lower = path.toLowerCase();
      const ends = [
        ['.bicep', 'bicep'],
        ['.bicepparam', 'bicepparam'],
        ['.tf', 'terraform'],
        ['.tf.json', 'terraform-json'],
        ['.tfvars', 'tfvars'],
        ['.tfvars.json', 'tfvars-json'],
        ['.json', 'json'],
        ['.jsonc', 'json'],
      ];
      return ends.find(([end]) => lower.endsWith(end as string))?.[1];
    };
    // Names built from the kinds' endings, in any letter case, with characters that fold to ASCII
    // (Kelvin sign, dotted capital I) or to more than one unit, or that fold by context (final sigma).
    const piece = fc.constantFrom('.bicep', '.bicepparam', '.tf', '.json', '.jsonc', '.tfvars', 'main', 'x', '.', '/', 'K', 'İ', 'Σ', 'ς', 'é', '😀', 'MAIN.BICEP', 'P', 'N', '@');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.array(fc.boolean(), { maxLength: 40 }), (pieces, upper) => {
        const path = [...pieces.join('')].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
        expect(classifyByName(path)).toBe(reference(path));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('sniffJson', () => {
  it.each([
    ['{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"}', 'arm-template'],
    ['{ "$schema" : "https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#" }', 'arm-template'],
    ['{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#"}', 'arm-parameters'],
    ['{"format_version":"1.2","terraform_version":"1.9.0","planned_values":{}}', 'terraform-plan'],
    ['{"name": "x", "version": "1.0.0"}', undefined],
    ['{"format_version": "1.0"}', undefined],
    ['', undefined],
  ])('%s', (head, kind) => {
    expect(sniffJson(head)).toBe(kind);
  });
});

describe('sniffJson finds the $schema as one case-insensitive pattern over the head would', () => {
  const TEMPLATE = /"\$schema"\s*:\s*"[^"]*deploymentTemplate\.json/i;
  const PARAMETERS = /"\$schema"\s*:\s*"[^"]*deploymentParameters\.json/i;
  const byPattern = (head: string) => (TEMPLATE.test(head) ? 'arm-template' : PARAMETERS.test(head) ? 'arm-parameters' : undefined);
  const piece = fc.constantFrom('"$schema"', '"$SCHEMA"', '$schema', '"$', '$', '"', ':', ' ', '\n', '"https://x/', 'deploymentTemplate.json', 'DEPLOYMENTPARAMETERS.JSON', 'deploymentParameters.json', '#', '{', '}', 'x');
  it('on random heads made of the pieces that matter', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const head = pieces.join('');
        const sniffed = sniffJson(head);
        expect(sniffed === 'terraform-plan' ? undefined : sniffed).toBe(byPattern(head));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('classify looks at 4 KiB first and at the whole head when that does not decide', () => {
  const T = '"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"';
  const P = '"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#"';
  const pad = (n: number) => `"pad": "${'x'.repeat(n)}",`;
  it.each([
    ['a template schema first', `{${T}, ${pad(10_000)} "x": 1}`, 'arm-template'],
    ['a template schema after 4 KiB', `{${pad(10_000)} ${T}}`, 'arm-template'],
    ['a parameters schema first and a template schema after 4 KiB', `{${P}, ${pad(10_000)} "t": {${T}}}`, 'arm-template'],
    ['a parameters schema only', `{${P}, ${pad(10_000)} "x": 1}`, 'arm-parameters'],
    ['a template schema after 4 KiB of multi-byte text', `{"pad": "${'é'.repeat(3000)}", ${T}}`, 'arm-template'],
    ['a small file', `{${P}}`, 'arm-parameters'],
    ['no schema', `{${pad(10_000)} "x": 1}`, undefined],
  ])('%s', (_label, text, kind) => {
    const reader = memoryReader(new Map([['/t/a.json', text]]));
    expect(classify('/t/a.json', reader)).toBe(kind);
  });
});
