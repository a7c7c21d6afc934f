import { describe, expect, it } from 'vitest';
import { parseFixture, site, view } from './helpers.js';

describe('ARM parser: names are compared without case', () => {
  it('reads types, property names, function names and parameter names in any case', async () => {
    const out = await parseFixture('case.json');
    expect(out.diagnostics).toEqual([]);
    const s = site(out, 'MixedCase');
    expect(s).toMatchObject({ resourceType: 'Microsoft.Web/sites', kind: 'functionApp', version: '2023-12-01' });
    expect(view(s.settings.httpsOnly)).toEqual({ kind: 'set', value: true, at: '12:22-12:27', trail: ['property@12:22'] });
    expect(view(s.settings.clientCertEnabled)).toMatchObject({ kind: 'set', value: false });
    expect(view(s.settings.clientCertMode)).toEqual({
      kind: 'set',
      value: 'Optional',
      at: '4:69-4:78',
      trail: ['property@14:27', 'parameter(Mode,secure)@4:19', 'parameter-default@4:69'],
    });
    expect(view(s.settings.publicNetworkAccess)).toMatchObject({ kind: 'set', value: 'Disabled' });
    // a JSON number 1 is TLS "1.0"
    expect(view(s.settings.minTlsVersion)).toMatchObject({ kind: 'set', value: '1.0', at: '16:42-16:42' });
    expect(view(s.settings.http20Enabled)).toMatchObject({ kind: 'set', value: false });
    expect(view(s.settings.loadCertificates)).toMatchObject({ kind: 'set', value: '0123' });
  });
});
