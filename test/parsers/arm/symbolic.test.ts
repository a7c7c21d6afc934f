import { describe, expect, it } from 'vitest';
import { parseFixture, pos, site, sites, view } from './helpers.js';

describe('ARM parser: languageVersion 2.0 (resources keyed by symbolic name)', () => {
  it('names a site by its symbolic name when the name is not known, and skips existing and look-alikes', async () => {
    const out = await parseFixture('symbolic.json');
    expect(out.diagnostics).toEqual([]);
    expect(sites(out).map((s) => [s.name, s.resourceType, s.kind])).toEqual([
      ['site', 'Microsoft.Web/sites', 'functionApp'],
      ['legacy/green', 'Microsoft.Web/sites/slots', 'webApp'],
    ]);
    expect(out.entities).toHaveLength(2);
  });

  it('matches a config child by dependsOn when its name does not match', async () => {
    const out = await parseFixture('symbolic.json');
    const s = site(out, 'site').settings;
    expect(view(s.minTlsVersion)).toEqual({ kind: 'set', value: '1.3', at: '33:40-33:44', trail: ['property@33:40'] });
    expect(view(s.http20Enabled)).toEqual({ kind: 'set', value: true, at: '33:64-33:67', trail: ['property@33:64'] });
    expect(view(s.clientCertMode)).toEqual({
      kind: 'set',
      value: 'OptionalInteractiveUser',
      at: '7:49-7:73',
      trail: ['property@27:68', 'parameter(mode)@7:5', 'parameter-default@7:49'],
    });
  });

  it('keeps a slot of an existing site, with the site name and no site range', async () => {
    const out = await parseFixture('symbolic.json');
    const green = site(out, 'legacy/green');
    expect(green.slotOf).toEqual({ name: 'legacy' });
    expect(pos(green.declaration)).toBe('37:7-37:41');
    expect(view(green.settings.httpsOnly)).toEqual({ kind: 'set', value: true, at: '40:36-40:39', trail: ['property@40:36'] });
  });
});
