import { describe, expect, it } from 'vitest';
import { parseFixture, pos } from './helpers.js';

describe('ARM parser: suppression directives', () => {
  it('reads line and block comments, targeting the next line with code', async () => {
    const out = await parseFixture('directives.json');
    expect(out.diagnostics).toEqual([]);
    const fromComments = out.directives.filter((d) => d.range.start.line !== 21);
    expect(fromComments.map((d) => ({ at: pos(d.range), rules: d.rules, reason: d.reason, targetLine: d.targetLine, file: d.file }))).toEqual([
      { at: '6:7-6:93', rules: ['https-only', 'min-tls-version'], reason: 'internal health probe only', targetLine: 7, file: '/infra/directives.json' },
      { at: '11:9-11:57', rules: ['client-cert-mode'], reason: undefined, targetLine: 14, file: '/infra/directives.json' },
      { at: '23:28-23:82', rules: [], reason: 'all rules, trailing', targetLine: 24, file: '/infra/directives.json' },
    ]);
  });

  it('turns metadata.mtlslint into directives on the resource declaration', async () => {
    const out = await parseFixture('directives.json');
    const fromMetadata = out.directives.filter((d) => d.range.start.line === 21);
    expect(fromMetadata.map((d) => ({ at: pos(d.range), rules: d.rules, reason: d.reason, targetLine: d.targetLine }))).toEqual([
      { at: '21:35-21:91', rules: ['client-cert-enabled'], reason: 'partner cannot send certificates', targetLine: 18 },
      { at: '21:94-21:109', rules: ['https-only'], reason: undefined, targetLine: 18 },
    ]);
  });
});
