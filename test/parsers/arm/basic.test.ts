import { describe, expect, it } from 'vitest';
import { certificates, parseFixture, pos, site, sites, view } from './helpers.js';

describe('ARM parser: literal properties on Microsoft.Web/sites', () => {
  it('maps every setting of a site written with literals, with exact ranges', async () => {
    const out = await parseFixture('basic.json');
    expect(out.diagnostics).toEqual([]);
    expect(sites(out).map((s) => s.name)).toEqual(['api', 'bare']);
    const api = site(out, 'api');
    expect(api).toMatchObject({ format: 'arm', file: '/infra/basic.json', resourceType: 'Microsoft.Web/sites', kind: 'webApp', version: '2023-12-01' });
    expect(pos(api.declaration)).toBe('6:7-6:35');
    const s = api.settings;
    expect(view(s.httpsOnly)).toEqual({ kind: 'set', value: true, at: '13:22-13:25', trail: ['property@13:22'] });
    expect(view(s.clientCertEnabled)).toEqual({ kind: 'set', value: true, at: '14:30-14:33', trail: ['property@14:30'] });
    expect(view(s.clientCertMode)).toEqual({ kind: 'set', value: 'Optional', at: '15:27-15:36', trail: ['property@15:27'] });
    expect(view(s.clientCertExclusionPaths)).toEqual({ kind: 'set', value: '/health;/api', at: '16:37-16:50', trail: ['property@16:37'] });
    expect(view(s.minTlsVersion)).toEqual({ kind: 'set', value: '1.0', at: '18:28-18:32', trail: ['property@18:28'] });
    expect(view(s.scmMinTlsVersion)).toEqual({ kind: 'set', value: '1.2', at: '19:31-19:35', trail: ['property@19:31'] });
    expect(view(s.http20Enabled)).toEqual({ kind: 'set', value: true, at: '20:28-20:31', trail: ['property@20:28'] });
    expect(view(s.loadCertificates)).toEqual({ kind: 'set', value: '*', at: '23:61-23:63', trail: ['property@23:61'] });
    expect(view(s.publicNetworkAccess)).toEqual({ kind: 'absent', at: '6:7-6:35', default: 'unknown' });
    expect(view(api.tags)).toEqual({ kind: 'set', value: { 'requires-mtls': 'true' }, at: '11:15-11:41', trail: ['property@11:15'] });
    expect(s.clientCertMode.kind === 'set' && s.clientCertMode.text).toBe('"Optional"');
  });

  it('gives ARM defaults for settings that are not written', async () => {
    const out = await parseFixture('basic.json');
    const s = site(out, 'bare').settings;
    const decl = '29:7-29:35';
    expect(view(s.httpsOnly)).toEqual({ kind: 'absent', at: decl, default: false });
    expect(view(s.clientCertEnabled)).toEqual({ kind: 'absent', at: decl, default: false });
    expect(view(s.clientCertMode)).toEqual({ kind: 'absent', at: decl, default: 'Required' });
    expect(view(s.clientCertExclusionPaths)).toEqual({ kind: 'absent', at: decl, default: '' });
    expect(view(s.minTlsVersion)).toEqual({ kind: 'absent', at: decl, default: '1.2' });
    expect(view(s.scmMinTlsVersion)).toEqual({ kind: 'absent', at: decl, default: '1.2' });
    expect(view(s.http20Enabled)).toEqual({ kind: 'absent', at: decl, default: 'unknown' });
    expect(view(s.loadCertificates)).toEqual({ kind: 'absent', at: decl, default: '' });
    expect(view(site(out, 'bare').tags)).toEqual({ kind: 'absent', at: decl, default: {} });
  });

  it('maps Microsoft.Web/certificates material', async () => {
    const out = await parseFixture('basic.json');
    const [cert] = certificates(out);
    expect(cert).toMatchObject({ entity: 'certificate', name: 'cert', resourceType: 'Microsoft.Web/certificates' });
    expect(pos(cert?.declaration)).toBe('36:7-36:42');
    expect(view(cert!.settings.pfxBlob)).toEqual({ kind: 'set', value: 'MIIKcQIBAzCCCjcGCSqGSIb3DQEHAaCC', at: '41:20-41:53', trail: ['property@41:20'] });
    expect(view(cert!.settings.password)).toEqual({ kind: 'set', value: 'hunter2', at: '42:21-42:29', trail: ['property@42:21'] });
    expect(view(cert!.settings.keyVaultSecret)).toEqual({ kind: 'set', value: '', at: '43:23-43:24', trail: ['property@43:23'] });
  });
});
