import { describe, expect, it } from 'vitest';
import { certificates, fixture, parseFiles, site, sites, snippet, view } from './helpers.js';

const template = { '/infra/app.json': fixture('app.json') };
const sibling = { '/infra/app.parameters.json': fixture('app.parameters.json') };
const explicit = { '/env/prod.parameters.json': fixture('prod.parameters.json') };

describe('ARM parser: parameter files', () => {
  it('uses defaults when there is no parameter file', async () => {
    const out = await parseFiles(template);
    const s = site(out, 'app').settings;
    expect(view(s.clientCertMode)).toMatchObject({ kind: 'set', value: 'Required', at: '6:49-6:58' });
    expect(view(s.loadCertificates)).toMatchObject({ kind: 'absent', default: '' });
  });

  it('applies <name>.parameters.json beside the template, ending the trail in the parameter file', async () => {
    const out = await parseFiles({ ...template, ...sibling });
    expect(out.diagnostics).toEqual([]);
    expect(out.entities.map((e) => e.name)).toEqual(['app', 'cert']);
    const s = site(out, 'app').settings;
    expect(view(s.clientCertMode)).toEqual({ kind: 'set', value: 'Optional', at: '5:24-5:33', trail: ['property@18:27', 'parameter(mode)@6:5', 'parameter-file(mode)@5:24'] });
    expect(s.clientCertMode.kind === 'set' && s.clientCertMode.range.file).toBe('/infra/app.parameters.json');
    expect(view(s.minTlsVersion)).toMatchObject({ kind: 'set', value: '1.0', at: '6:23-6:27' });
    expect(view(s.loadCertificates)).toEqual({
      kind: 'set',
      value: '*',
      at: '9:57-9:59',
      trail: ['property@21:26', 'parameter(appSettings)@8:5', 'parameter-file(appSettings)@8:16'],
    });
    expect(snippet(out, s.loadCertificates.kind === 'set' ? s.loadCertificates.range : undefined)).toBe('"*"');
    expect(out.texts.has('/infra/app.parameters.json')).toBe(true);
  });

  it('leaves a Key Vault reference unresolved', async () => {
    const out = await parseFiles({ ...template, ...sibling });
    const [cert] = certificates(out);
    expect(view(cert!.settings.password)).toEqual({
      kind: 'unresolved',
      at: '29:54-29:83',
      trail: ['property@29:54', 'parameter(certPassword,secure)@9:5', 'parameter-file(certPassword)@13:20'],
      expression: "[parameters('certPassword')]",
      reason: 'Key Vault reference',
    });
  });

  it('leaves an azd environment placeholder (${NAME}, ${NAME=default}) unresolved, not a literal string', async () => {
    const params = (mode: string) => `{ "parameters": { "mode": { "value": "${mode}" } } }`;
    const cases: [written: string, placeholder: string][] = [
      ['${CLIENT_CERT_MODE}', '${CLIENT_CERT_MODE}'],
      ['${CLIENT_CERT_MODE=Optional}', '${CLIENT_CERT_MODE=Optional}'],
      ['prefix-${MODE}', '${MODE}'],
    ];
    for (const [written, placeholder] of cases) {
      const s = site(await parseFiles({ ...template, '/infra/app.parameters.json': params(written) }), 'app').settings;
      expect(view(s.clientCertMode)).toMatchObject({ kind: 'unresolved', reason: `${placeholder} is filled in from the environment when azd deploys` });
    }
    // Not a placeholder: taken as written.
    const s = site(await parseFiles({ ...template, '/infra/app.parameters.json': params('$CLIENT_CERT_MODE') }), 'app').settings;
    expect(view(s.clientCertMode)).toMatchObject({ kind: 'set', value: '$CLIENT_CERT_MODE' });
  });

  it('lets an explicit --param-file win over the sibling file, for every template of the run', async () => {
    const other = { '/other/site.json': fixture('app.json').replace('"app"', '"second"') };
    const out = await parseFiles({ ...template, ...sibling, ...explicit, ...other }, ['/env/prod.parameters.json']);
    expect(out.diagnostics).toEqual([]);
    expect(sites(out).map((s) => s.name)).toEqual(['prod-app', 'prod-app']);
    const [first, second] = sites(out);
    expect(first?.file).toBe('/infra/app.json');
    expect(view(first!.settings.minTlsVersion)).toEqual({ kind: 'set', value: '1.3', at: '6:23-6:27', trail: ['property@20:28', 'parameter(tls)@7:5', 'parameter-file(tls)@6:23'] });
    expect(first!.settings.minTlsVersion.kind === 'set' && first!.settings.minTlsVersion.range.file).toBe('/env/prod.parameters.json');
    // the sibling still supplies what the explicit file does not
    expect(view(first!.settings.clientCertMode)).toMatchObject({ value: 'Optional' });
    // the other template has no sibling file: only the explicit one applies
    expect(view(second!.settings.clientCertMode)).toMatchObject({ value: 'Required' });
    expect(view(second!.settings.minTlsVersion)).toMatchObject({ value: '1.3' });
  });

  it('reports a missing or broken explicit parameter file, and still lints', async () => {
    const out = await parseFiles({ ...template, '/env/bad.parameters.json': '{ "parameters": { "tls": { "value": "1.3" } ' }, ['/env/missing.json', '/env/bad.parameters.json']);
    expect(out.diagnostics.map((d) => [d.range.file, d.message, d.range.start.line, d.range.start.column])).toEqual([
      ['/env/missing.json', 'cannot read parameter file: no such file', 1, 1],
      ['/env/bad.parameters.json', 'invalid JSON: close brace expected', 1, 45],
    ]);
    expect(view(site(out, 'app').settings.minTlsVersion)).toMatchObject({ value: '1.3' });
  });
});
