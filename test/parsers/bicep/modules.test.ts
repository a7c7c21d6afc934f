import { describe, expect, it } from 'vitest';
import { BUDGET } from '../../../parsers/shared/budget.js';
import { parser } from '../../../parsers/bicep/index.js';
import { MAIN, parseFiles, pos, site, sites, view } from './helpers.js';

const SITE_MODULE = '/infra/modules/site.bicep';

// Lines of the module: 1–4 parameters, 5 resource.
const siteModule = [
  'param name string', // 1
  'param httpsOnly bool = true', // 2
  "param mode string = 'Required'", // 3
  'param paths string = \'\'', // 4
  "resource app 'Microsoft.Web/sites@2023-12-01' = {", // 5
  '  name: name', // 6
  '  properties: {', // 7
  '    httpsOnly: httpsOnly', // 8
  '    clientCertEnabled: true', // 9
  '    clientCertMode: mode', // 10
  '    clientCertExclusionPaths: paths', // 11
  '  }', // 12
  '}', // 13
].join('\n');

describe('Bicep local modules', () => {
  it('feeds the caller’s params into the module; a passed value points at the caller’s line', async () => {
    const main = [
      "param env string = 'prod'", // 1
      "module api './modules/site.bicep' = {", // 2
      "  name: 'api-deployment'", // 3
      '  params: {', // 4
      "    name: 'api-${env}'", // 5
      '    httpsOnly: false', // 6
      "    paths: env == 'prod' ? '/health' : ''", // 7
      '  }', // 8
      '}', // 9
    ].join('\n');
    const out = await parseFiles({ [MAIN]: main, [SITE_MODULE]: siteModule });
    expect(out.diagnostics).toEqual([]);
    // The module is linted through its caller only, not again on its own with its defaults.
    expect(sites(out).map((s) => `${s.name} ${s.file} ${pos(s.declaration)}`)).toEqual(['api-prod /infra/modules/site.bicep site.bicep@5:1-5:45']);
    const s = site(out, 'api-prod');
    expect(s.via?.map((v) => `${v.name} ${pos(v.range)}`)).toEqual(['api 2:1-2:33']);
    expect(view(s.settings.httpsOnly)).toEqual({
      kind: 'set',
      value: false,
      at: '6:16-6:20',
      trail: ['property@site.bicep@8:16', 'parameter(httpsOnly)@site.bicep@2:1', 'module-argument(httpsOnly)@6:16'],
    });
    expect(view(s.settings.clientCertExclusionPaths)).toEqual({
      kind: 'set',
      value: '/health',
      at: '7:28-7:36',
      trail: ['property@site.bicep@11:31', 'parameter(paths)@site.bicep@4:1', 'module-argument(paths)@7:12', 'parameter(env)@1:1', 'parameter-default@1:20'],
    });
    // Not passed: the module's own default, in the module.
    expect(view(s.settings.clientCertMode)).toEqual({
      kind: 'set',
      value: 'Required',
      at: 'site.bicep@3:21-3:30',
      trail: ['property@site.bicep@10:21', 'parameter(mode)@site.bicep@3:1', 'parameter-default@site.bicep@3:21'],
    });
    expect(view(s.settings.clientCertEnabled)).toEqual({ kind: 'set', value: true, at: 'site.bicep@9:24-9:27', trail: ['property@site.bicep@9:24'] });
  });

  it('lints a module on its own, with its defaults, when its caller is not in the run', async () => {
    const out = await parseFiles({ [MAIN]: "module api './modules/site.bicep' = { params: { name: 'x' } }", [SITE_MODULE]: siteModule }, [SITE_MODULE]);
    const [s, ...rest] = sites(out);
    expect(rest).toEqual([]);
    expect(s?.via).toBeUndefined();
    expect(view(s!.settings.httpsOnly)).toEqual({
      kind: 'set',
      value: true,
      at: 'site.bicep@2:24-2:27',
      trail: ['property@site.bicep@8:16', 'parameter(httpsOnly)@site.bicep@2:1', 'parameter-default@site.bicep@2:24'],
    });
  });

  it('expands module loops and keeps module conditions', async () => {
    const main = [
      'param withAdmin bool', // 1
      "module apps './modules/site.bicep' = [for n in ['a', 'b']: {", // 2
      '  params: { name: n }', // 3
      '}]', // 4
      "module admin './modules/site.bicep' = if (withAdmin) {", // 5
      "  params: { name: 'admin' }", // 6
      '}', // 7
    ].join('\n');
    const out = await parseFiles({ [MAIN]: main, [SITE_MODULE]: siteModule });
    expect(sites(out).map((s) => `${s.name}${s.instance ?? ''} via=${s.via?.map((v) => v.name).join('>')} if=${s.conditional?.expression ?? '-'}`)).toEqual([
      'a[0] via=apps if=-',
      'b[1] via=apps if=-',
      'admin via=admin if=withAdmin',
    ]);
    expect(view(site(out, 'b', '[1]').settings.httpsOnly)).toMatchObject({ kind: 'set', value: true, at: 'site.bicep@2:24-2:27' });
  });

  it('checks once, looped, a loop that is empty with the defaults of the outermost file (a parameter file may fill it); not one a caller or a literal empties', async () => {
    const main = [
      'param names array = []', // 1
      "resource top 'Microsoft.Web/sites@2023-12-01' = [for n in names: {", // 2
      '  name: n', // 3
      '  properties: { httpsOnly: true }', // 4
      '}]', // 5
      "resource counted 'Microsoft.Web/sites@2023-12-01' = [for i in range(0, length(names)): { name: 'c${i}' }]", // 6
      "resource none 'Microsoft.Web/sites@2023-12-01' = [for n in []: { name: n }]", // 7
      "module passedOn './modules/loop.bicep' = { params: { names: names } }", // 8
      "module emptied './modules/loop.bicep' = { params: { names: [] } }", // 9
      "module unset './modules/loop.bicep' = {}", // 10
    ].join('\n');
    const loopModule = ['param names array = []', "resource inner 'Microsoft.Web/sites@2023-12-01' = [for n in names: { name: n }]"].join('\n');
    const out = await parseFiles({ [MAIN]: main, '/infra/modules/loop.bicep': loopModule }, [MAIN]);
    expect(sites(out).map((s) => `${s.name}${s.instance ?? ''} via=${s.via?.map((v) => v.name).join('>') ?? ''} loop=${s.looped ? `${s.looped.expression}@${pos(s.looped.range)}` : '-'}`)).toEqual([
      'top via= loop=names@2:59-2:63',
      'counted via= loop=range(0, length(names))@6:63-6:85',
      'inner via=passedOn loop=names@loop.bicep@2:61-2:65',
    ]);
    const top = sites(out)[0]!;
    expect(view(top.settings.httpsOnly)).toMatchObject({ kind: 'set', value: true });
    expect(view(top.settings.clientCertEnabled)).toMatchObject({ kind: 'absent' });
  });

  it('a config child the defaults leave out does not change a site they deploy; one in a module left out with its site does', async () => {
    const child = [
      "resource site 'Microsoft.Web/sites@2023-12-01' = { name: 'b', properties: { siteConfig: { minTlsVersion: '1.0' } } }", // 1
      "resource web 'Microsoft.Web/sites/config@2023-12-01' = { parent: site, name: 'web', properties: { minTlsVersion: '1.2' } }", // 2
    ].join('\n');
    const main = [
      'param harden bool = false', // 1
      "resource site 'Microsoft.Web/sites@2023-12-01' = { name: 'a', properties: { siteConfig: { minTlsVersion: '1.0' } } }", // 2
      "resource web 'Microsoft.Web/sites/config@2023-12-01' = if (harden) { parent: site, name: 'web', properties: { minTlsVersion: '1.2' } }", // 3
      "module hardened './modules/hardened.bicep' = if (harden) { name: 'h' }", // 4
    ].join('\n');
    const out = await parseFiles({ [MAIN]: main, '/infra/modules/hardened.bicep': child }, [MAIN]);
    expect(view(site(out, 'a').settings.minTlsVersion)).toMatchObject({ kind: 'set', value: '1.0', at: '2:106-2:110' });
    expect(view(site(out, 'b').settings.minTlsVersion)).toMatchObject({ kind: 'set', value: '1.2' });
  });

  it('follows nested modules, passing values down each call, and stops at a cycle', async () => {
    const files = {
      [MAIN]: "module outer './outer.bicep' = {\n  params: { https: false }\n}\n",
      '/infra/outer.bicep': "param https bool\nmodule inner './modules/site.bicep' = {\n  params: { name: 'deep', httpsOnly: https }\n}\nmodule loop './main.bicep' = {}\n",
      [SITE_MODULE]: siteModule,
    };
    const out = await parseFiles(files, [MAIN, '/infra/outer.bicep']);
    expect(sites(out).map((s) => `${s.name} via=${s.via?.map((v) => v.name).join('>')}`)).toEqual(['deep via=outer>inner']);
    expect(view(site(out, 'deep').settings.httpsOnly)).toEqual({
      kind: 'set',
      value: false,
      at: '2:20-2:24',
      trail: [
        'property@site.bicep@8:16',
        'parameter(httpsOnly)@site.bicep@2:1',
        'module-argument(httpsOnly)@outer.bicep@3:38',
        'parameter(https)@outer.bicep@1:1',
        'module-argument(https)@2:20',
      ],
    });
  });

  it('does not fetch registry or template-spec modules: nothing comes from them, and each says so where it is declared', async () => {
    const main = [
      "module a 'br/public:avm/res/web/site:0.3.0' = { params: { httpsOnly: false } }",
      "module b 'br:contoso.azurecr.io/bicep/site:v1' = { params: { httpsOnly: false } }",
      "module c 'ts:00000000-0000-0000-0000-000000000000/rg/spec:1.0' = { params: { httpsOnly: false } }",
      "module d 'br:contoso.azurecr.io/bicep/other:v1' = [for x in []: { params: {} }]",
    ].join('\n');
    const out = await parseFiles({ [MAIN]: main });
    expect(out.entities).toEqual([]);
    // A module that is deployed nowhere (a loop over nothing) needs no note.
    expect(out.diagnostics.map((d) => `${d.ruleId} ${pos(d.range)} ${d.message.split(':')[0]}`)).toEqual([
      'not-analysed 1:10-1:43 registry module \'br/public',
      'not-analysed 2:10-2:46 registry module \'br',
      'not-analysed 3:10-3:62 template spec module \'ts',
    ]);
  });

  it('says where a local module (Bicep or JSON) names a file that is not there or not text; the rest is linted', async () => {
    const main = [
      "module a './missing.bicep' = { params: {} }", // 1
      "module b '../gone/site.json' = { params: {} }", // 2
      "module c './utf16.bicep' = { params: {} }", // 3
      "resource s 'Microsoft.Web/sites@2023-12-01' = { name: 's' }", // 4
    ].join('\n');
    const out = await parser.parse({
      files: [{ path: MAIN, kind: 'bicep' }],
      parameterFiles: [],
      readFile: (path) =>
        path === MAIN ? { ok: true, text: main } : path === '/infra/utf16.bicep' ? { ok: false, message: 'file is encoded in UTF-16' } : { ok: false, message: 'cannot read file: ENOENT', missing: true },
    });
    expect(sites(out).map((s) => s.name)).toEqual(['s']);
    expect(out.diagnostics.map((d) => `${d.ruleId} ${pos(d.range)} ${d.message}`)).toEqual([
      "not-analysed 1:10-1:26 module './missing.bicep' is not analysed: there is no such file",
      "not-analysed 2:10-2:28 module '../gone/site.json' is not analysed: there is no such file",
      "not-analysed 3:10-3:24 module './utf16.bicep' is not analysed: it cannot be read (file is encoded in UTF-16)",
    ]);
  });
});

describe('Bicep deployment resources with a templateLink', () => {
  it('say that the linked template is not analysed, where the link names it, once for a loop (the words of ARM templates)', async () => {
    const main = [
      "resource a 'Microsoft.Resources/deployments@2022-09-01' = {", // 1
      "  name: 'a'", // 2
      "  properties: { mode: 'Incremental', templateLink: { relativePath: 'nested/site.json' } }", // 3
      '}', // 4
      "resource b 'Microsoft.Resources/deployments@2022-09-01' = [for i in range(0, 2): {", // 5
      "  name: 'b${i}'", // 6
      "  properties: { mode: 'Incremental', templateLink: { uri: 'https://example.org/site.json' } }", // 7
      '}]', // 8
    ].join('\n');
    const out = await parseFiles({ [MAIN]: main, '/infra/other/site.json': '{}' }, [MAIN]);
    expect(out.diagnostics.map((d) => `${d.ruleId} ${pos(d.range)} ${d.message}`)).toEqual([
      "not-analysed 3:68-3:85 linked template 'nested/site.json' is not analysed through this deployment: there is no such file beside this template",
      "not-analysed 7:59-7:89 linked template 'https://example.org/site.json' is not analysed: it is downloaded at deployment; lint that template's source too, where its settings are checked without the parameters this deployment passes",
    ]);
  });
});

describe('Bicep compile-time imports', () => {
  it('a value imported from a file that is not there is unknown, the file named as the import writes it (no absolute path)', async () => {
    const main = [
      "import { tls } from '../shared/tls.bicep'", // 1
      "import * as ns from './ns.bicep'", // 2
      "resource app 'Microsoft.Web/sites@2023-12-01' = {", // 3
      "  name: 'app'", // 4
      '  properties: { siteConfig: { minTlsVersion: tls, scmMinTlsVersion: ns.tls } }', // 5
      '}', // 6
    ].join('\n');
    const s = site(await parseFiles({ [MAIN]: main }), 'app').settings;
    expect(view(s.minTlsVersion)).toMatchObject({ kind: 'unresolved', at: '5:46-5:48', reason: "the file '../shared/tls.bicep' cannot be read" });
    expect(view(s.scmMinTlsVersion)).toMatchObject({ kind: 'unresolved', reason: "the file 'ns.bicep' cannot be read" });
  });

  it('an import from a file that is not there is noted where the import names it, once, whether or not its names are used', async () => {
    const main = [
      "import { tls } from '../shared/tls.bicep'", // 1
      "import * as ns from './ns.bicep'", // 2
      "import { unused } from './gone.json'", // 3
      "import { present } from './present.bicep'", // 4
      "resource app 'Microsoft.Web/sites@2023-12-01' = [for i in range(0, 2): {", // 5
      "  name: 'app${i}'", // 6
      '  properties: { siteConfig: { minTlsVersion: tls } }', // 7
      '}]', // 8
    ].join('\n');
    const out = await parseFiles({ [MAIN]: main, '/infra/present.bicep': "@export()\nvar present = 'x'\n" });
    expect(out.diagnostics.map((d) => `${d.ruleId} ${pos(d.range)} ${d.message}`)).toEqual([
      "not-analysed 1:21-1:41 import from '../shared/tls.bicep' is not analysed: there is no such file",
      "not-analysed 2:21-2:32 import from './ns.bicep' is not analysed: there is no such file",
      "not-analysed 3:24-3:36 import from './gone.json' is not analysed: there is no such file",
    ]);
  });

  it('a value imported from a JSON template is unknown, and the template is not parsed as Bicep', async () => {
    const json = '{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "contentVersion": "1.0.0.0", "resources": [] }';
    const main = ["import { mode } from './types.json'", "resource app 'Microsoft.Web/sites@2023-12-01' = { name: 'app', properties: { clientCertMode: mode } }"].join('\n');
    const out = await parseFiles({ [MAIN]: main, '/infra/types.json': json }, [MAIN]);
    expect(out.diagnostics).toEqual([]);
    expect(view(site(out, 'app').settings.clientCertMode)).toMatchObject({ kind: 'unresolved', at: '2:94-2:97', reason: "it is imported from the JSON template 'types.json', whose exports are not evaluated" });
  });

  it('reads exported variables of a local file (named, aliased, through a namespace), with their hops there', async () => {
    const files = {
      '/infra/shared.bicep': "@export()\nvar tls = { min: '1.0' }\n@export()\nvar modes = { default: 'Optional' }\nimport { cycle } from './main.bicep'\n",
      [MAIN]: [
        "import { tls, modes as m } from './shared.bicep'", // 1
        "import * as shared from './shared.bicep'", // 2
        "import { cfg } from 'br/public:avm/utl/types:0.1.0'", // 3
        "@export()\nvar cycle = 1", // 4–5
        "resource app 'Microsoft.Web/sites@2023-12-01' = {", // 6
        "  name: 'app'", // 7
        '  properties: {', // 8
        '    clientCertMode: m.default', // 9
        '    clientCertExclusionPaths: cfg.paths', // 10
        '    siteConfig: { minTlsVersion: tls.min, scmMinTlsVersion: shared.tls.min }', // 11
        '  }', // 12
        '}', // 13
      ].join('\n'),
    };
    const out = await parseFiles(files, [MAIN]);
    const s = site(out, 'app').settings;
    expect(view(s.clientCertMode)).toEqual({
      kind: 'set',
      value: 'Optional',
      at: 'shared.bicep@4:24-4:33',
      trail: ['property@9:21', 'variable(modes)@shared.bicep@4:1'],
    });
    expect(view(s.minTlsVersion)).toEqual({ kind: 'set', value: '1.0', at: 'shared.bicep@2:18-2:22', trail: ['property@11:34', 'variable(tls)@shared.bicep@2:1'] });
    expect(view(s.scmMinTlsVersion)).toMatchObject({ kind: 'set', value: '1.0', at: 'shared.bicep@2:18-2:22' });
    expect(view(s.clientCertExclusionPaths)).toMatchObject({ kind: 'unresolved', expression: 'cfg.paths' });
  });
});

describe('Bicep module fan-out is bounded by the run-wide instance budget', () => {
  // Each mid instance costs 1 + 49 × (module + site) = 99 instances: 50 fit in BUDGET.instances (5,000), the 51st in part.
  const files = {
    [MAIN]: "module a './mid.bicep' = [for i in range(0, 52): { name: 'a${i}', params: { p: 'a${i}' } }]", // 1
    '/infra/mid.bicep': ['param p string', "module b './leaf.bicep' = [for j in range(0, 49): { name: 'b${j}', params: { n: '${p}-${j}' } }]"].join('\n'),
    '/infra/leaf.bicep': ['param n string', "resource site 'Microsoft.Web/sites@2023-12-01' = {", '  name: n', '  properties: { httpsOnly: false }', '}'].join('\n'),
  };

  it('notes each cut at the declaration, with how many instances were left out, and keeps the instances within it', async () => {
    expect(BUDGET.instances).toBe(5_000);
    const out = await parseFiles(files, [MAIN]);
    const why = '(instance budget of 5000 reached, an evaluation bound of mtlslint)';
    expect(out.diagnostics.map((d) => `${d.ruleId} ${d.range.file} ${pos(d.range)} ${d.message}`)).toEqual([
      // Instance 51 of `a`: 24 modules and their sites fit (4,950 + 1 + 48), the 25th module fits but not its site.
      `not-analysed /infra/leaf.bicep leaf.bicep@2:1-2:46 resource 'site' not read: 1 instance left out ${why}`,
      `not-analysed /infra/mid.bicep mid.bicep@2:1-2:23 module 'b' not read: 24 instances left out ${why}`,
      `not-analysed /infra/main.bicep 1:1-1:22 module 'a' not read: 1 instance left out ${why}`,
    ]);
    const names = sites(out).map((s) => s.name);
    expect(names).toHaveLength(50 * 49 + 24);
    expect(names).toContain('a49-48');
    expect(names).toContain('a50-23');
    expect(names).not.toContain('a50-24');
    // A site within the budget is read in full.
    const first = site(out, 'a0-0', '[0][0]');
    expect(pos(first.declaration)).toBe('leaf.bicep@2:1-2:46');
    expect(view(first.settings.httpsOnly)).toMatchObject({ kind: 'set', value: false, at: 'leaf.bicep@4:28-4:32' });
  });

  it('counts a large resource loop inside a module: checked once as written past the bound', async () => {
    const loop = ['param p string', "resource site 'Microsoft.Web/sites@2023-12-01' = [for j in range(0, 100): {", "  name: '${p}-${j}'", '  properties: { httpsOnly: false }', '}]'].join('\n');
    // 49 × (1 + 100) = 4,949; the 50th and 51st modules fit but not their 100 sites: one site each, as written (one note per place).
    const out = await parseFiles({ [MAIN]: "module a './mid.bicep' = [for i in range(0, 51): { name: 'a${i}', params: { p: 'a${i}' } }]", '/infra/mid.bicep': loop }, [MAIN]);
    expect(out.diagnostics.map((d) => `${d.range.file} ${pos(d.range)} ${d.message}`)).toEqual([
      "/infra/mid.bicep mid.bicep@2:1-2:46 resource 'site' loop not read: 99 instances left out (instance budget of 5000 reached, an evaluation bound of mtlslint); its resource is checked once, as written",
    ]);
    expect(sites(out)).toHaveLength(49 * 100 + 2);
    expect(sites(out).map((s) => s.name)).toContain('a48-99');
    // The two loops checked as written: their names depend on the loop variable, so they are not known.
    expect(sites(out).filter((s) => !/^a\d+-\d+$/.test(s.name)).map((s) => `${s.name}${s.instance}`)).toEqual(['site[49]', 'site[50]']);
  });
});
