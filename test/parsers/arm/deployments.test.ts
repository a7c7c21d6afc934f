import { describe, expect, it } from 'vitest';
import { parser } from '../../../parsers/arm/index.js';
import { certificates, parseFiles, parseFixture, pos, site, sites, snippet, view } from './helpers.js';

describe('ARM parser: nested deployments (compiled Bicep modules)', () => {
  it('finds resources inside inline templates, with the deployment chain in via', async () => {
    const out = await parseFixture('modules.json');
    expect(out.diagnostics).toEqual([]);
    expect(sites(out).map((s) => [s.name, s.via?.map((v) => `${v.name}@${pos(v.range)}`)])).toEqual([
      ['shop-web', ['webApp@14:7-14:47']],
      ['shop-legacy', ['legacy-shop@66:7-66:47']],
      ['shop-deep', ['legacy-shop@66:7-66:47', 'deeper@82:15-82:55']],
    ]);
  });

  it('inner scope: parameters take the deployment arguments, evaluated in the outer template', async () => {
    const out = await parseFixture('modules.json');
    const s = site(out, 'shop-web').settings;
    expect(view(s.httpsOnly)).toEqual({
      kind: 'set',
      value: false,
      at: '7:50-7:54',
      trail: ['property@43:30', 'parameter(httpsOnly)@31:13', 'module-argument(httpsOnly)@22:35', 'parameter(enforce)@7:5', 'parameter-default@7:50'],
    });
    expect(view(s.clientCertMode)).toEqual({
      kind: 'set',
      value: 'Optional',
      at: '23:40-23:49',
      trail: ['property@45:35', 'parameter(clientCertMode)@32:13', 'module-argument(clientCertMode)@23:40'],
    });
    // the inner variable of the same name as an outer one, from the inner parameter default
    expect(view(s.minTlsVersion)).toEqual({
      kind: 'set',
      value: '1.2',
      at: '33:63-33:67',
      trail: ['property@46:50', 'variable(tlsVersion)@36:26', 'parameter(tlsVersion)@33:13', 'parameter-default@33:63'],
    });
    // config/web child inside the module, matched by the module's own parameter
    expect(view(s.http20Enabled)).toEqual({ kind: 'set', value: true, at: '53:48-53:51', trail: ['property@53:48'] });
  });

  it('inner scope: a Key Vault reference argument is unresolved, with the secure parameter in the trail', async () => {
    const out = await parseFixture('modules.json');
    const [cert] = certificates(out);
    expect(cert?.name).toBe('shop-web-cert');
    expect(view(cert!.settings.password)).toEqual({
      kind: 'unresolved',
      at: '59:62-59:90',
      trail: ['property@59:62', 'parameter(pfxPassword,secure)@34:13', 'module-argument(pfxPassword)@24:26'],
      expression: "[parameters('pfxPassword')]",
      reason: 'Key Vault reference',
    });
  });

  it('outer scope (the default): expressions see the parent template', async () => {
    const out = await parseFixture('modules.json');
    const legacy = site(out, 'shop-legacy');
    expect(view(legacy.settings.minTlsVersion)).toEqual({ kind: 'set', value: '1.0', at: '10:19-10:23', trail: ['property@79:64', 'variable(tlsVersion)@10:5'] });
    expect(snippet(out, legacy.declaration)).toBe('"type": "Microsoft.Web/sites"');
    expect(view(site(out, 'shop-deep').settings.httpsOnly)).toEqual({ kind: 'set', value: true, at: '98:52-98:55', trail: ['property@98:52'] });
  });

  it('does not take deployment arguments for resource properties (they are module inputs)', async () => {
    const out = await parseFixture('modules.json');
    // `httpsOnly: false` passes as an argument; only the site inside the module is an entity
    expect(out.entities.map((e) => e.name)).toEqual(['shop-web', 'shop-web-cert', 'shop-legacy', 'shop-deep']);
  });
});

describe('ARM parser: deployment conditions and loops reach the resources inside', () => {
  it('marks resources of a conditional, looped nested deployment', async () => {
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      parameters: { deploy: { type: 'bool' }, names: { type: 'array', defaultValue: ['a', 'b'] } },
      resources: [
        {
          condition: "[parameters('deploy')]",
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: "[format('site-{0}', copyIndex())]",
          copy: { name: 'sites', count: "[length(parameters('names'))]" },
          properties: {
            expressionEvaluationOptions: { scope: 'inner' },
            parameters: { name: { value: "[parameters('names')[copyIndex()]]" } },
            template: {
              parameters: { name: { type: 'string' } },
              resources: [{ type: 'Microsoft.Web/sites', apiVersion: '2023-12-01', name: "[parameters('name')]", properties: {} }],
            },
          },
        },
      ],
    };
    const out = await parseFiles({ '/t/loop.json': JSON.stringify(template, null, 2) });
    expect(out.diagnostics).toEqual([]);
    expect(sites(out).map((s) => [s.name, s.instance, s.via?.map((v) => v.name), s.conditional?.expression])).toEqual([
      ['a', '[0]', ['site-0'], "[parameters('deploy')]"],
      ['b', '[1]', ['site-1'], "[parameters('deploy')]"],
    ]);
  });
});

describe('ARM parser: linked deployments (templateLink)', () => {
  const template = (link: string, copy = '') =>
    [
      '{', // 1
      '  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",', // 2
      '  "contentVersion": "1.0.0.0",', // 3
      '  "resources": [', // 4
      '    {', // 5
      '      "type": "Microsoft.Resources/deployments",', // 6
      '      "apiVersion": "2022-09-01",', // 7
      `      "name": "linked",${copy}`, // 8
      `      "properties": { "mode": "Incremental", "templateLink": ${link} }`, // 9
      '    }', // 10
      '  ]', // 11
      '}', // 12
    ].join('\n');
  const notes = async (files: Record<string, string>) =>
    (await parseFiles(files)).diagnostics.map((d) => `${d.ruleId} ${d.range.file} ${pos(d.range)} ${d.message}`);

  it('says that a linked template is not analysed, where the link names it, in the words for how it is named', async () => {
    expect(await notes({ '/infra/a.json': template('{ "relativePath": "nested/site.json" }') })).toEqual([
      "not-analysed /infra/a.json 9:80-9:97 linked template 'nested/site.json' is not analysed through this deployment: there is no such file beside this template",
    ]);
    // There, but not a template.
    expect(await notes({ '/infra/a.json': template('{ "relativePath": "nested/site.json" }'), '/infra/nested/site.json': '[]' })).toEqual([
      "not-analysed /infra/a.json 9:80-9:97 linked template 'nested/site.json' is not analysed through this deployment: it is not an ARM template (it is not a JSON object)",
      // The run lints it too, and says so on the file itself.
      'parse-error /infra/nested/site.json 1:1-1:2 an ARM template must be a JSON object',
    ]);
    expect(await notes({ '/infra/a.json': template(`{ "uri": "[uri(deployment().properties.templateLink.uri, 'nested/site.json')]" }`) })).toEqual([
      // Beside this template (where its own URI points): looked for there.
      "not-analysed /infra/a.json 9:71-9:139 linked template '[uri(deployment().properties.templateLink.uri, 'nested/site.json')]' is not analysed through this deployment: there is no such file beside this template",
    ]);
    expect(await notes({ '/infra/a.json': template(`{ "id": "[resourceId('Microsoft.Resources/templateSpecs/versions', 'site', '1.0')]" }`) })).toEqual([
      "not-analysed /infra/a.json 9:70-9:144 template spec '[resourceId('Microsoft.Resources/templateSpecs/versions', 'site', '1.0')]' is not analysed: template specs live in Azure; lint the template spec's source, where its settings are checked without the parameters this deployment passes",
    ]);
  });

  it('notes a linked deployment in a copy loop once', async () => {
    const out = await notes({ '/infra/a.json': template('{ "uri": "https://example.org/site.json" }', ' "copy": { "name": "l", "count": 3 },') });
    expect(out).toEqual([
      "not-analysed /infra/a.json 9:71-9:101 linked template 'https://example.org/site.json' is not analysed: it is downloaded at deployment; lint that template's source too, where its settings are checked without the parameters this deployment passes",
    ]);
  });
});

describe('ARM parser: templates linked by relativePath are followed', () => {
  const linked = [
    '{', // 1
    '  "parameters": { "https": { "type": "bool" }, "mode": { "type": "string", "defaultValue": "Optional" } },', // 2
    '  "resources": [', // 3
    '    {', // 4
    '      "type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "linked-app",', // 5
    '      "properties": { "httpsOnly": "[parameters(\'https\')]", "clientCertEnabled": true, "clientCertMode": "[parameters(\'mode\')]" }', // 6
    '    }', // 7
    '  ]', // 8
    '}', // 9
  ].join('\n');
  const linking = (path: string, extra = '') =>
    [
      '{', // 1
      '  "parameters": { "secure": { "type": "bool", "defaultValue": false } },', // 2
      '  "resources": [', // 3
      '    {', // 4
      `      "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "site",${extra}`, // 5
      '      "properties": {', // 6
      `        "mode": "Incremental", "templateLink": { "relativePath": "${path}" },`, // 7
      '        "parameters": { "https": { "value": "[parameters(\'secure\')]" } }', // 8
      '      }', // 9
      '    }', // 10
      '  ]', // 11
      '}', // 12
    ].join('\n');

  it('deploys the linked template with the arguments of the deployment, in its own scope, the deployment in via', async () => {
    const out = await parseFiles({ '/infra/main.json': linking('nested/site.json'), '/infra/nested/site.json': linked }, []);
    expect(out.diagnostics).toEqual([]);
    const through = sites(out).filter((s) => s.via?.length);
    expect(through.map((s) => [s.name, s.file, pos(s.declaration), s.via?.map((v) => `${v.name} ${v.range.file} ${pos(v.range)}`)])).toEqual([
      ['linked-app', '/infra/nested/site.json', '5:7-5:35', ['site /infra/main.json 5:7-5:47']],
    ]);
    const s = through[0]?.settings;
    expect(s && view(s.httpsOnly)).toEqual({
      kind: 'set',
      value: false,
      at: '2:63-2:67',
      trail: ['property@6:36', 'parameter(https)@2:19', 'module-argument(https)@8:45', 'parameter(secure)@2:19', 'parameter-default@2:63'],
    });
    // Not passed: the linked template's own default.
    expect(s && view(s.clientCertMode)).toMatchObject({ kind: 'set', value: 'Optional' });
    expect(out.calledTemplates).toEqual(['/infra/nested/site.json']);
    expect(out.texts.has('/infra/nested/site.json')).toBe(true);
  });

  it('follows a link from a linked template (../ too), once per instance of a copy loop', async () => {
    const out = await parseFiles(
      { '/infra/main.json': linking('mid/mid.json', ' "copy": { "name": "c", "count": 2 },'), '/infra/mid/mid.json': linking('../nested/site.json'), '/infra/nested/site.json': linked },
      [],
    );
    expect(out.diagnostics).toEqual([]);
    expect(sites(out).filter((s) => s.via?.length === 2).map((s) => `${s.name}${s.instance ?? ''} ${s.via?.map((v) => v.range.file).join(' > ')}`)).toEqual([
      'linked-app[0] /infra/main.json > /infra/mid/mid.json',
      'linked-app[1] /infra/main.json > /infra/mid/mid.json',
    ]);
  });

  it('counts the resources of every linked template against the instance budget; past it, the link is noted once, where it is named', async () => {
    // 60 deployments of a template with 100 resources: 49 × (1 + 100) fit in 5,000 instances, the 50th does not.
    const big = JSON.stringify({ resources: Array.from({ length: 100 }, (_, i) => ({ type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: `s${i}` })) });
    const line = (k: number) => `  { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "d${k}", "properties": { "mode": "Incremental", "templateLink": { "relativePath": "big.json" } } }`;
    const main = ['{ "resources": [', Array.from({ length: 60 }, (_, k) => line(k)).join(',\n'), '] }'].join('\n');
    const out = await parseFiles({ '/infra/main.json': main, '/infra/big.json': big }, []);
    const column = line(49).indexOf('"big.json"') + 1;
    const notes = out.diagnostics.map((d) => `${d.ruleId} ${pos(d.range)} ${d.message}`);
    expect(notes).toHaveLength(11);
    expect(notes[0]).toBe(
      `not-analysed 51:${column}-51:${column + 9} linked template 'big.json' not read: 1 instance left out (instance budget of 5000 reached, an evaluation bound of mtlslint)`,
    );
    expect(notes[10]).toMatch(/^not-analysed 61:/);
  });

  it('does not follow a link back to a template that deploys it; reports the syntax of a linked file the run does not lint', async () => {
    const cycle = await parseFiles({ '/infra/main.json': linking('main.json') });
    expect(cycle.diagnostics.map((d) => `${d.ruleId} ${pos(d.range)} ${d.message}`)).toEqual([
      "not-analysed 7:66-7:76 linked template 'main.json' is not followed: it links back to a template that deploys it, which Azure rejects",
    ]);
    const broken = await parser.parse({
      files: [{ path: '/infra/main.json', kind: 'arm-template' }],
      parameterFiles: [],
      readFile: (path) => (path === '/infra/main.json' ? { ok: true, text: linking('site.json') } : path === '/infra/site.json' ? { ok: true, text: '{ "resources": [ }' } : { ok: false, message: 'cannot read file: ENOENT', missing: true }),
    });
    // As the file would report them linted on its own (the run does not lint it here).
    expect(broken.diagnostics.map((d) => `${d.ruleId} ${d.range.file} ${pos(d.range)}`)).toEqual([
      'parse-error /infra/site.json 1:18-1:18',
      'parse-error /infra/site.json 1:19-1:19',
      'parse-error /infra/site.json 1:19-1:19',
    ]);
  });
});

describe('ARM parser: templates linked by a uri beside the linking template are followed', () => {
  const linked = '{ "resources": [ { "type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "linked-app", "properties": { "httpsOnly": false } } ] }';
  const linking = (uri: string) =>
    [
      '{', // 1
      '  "parameters": {', // 2
      '    "_artifactsLocation": { "type": "string", "defaultValue": "[deployment().properties.templateLink.uri]" },', // 3
      '    "_artifactsLocationSasToken": { "type": "securestring", "defaultValue": "" }', // 4
      '  },', // 5
      '  "resources": [', // 6
      '    {', // 7
      '      "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "site",', // 8
      `      "properties": { "mode": "Incremental", "templateLink": { "uri": "${uri}" } }`, // 9
      '    }', // 10
      '  ]', // 11
      '}', // 12
    ].join('\n');
  const followed = async (uri: string, extra: Record<string, string> = {}) => {
    const out = await parseFiles({ '/infra/main.json': linking(uri), '/infra/nested/site.json': linked, ...extra });
    return {
      through: sites(out).filter((s) => s.via?.length).map((s) => `${s.name} ${s.file}`),
      notes: out.diagnostics.map((d) => d.message.split(':')[0]),
    };
  };

  it.each([
    "[uri(deployment().properties.templateLink.uri, 'nested/site.json')]",
    "[uri(parameters('_artifactsLocation'), concat('nested/site.json', parameters('_artifactsLocationSasToken')))]",
    "[concat(uri(deployment().properties.templateLink.uri, 'nested/site.json'), '?sv=2024&sig=x')]",
    "[uri(replace(deployment().properties.templateLink.uri, ' ', '%20'), './other/../nested/site.json')]",
  ])('%s', async (uri) => {
    expect(await followed(uri)).toEqual({ through: ['linked-app /infra/nested/site.json'], notes: [] });
  });

  it('a relativePath written as an expression is followed when its value is known, noted when it is not', async () => {
    const at = (relativePath: string, extra: string) =>
      [
        '{',
        `  "parameters": { "dir": { "type": "string"${extra} } },`,
        '  "resources": [ { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "site",',
        `    "properties": { "mode": "Incremental", "templateLink": { "relativePath": "${relativePath}" } } } ]`,
        '}',
      ].join('\n');
    const known = await parseFiles({ '/infra/main.json': at("[concat(parameters('dir'), '/site.json')]", ', "defaultValue": "nested"'), '/infra/nested/site.json': linked });
    expect(known.diagnostics).toEqual([]);
    expect(sites(known).filter((s) => s.via?.length).map((s) => s.file)).toEqual(['/infra/nested/site.json']);
    const unknownPath = await parseFiles({ '/infra/main.json': at("[concat(parameters('dir'), '/site.json')]", '') });
    expect(unknownPath.diagnostics.map((d) => d.message)).toEqual([
      "linked template '[concat(parameters('dir'), '/site.json')]' is not analysed through this deployment: its path is only known at deployment; lint that template too, where its settings are checked without the parameters this deployment passes",
    ]);
  });

  it('a uri elsewhere (an _artifactsLocation a parameter file sets, a literal) is noted, not followed', async () => {
    const elsewhere = { '/infra/main.parameters.json': '{ "parameters": { "_artifactsLocation": { "value": "https://example.org/t/" } } }' };
    expect(await followed("[uri(parameters('_artifactsLocation'), 'nested/site.json')]", elsewhere)).toEqual({
      through: [],
      notes: ["linked template '[uri(parameters('_artifactsLocation'), 'nested/site.json')]' is not analysed"],
    });
    expect(await followed('file:///infra/nested/site.json')).toEqual({ through: [], notes: ["linked template 'file"] });
  });
});
