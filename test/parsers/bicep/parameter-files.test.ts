import { describe, expect, it } from 'vitest';
import { MAIN, parseFiles, pos, site, sites, view } from './helpers.js';

// 1–3 parameters, 4 resource.
const main = [
  "param mode string = 'Required'", // 1
  'param https bool = true', // 2
  "param paths string = ''", // 3
  "resource app 'Microsoft.Web/sites@2023-12-01' = {", // 4
  "  name: 'app'", // 5
  '  properties: {', // 6
  '    httpsOnly: https', // 7
  '    clientCertMode: mode', // 8
  '    clientCertExclusionPaths: paths', // 9
  '  }', // 10
  '}', // 11
].join('\n');

const PARAMS = '/infra/main.bicepparam';

describe('Bicep parameter files', () => {
  it('a .bicepparam in the run resolves its template’s parameters; the rest keep their defaults', async () => {
    const bicepparam = [
      "using './main.bicep'", // 1
      '', // 2
      "var base = '/health'", // 3
      "param mode = 'Optional'", // 4
      "param paths = '${base};/status'", // 5
    ].join('\n');
    const out = await parseFiles({ [MAIN]: main, [PARAMS]: bicepparam });
    expect(out.diagnostics).toEqual([]);
    // The template is linted once, with the parameter file's values.
    expect(sites(out)).toHaveLength(1);
    const s = site(out, 'app').settings;
    expect(view(s.clientCertMode)).toEqual({
      kind: 'set',
      value: 'Optional',
      at: 'main.bicepparam@4:14-4:23',
      trail: ['property@8:21', 'parameter(mode)@1:1', 'parameter-file(mode)@main.bicepparam@4:14'],
    });
    expect(view(s.clientCertExclusionPaths)).toEqual({
      kind: 'set',
      value: '/health;/status',
      at: 'main.bicepparam@5:15-5:31',
      trail: ['property@9:31', 'parameter(paths)@3:1', 'parameter-file(paths)@main.bicepparam@5:15', 'variable(base)@main.bicepparam@3:1'],
    });
    expect(view(s.httpsOnly)).toMatchObject({ kind: 'set', value: true, at: '2:20-2:23' });
  });

  it('extends: the base file’s assignments apply under the file’s own', async () => {
    const files = {
      [MAIN]: main,
      '/infra/base.bicepparam': "using none\nparam mode = 'OptionalInteractiveUser'\nparam https = false\n",
      [PARAMS]: "using './main.bicep'\nextends './base.bicepparam'\nparam mode = 'Optional'\n",
    };
    const out = await parseFiles(files, [MAIN, PARAMS]);
    const s = site(out, 'app').settings;
    expect(view(s.clientCertMode)).toMatchObject({ value: 'Optional', at: 'main.bicepparam@3:14-3:23' });
    expect(view(s.httpsOnly)).toEqual({
      kind: 'set',
      value: false,
      at: 'base.bicepparam@3:15-3:19',
      trail: ['property@7:16', 'parameter(https)@2:1', 'parameter-file(https)@base.bicepparam@3:15'],
    });
  });

  it('a .bicepparam whose template is not in the run still lints that template', async () => {
    const out = await parseFiles({ [MAIN]: main, [PARAMS]: "using './main.bicep'\nparam https = false\n" }, [PARAMS]);
    expect(view(site(out, 'app').settings.httpsOnly)).toMatchObject({ kind: 'set', value: false, at: 'main.bicepparam@2:15-2:19' });
  });

  it('a template with two .bicepparam files is linted with each; what comes out the same is kept once', async () => {
    const out = await parseFiles({
      [MAIN]: main,
      '/infra/dev.bicepparam': "using './main.bicep'\nparam https = false\n",
      '/infra/prod.bicepparam': "using './main.bicep'\nparam https = true\n",
      '/infra/test.bicepparam': "using './main.bicep'\nparam https = true\n",
    });
    expect(sites(out).map((s) => view(s.settings.httpsOnly)['at'])).toEqual(['dev.bicepparam@2:15-2:19', 'prod.bicepparam@2:15-2:18', 'test.bicepparam@2:15-2:18']);
    const dup = await parseFiles({
      [MAIN]: main.replace('httpsOnly: https', 'httpsOnly: false'),
      '/infra/dev.bicepparam': "using './main.bicep'\nparam mode = 'Required'\n",
      '/infra/prod.bicepparam': "using './main.bicep'\nparam mode = 'Required'\n",
    });
    // Both differ in where mode is written, so both stay; an identical evaluation would be dropped.
    expect(sites(dup)).toHaveLength(2);
    const same = await parseFiles({
      [MAIN]: "resource app 'Microsoft.Web/sites@2023-12-01' = { name: 'app' }",
      '/infra/dev.bicepparam': "using './main.bicep'\n",
      '/infra/prod.bicepparam': "using './main.bicep'\n",
    });
    expect(sites(same)).toHaveLength(1);
  });

  it('--param-file: a JSON parameter file, winning over the defaults', async () => {
    const json = '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",\n  "parameters": {\n    "MODE": { "value": "Optional" }\n  }\n}\n';
    const out = await parseFiles({ [MAIN]: main, '/params/prod.parameters.json': json }, [MAIN], ['/params/prod.parameters.json']);
    expect(view(site(out, 'app').settings.clientCertMode)).toEqual({
      kind: 'set',
      value: 'Optional',
      at: 'prod.parameters.json@4:24-4:33',
      trail: ['property@8:21', 'parameter(mode)@1:1', 'parameter-file(MODE)@prod.parameters.json@4:24'],
    });
  });

  it('--param-file: a .bicepparam file outside the run', async () => {
    const out = await parseFiles({ [MAIN]: main, '/elsewhere/x.bicepparam': "using '../infra/main.bicep'\nparam https = false\n" }, [MAIN], ['/elsewhere/x.bicepparam']);
    expect(sites(out)).toHaveLength(1);
    expect(view(site(out, 'app').settings.httpsOnly)).toMatchObject({ value: false, at: 'x.bicepparam@2:15-2:19' });
  });

  it('a Key Vault secret in a .bicepparam stays unresolved', async () => {
    const out = await parseFiles({ [MAIN]: main, [PARAMS]: "using './main.bicep'\nparam paths = az.getSecret('sub', 'rg', 'kv', 'paths')\n" });
    expect(view(site(out, 'app').settings.clientCertExclusionPaths)).toMatchObject({
      kind: 'unresolved',
      at: '9:31-9:35',
      expression: 'paths',
      reason: 'Key Vault reference',
    });
  });

  it('reports a missing template or extended file of a .bicepparam where it is named (as written), and a broken .bicepparam', async () => {
    const out = await parseFiles({ [PARAMS]: "using './nope.bicep'\nextends '../shared/base.bicepparam'\nparam x = \n" });
    expect(out.diagnostics.map((d) => `${d.ruleId} ${pos(d.range)} ${d.message}`)).toEqual([
      'parse-error main.bicepparam@3:11-3:11 Expected a literal value, an array, an object, a parenthesized expression, or a function call at this location. (BCP009)',
      "parse-error main.bicepparam@2:9-2:35 the file this parameter file extends, '../shared/base.bicepparam', is not analysed: there is no such file",
      "parse-error main.bicepparam@1:7-1:20 the template of this parameter file, './nope.bicep', is not analysed: there is no such file",
    ]);
  });
});
