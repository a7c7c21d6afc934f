import { describe, expect, it } from 'vitest';
import { certificates, parseFixture, site, snippet, view } from './helpers.js';

describe('ARM parser: parameters, variables and expressions', () => {
  it('follows a parameter to its default value (where the bad value is written)', async () => {
    const out = await parseFixture('params.json');
    expect(out.diagnostics).toEqual([]);
    const s = site(out, 'api').settings;
    expect(view(s.httpsOnly)).toEqual({
      kind: 'set',
      value: false,
      at: '6:48-6:52',
      trail: ['property@24:22', 'parameter(https)@6:5', 'parameter-default@6:48'],
    });
    expect(snippet(out, s.httpsOnly.kind === 'set' ? s.httpsOnly.trail[1]?.range : undefined)).toBe('"https": { "type": "bool", "defaultValue": false }');
  });

  it('reports if() at the expression string with the deciding parameter in the trail', async () => {
    const out = await parseFixture('params.json');
    const s = site(out, 'api').settings;
    expect(view(s.clientCertMode)).toEqual({
      kind: 'set',
      value: 'Required',
      at: '26:27-26:76',
      trail: ['property@26:27', 'parameter(prod)@7:5', 'parameter-default@7:47'],
    });
    expect(view(s.clientCertEnabled)).toEqual({ kind: 'set', value: true, at: '25:30-25:45', trail: ['property@25:30'] });
  });

  it('follows variables, also into objects, keeping the member position', async () => {
    const out = await parseFixture('params.json');
    const api = site(out, 'api');
    expect(api.kind).toBe('functionApp');
    expect(view(api.settings.clientCertExclusionPaths)).toEqual({
      kind: 'set',
      value: '/health;/status',
      at: '15:14-15:50',
      trail: ['property@27:37', 'variable(paths)@15:5'],
    });
    expect(view(api.settings.minTlsVersion)).toEqual({ kind: 'set', value: '1.1', at: '14:38-14:42', trail: ['property@28:23', 'variable(siteConfig)@14:5'] });
    expect(view(api.settings.http20Enabled)).toEqual({ kind: 'set', value: true, at: '14:62-14:67', trail: ['property@28:23', 'variable(siteConfig)@14:5'] });
    expect(view(api.settings.scmMinTlsVersion)).toMatchObject({ kind: 'absent', default: '1.2' });
  });

  it('leaves wrong types, parameters without value and deploy-time functions unresolved', async () => {
    const out = await parseFixture('params.json');
    const wf = site(out, 'api-wf');
    expect(wf.kind).toBe('logicApp');
    const s = wf.settings;
    expect(view(s.httpsOnly)).toEqual({ kind: 'unresolved', at: '37:22-37:22', trail: ['property@37:22'], expression: '1', reason: 'expected a boolean' });
    expect(view(s.clientCertEnabled)).toEqual({ kind: 'unresolved', at: '38:30-38:34', trail: ['property@38:30'], expression: '"yes"', reason: 'expected a boolean' });
    expect(view(s.minTlsVersion)).toEqual({ kind: 'set', value: '1.2', at: '40:28-40:30', trail: ['property@40:28'] });
    expect(view(s.scmMinTlsVersion)).toEqual({
      kind: 'unresolved',
      at: '41:31-41:51',
      trail: ['property@41:31', 'parameter(tls)@8:5'],
      expression: "[parameters('tls')]",
      reason: "parameter 'tls' has no default value and no parameter file sets it",
    });
    expect(view(s.http20Enabled)).toEqual({
      kind: 'unresolved',
      at: '42:28-42:53',
      trail: ['property@42:28'],
      expression: "[reference('x').enabled]",
      reason: 'reference() is only known at deployment',
    });
  });

  it('marks certificate parameters secure or not', async () => {
    const out = await parseFixture('params.json');
    const [secure, plain, vault] = certificates(out);
    expect(secure?.name).toBe('secure');
    expect(view(secure!.settings.pfxBlob)).toEqual({
      kind: 'set',
      value: 'MIIB',
      at: '11:54-11:59',
      trail: ['property@50:34', 'parameter(pfx,secure)@11:5', 'parameter-default@11:54'],
    });
    expect(view(secure!.settings.password)).toMatchObject({ kind: 'unresolved', trail: ['property@50:69', 'parameter(certPassword,secure)@9:5'] });
    expect(view(plain!.settings.password)).toEqual({
      kind: 'set',
      value: 'P@ssw0rd',
      at: '10:58-10:67',
      trail: ['property@56:69', 'parameter(plainPassword)@10:5', 'parameter-default@10:58'],
    });
    expect(plain!.settings.password.kind === 'set' && plain!.settings.password.trail[1]?.secure).toBe(false);
    expect(view(vault!.settings.keyVaultSecret)).toMatchObject({ kind: 'unresolved', at: '63:23-63:71', expression: "[resourceId('Microsoft.KeyVault/vaults', 'kv')]" });
    expect(view(vault!.settings.pfxBlob)).toMatchObject({ kind: 'absent', at: '59:7-59:42' });
  });
});
