import { describe, expect, it } from 'vitest';
import { MAIN, certificates, parseFiles, parseMain, pos, site, sites, view } from './helpers.js';

/*
 * Null as ARM has it: an omitted nullable parameter is the known value null; `.?`, `??`,
 * `coalesce`, `empty`, `contains`, `length` compute on it; a loop over `null ?? []` makes no
 * instance; inside a module a condition known false deploys nothing; null passed to a module
 * parameter with a default takes the default.
 */

const MODULE = '/infra/modules/site.bicep';
const siteModule = [
  'param name string', // 1
  "param mode string = 'Required'", // 2
  'param cert object?', // 3
  "resource app 'Microsoft.Web/sites@2023-12-01' = {", // 4
  '  name: name', // 5
  '  properties: {', // 6
  '    clientCertEnabled: true', // 7
  '    clientCertMode: mode', // 8
  '  }', // 9
  '}', // 10
  "resource c 'Microsoft.Web/certificates@2023-12-01' = if (!empty(cert)) {", // 11
  "  name: '${name}-cert'", // 12
  "  properties: { password: cert.?password ?? 'lit' }", // 13
  '}', // 14
].join('\n');

describe('Bicep null semantics', () => {
  it('an omitted nullable parameter is null: a loop over `null ?? []` makes no instance', async () => {
    const out = await parseMain(
      [
        'param names string[]?', // 1
        "resource s 'Microsoft.Web/sites@2023-12-01' = [for n in (names ?? []): { name: n }]", // 2
        "resource t 'Microsoft.Web/sites@2023-12-01' = [for n in (names ?? ['only']): { name: n }]", // 3
      ].join('\n'),
    );
    expect(sites(out).map((s) => `${s.name}${s.instance ?? ''} ${pos(s.declaration)}`)).toEqual(['only[0] 3:1-3:43']);
  });

  it('functions and operators compute on null', async () => {
    const out = await parseMain(
      [
        'param cfg object?', // 1
        'param list string[]?', // 2
        "resource a 'Microsoft.Web/sites@2023-12-01' = {", // 3
        "  name: 'a'", // 4
        '  properties: {', // 5
        '    httpsOnly: empty(cfg) && length(list) == 0 && !contains(list, \'x\')', // 6
        "    clientCertMode: cfg.?mode ?? coalesce(cfg, { m: 'Optional' }).m", // 7
        '  }', // 8
        '}', // 9
      ].join('\n'),
    );
    const a = site(out, 'a');
    expect(view(a.settings.httpsOnly)).toMatchObject({ kind: 'set', value: true, at: '6:16-6:70' });
    expect(view(a.settings.clientCertMode)).toMatchObject({ kind: 'set', value: 'Optional', at: '7:53-7:62' });
  });

  it('inside a module, null takes the parameter default and a false condition deploys nothing', async () => {
    const main = [
      'param settings object = {}', // 1
      "module api './modules/site.bicep' = {", // 2
      "  name: 'api'", // 3
      "  params: { name: 'api', mode: settings.?mode, cert: settings.?cert }", // 4
      '}', // 5
    ].join('\n');
    const out = await parseFiles({ [MAIN]: main, [MODULE]: siteModule });
    expect(out.diagnostics).toEqual([]);
    expect(view(site(out, 'api').settings.clientCertMode)).toMatchObject({ kind: 'set', value: 'Required', at: 'site.bicep@2:21-2:30' });
    expect(certificates(out)).toEqual([]);
  });

  it('an omitted nullable parameter of the outermost file is a default in all but name: a module condition false because of it keeps the resource, marked conditional', async () => {
    const main = [
      'param cert object?', // 1
      "module api './modules/site.bicep' = {", // 2
      "  name: 'api'", // 3
      "  params: { name: 'api', cert: cert }", // 4
      '}', // 5
    ].join('\n');
    const out = await parseFiles({ [MAIN]: main, [MODULE]: siteModule });
    const cert = certificates(out)[0];
    expect(cert?.conditional).toMatchObject({ expression: '!empty(cert)' });
    expect(cert?.via?.map((v) => v.name)).toEqual(['api']);
  });

  it('at the top, a false condition keeps the resource, marked conditional', async () => {
    const out = await parseFiles({ [MODULE]: siteModule }, [MODULE]);
    const cert = certificates(out)[0];
    expect(cert?.conditional).toMatchObject({ expression: '!empty(cert)' });
    expect(pos(cert?.conditional?.range)).toBe('site.bicep@11:58-11:69');
    // `cert.?password` is null: the literal after `??` is what the certificate would get.
    expect(view(cert!.settings.password)).toMatchObject({ kind: 'set', value: 'lit', at: 'site.bicep@13:45-13:49' });
  });
});
