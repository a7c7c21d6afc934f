import { describe, expect, it } from 'vitest';
import { certificates, parseMain, pos, site, sites, view } from './helpers.js';

describe('Bicep mapping: resources', () => {
  it('maps a site: identity, declaration head, version, kind, absent settings at the head', async () => {
    const out = await parseMain("// a site\nresource app 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'api'\n  kind: 'functionapp,linux'\n}\n");
    const s = site(out, 'api');
    expect({ format: s.format, file: s.file, type: s.resourceType, kind: s.kind, version: s.version, decl: pos(s.declaration) }).toEqual({
      format: 'bicep',
      file: '/infra/main.bicep',
      type: 'Microsoft.Web/sites',
      kind: 'functionApp',
      version: '2023-12-01',
      decl: '2:1-2:45',
    });
    expect(view(s.settings.httpsOnly)).toEqual({ kind: 'absent', at: '2:1-2:45', default: false });
    expect(view(s.settings.http20Enabled)).toEqual({ kind: 'absent', at: '2:1-2:45', default: 'unknown' });
  });

  it('names a site by its symbol when its name is known to be empty (a default of \'\' set at deployment)', async () => {
    const out = await parseMain("param siteName string = ''\nresource webSite 'Microsoft.Web/sites@2023-12-01' = {\n  name: siteName\n}\nresource slot 'Microsoft.Web/sites/slots@2023-12-01' = {\n  parent: webSite\n  name: 'blue'\n}\n");
    expect(sites(out).map((s) => [s.name, s.resourceType, pos(s.declaration)])).toEqual([
      ['webSite', 'Microsoft.Web/sites', '2:1-2:49'],
      ['slot', 'Microsoft.Web/sites/slots', '5:1-5:52'],
    ]);
  });

  it('compares the type without case and ignores look-alikes and existing resources', async () => {
    const code = [
      "resource a 'microsoft.web/SITES@2022-03-01' = { name: 'a' }", // 1
      "resource b 'Microsoft.Web/sitesX@2022-03-01' = { name: 'b' }", // 2
      "resource c 'Microsoft.Web/serverfarms@2022-03-01' = { name: 'c' }", // 3
      "resource d 'Microsoft.Web/sites@2022-03-01' existing = { name: 'd' }", // 4
      "resource e 'Microsoft.Web/sites/hostNameBindings@2022-03-01' = { name: 'a/x' }", // 5
      "resource f 'Microsoft.Web/staticSites@2022-03-01' = { name: 'f' }", // 6
      "resource g 'Microsoft.Web/certificates@2022-03-01' existing = { name: 'g' }", // 7
    ].join('\n');
    const out = await parseMain(code);
    expect(out.entities.map((e) => `${e.resourceType} ${e.name} ${pos(e.declaration)}`)).toEqual(['Microsoft.Web/sites a 1:1-1:43']);
  });

  it('names a site by its symbol when the name is only known at deployment', async () => {
    const out = await parseMain("resource app 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'app-${uniqueString(resourceGroup().id)}'\n}\n");
    expect(sites(out).map((s) => s.name)).toEqual(['app']);
  });

  it('marks a site under an unknown or false condition conditional, and not under a true one', async () => {
    const code = [
      'param deploy bool', // 1
      'param never bool = false', // 2
      "resource a 'Microsoft.Web/sites@2023-12-01' = if (deploy) { name: 'a' }", // 3
      "resource b 'Microsoft.Web/sites@2023-12-01' = if (never) { name: 'b' }", // 4
      "resource c 'Microsoft.Web/sites@2023-12-01' = if (!never) { name: 'c' }", // 5
    ].join('\n');
    const out = await parseMain(code);
    const conditional = (n: string) => {
      const c = site(out, n).conditional;
      return c ? `${c.expression} ${pos(c.range)}` : undefined;
    };
    expect([conditional('a'), conditional('b'), conditional('c')]).toEqual(['deploy 3:51-3:56', 'never 4:51-4:55', undefined]);
  });

  it('expands a loop over a literal array (or a parameter holding one) into one site per element', async () => {
    const code = [
      "param regions array = ['eu', 'us']", // 1
      "resource a 'Microsoft.Web/sites@2023-12-01' = [for r in regions: {", // 2
      "  name: 'app-${r}'", // 3
      '  properties: {', // 4
      "    httpsOnly: r == 'eu'", // 5
      '  }', // 6
      '}]', // 7
      "resource b 'Microsoft.Web/sites@2023-12-01' = [for (x, i) in ['one', 'two']: if (i > 0) {", // 8
      "  name: x", // 9
      '}]', // 10
    ].join('\n');
    const out = await parseMain(code);
    expect(sites(out).map((s) => `${s.name}${s.instance} ${pos(s.declaration)} ${s.conditional ? 'if' : '-'}`)).toEqual([
      'app-eu[0] 2:1-2:43 -',
      'app-us[1] 2:1-2:43 -',
      'one[0] 8:1-8:43 if',
      'two[1] 8:1-8:43 -',
    ]);
    expect(view(site(out, 'app-eu', '[0]').settings.httpsOnly)).toEqual({
      kind: 'set',
      value: true,
      at: '5:16-5:24',
      trail: ['property@5:16', 'parameter(regions)@1:1', 'parameter-default@1:23'],
    });
    expect(view(site(out, 'app-us', '[1]').settings.httpsOnly)).toMatchObject({ kind: 'set', value: false, at: '5:16-5:24' });
  });

  it('keeps a loop over values only known at deployment as one looped site', async () => {
    const code = [
      'param regions array', // 1
      "resource a 'Microsoft.Web/sites@2023-12-01' = [for r in regions: {", // 2
      "  name: 'app-${r}'", // 3
      '  properties: {', // 4
      "    httpsOnly: r == 'eu'", // 5
      '    clientCertEnabled: true', // 6
      '  }', // 7
      '}]', // 8
    ].join('\n');
    const out = await parseMain(code);
    const [s, ...rest] = sites(out);
    expect(rest).toEqual([]);
    expect({ name: s?.name, instance: s?.instance, looped: s?.looped && `${s.looped.expression} ${pos(s.looped.range)}` }).toEqual({
      name: 'a',
      instance: undefined,
      looped: 'regions 2:57-2:63',
    });
    expect(view(s!.settings.httpsOnly)).toMatchObject({ kind: 'unresolved', at: '5:16-5:24', expression: "r == 'eu'" });
    expect(view(s!.settings.clientCertEnabled)).toEqual({ kind: 'set', value: true, at: '6:24-6:27', trail: ['property@6:24'] });
  });

  it('maps nested slots and config children, `parent:` children and children named after the site', async () => {
    const code = [
      "param siteName string = 'shop'", // 1
      "resource app 'Microsoft.Web/sites@2023-12-01' = {", // 2
      '  name: siteName', // 3
      '  properties: {', // 4
      "    siteConfig: { minTlsVersion: '1.2', http20Enabled: true }", // 5
      '  }', // 6
      "  resource staging 'slots' = {", // 7
      "    name: 'staging'", // 8
      "    properties: { clientCertMode: 'Optional' }", // 9
      "    resource stagingWeb 'config@2023-12-01' = {", // 10
      "      name: 'web'", // 11
      "      properties: { minTlsVersion: '1.0' }", // 12
      '    }', // 13
      '  }', // 14
      '}', // 15
      "resource web 'Microsoft.Web/sites/config@2023-12-01' = {", // 16
      '  parent: app', // 17
      "  name: 'web'", // 18
      "  properties: { minTlsVersion: '1.1' }", // 19
      '}', // 20
      "resource settings 'Microsoft.Web/sites/config@2023-12-01' = {", // 21
      "  name: '${app.name}/appsettings'", // 22
      "  properties: { WEBSITE_LOAD_CERTIFICATES: '*' }", // 23
      '}', // 24
      "resource qa 'Microsoft.Web/sites/slots@2023-12-01' = {", // 25
      "  name: '${siteName}/qa'", // 26
      '}', // 27
    ].join('\n');
    const out = await parseMain(code);
    expect(sites(out).map((s) => `${s.resourceType} ${s.name} ${pos(s.declaration)} slotOf=${s.slotOf ? `${s.slotOf.name}@${pos(s.slotOf.range)}` : '-'}`)).toEqual([
      'Microsoft.Web/sites shop 2:1-2:45 slotOf=-',
      'Microsoft.Web/sites/slots shop/staging 7:3-7:26 slotOf=shop@2:1-2:45',
      'Microsoft.Web/sites/slots shop/qa 25:1-25:50 slotOf=shop@2:1-2:45',
    ]);
    const app = site(out, 'shop').settings;
    // config/web overrides siteConfig key by key; appsettings replaces the app settings.
    expect(view(app.minTlsVersion)).toEqual({ kind: 'set', value: '1.1', at: '19:32-19:36', trail: ['property@19:32'] });
    expect(view(app.http20Enabled)).toEqual({ kind: 'set', value: true, at: '5:56-5:59', trail: ['property@5:56'] });
    expect(view(app.loadCertificates)).toEqual({ kind: 'set', value: '*', at: '23:44-23:46', trail: ['property@23:44'] });
    const staging = site(out, 'shop/staging').settings;
    expect(view(staging.minTlsVersion)).toEqual({ kind: 'set', value: '1.0', at: '12:36-12:40', trail: ['property@12:36'] });
    expect(view(staging.clientCertMode)).toEqual({ kind: 'set', value: 'Optional', at: '9:35-9:44', trail: ['property@9:35'] });
    expect(view(site(out, 'shop/qa').settings.minTlsVersion)).toEqual({ kind: 'absent', at: '25:1-25:50', default: '1.2' });
  });

  it('a nested resource that writes its type in full is an error (BCP156), said once however often its file is evaluated, and not mapped', async () => {
    const code = [
      "resource app 'Microsoft.Web/sites@2023-12-01' = [for i in range(0, 2): {", // 1
      "  name: 'app${i}'", // 2
      "  resource staging 'Microsoft.Web/sites/slots@2023-12-01' = {", // 3
      "    name: 'staging'", // 4
      '    properties: { clientCertEnabled: true }', // 5
      '  }', // 6
      '}]', // 7
    ].join('\n');
    const out = await parseMain(code);
    expect(sites(out).map((s) => `${s.resourceType} ${s.name}${s.instance ?? ''}`)).toEqual(['Microsoft.Web/sites app0[0]', 'Microsoft.Web/sites app1[1]']);
    expect(out.diagnostics.map((d) => `${d.ruleId} ${pos(d.range)} ${d.message}`)).toEqual([
      "parse-error 3:20-3:57 The nested resource 'staging' has the type 'Microsoft.Web/sites/slots@2023-12-01', which Bicep rejects: a resource declared inside another names only its own type segment, as 'slots@2023-12-01'. (BCP156)",
    ]);
  });

  it("a slot named '${site.name}/staging' belongs to that site, whatever the site's name is", async () => {
    const code = [
      "resource app 'Microsoft.Web/sites@2023-12-01' = { name: 'app-${uniqueString(resourceGroup().id)}' }", // 1
      "resource staging 'Microsoft.Web/sites/slots@2023-12-01' = {", // 2
      "  name: '${app.name}/staging'", // 3
      "  properties: { httpsOnly: true }", // 4
      '}', // 5
    ].join('\n');
    const out = await parseMain(code);
    expect(sites(out).map((s) => `${s.resourceType} ${s.name} slotOf=${s.slotOf ? `${s.slotOf.name}@${pos(s.slotOf.range)}` : '-'}`)).toEqual([
      'Microsoft.Web/sites app slotOf=-',
      'Microsoft.Web/sites/slots staging slotOf=app@1:1-1:45',
    ]);
  });

  it('matches a config child to its site by an unknown name expression', async () => {
    const code = [
      'param siteName string', // 1
      "resource app 'Microsoft.Web/sites@2023-12-01' = { name: siteName }", // 2
      "resource web 'Microsoft.Web/sites/config@2023-12-01' = {", // 3
      "  name: '${siteName}/web'", // 4
      "  properties: { minTlsVersion: '1.0' }", // 5
      '}', // 6
    ].join('\n');
    const out = await parseMain(code);
    const [s] = sites(out);
    expect(s?.name).toBe('app');
    expect(view(s!.settings.minTlsVersion)).toEqual({ kind: 'set', value: '1.0', at: '5:32-5:36', trail: ['property@5:32'] });
  });

  it('config children of an existing site deployed nowhere: only what the config writes is checked, and a note says why', async () => {
    const code = [
      "resource app 'Microsoft.Web/sites@2023-12-01' existing = {", // 1
      "  name: 'legacy'", // 2
      "  resource web 'config' = {", // 3
      "    name: 'web'", // 4
      "    properties: { minTlsVersion: '1.0' }", // 5
      '  }', // 6
      '}', // 7
    ].join('\n');
    const out = await parseMain(code);
    // No entity for the site itself: the config's own values are checked on an entity of the config.
    expect(sites(out).map((e) => `${e.resourceType} ${e.name} ${e.symbol} ${pos(e.declaration)}`)).toEqual(['Microsoft.Web/sites legacy web 3:3-3:23']);
    const s = site(out, 'legacy');
    expect(view(s.settings.minTlsVersion)).toEqual({ kind: 'set', value: '1.0', at: '5:34-5:38', trail: ["config(Microsoft.Web/sites/config 'web')@3:3", 'property@5:34'] });
    // What the site writes is not in this file: unknown, and said once by the note instead of once per setting.
    expect(s.settings.httpsOnly).toMatchObject({ kind: 'unresolved', noted: true, expression: 'legacy' });
    expect(out.diagnostics.map((d) => `${d.ruleId} ${pos(d.range)} ${d.message}`)).toEqual([
      "unresolved-setting 3:3-3:23 Microsoft.Web/sites/config 'web' cannot be tied to a site of this deployment: site 'legacy' is only referenced as existing, not deployed here. The values it writes are checked here; the site's other settings are not.",
    ]);
  });

  it('maps certificates: a @secure() parameter, a plain one, a literal and a Key Vault reference', async () => {
    const code = [
      '@secure()', // 1
      "param pfx string = 'MIIB'", // 2
      "param password string = 'hunter2'", // 3
      "resource secure 'Microsoft.Web/certificates@2023-12-01' = {", // 4
      "  name: 'secure'", // 5
      '  properties: {', // 6
      '    pfxBlob: pfx', // 7
      '    password: password', // 8
      '  }', // 9
      '}', // 10
      "resource inline 'Microsoft.Web/certificates@2023-12-01' = {", // 11
      "  name: 'inline'", // 12
      "  properties: { pfxBlob: 'MIIC', password: 'pw' }", // 13
      '}', // 14
      "resource vault 'Microsoft.Web/certificates@2023-12-01' = {", // 15
      "  name: 'vault'", // 16
      "  properties: { keyVaultId: '/subscriptions/x/vaults/kv', keyVaultSecretName: 'cert' }", // 17
      '}', // 18
    ].join('\n');
    const out = await parseMain(code);
    const [secure, inline, vault] = certificates(out);
    expect(secure?.name).toBe('secure');
    expect(pos(secure?.declaration)).toBe('4:1-4:55');
    expect(view(secure!.settings.pfxBlob)).toEqual({ kind: 'set', value: 'MIIB', at: '2:20-2:25', trail: ['property@7:14', 'parameter(pfx,secure)@2:1', 'parameter-default@2:20'] });
    expect(view(secure!.settings.password)).toEqual({
      kind: 'set',
      value: 'hunter2',
      at: '3:25-3:33',
      trail: ['property@8:15', 'parameter(password)@3:1', 'parameter-default@3:25'],
    });
    expect(secure!.settings.password.kind === 'set' && secure!.settings.password.trail[1]?.secure).toBe(false);
    expect(view(inline!.settings.pfxBlob)).toEqual({ kind: 'set', value: 'MIIC', at: '13:26-13:31', trail: ['property@13:26'] });
    expect(view(vault!.settings.keyVaultSecret)).toMatchObject({ kind: 'set', value: '/subscriptions/x/vaults/kv', at: '17:29-17:56' });
    expect(view(vault!.settings.pfxBlob)).toEqual({ kind: 'absent', at: '15:1-15:54', default: '' });
  });
});

describe('Bicep parser output: directives and syntax errors', () => {
  it('hands over directives and still maps the rest of a file with a syntax error', async () => {
    const code = [
      'var broken = 1 +', // 1
      '// mtlslint-disable-next-line https-only -- behind a gateway', // 2
      "resource app 'Microsoft.Web/sites@2023-12-01' = {", // 3
      "  name: 'app'", // 4
      '  properties: { httpsOnly: false }', // 5
      '}', // 6
    ].join('\n');
    const out = await parseMain(code);
    expect(out.directives.map((d) => ({ line: d.range.start.line, rules: d.rules, reason: d.reason, target: d.targetLine }))).toEqual([
      { line: 2, rules: ['https-only'], reason: 'behind a gateway', target: 3 },
    ]);
    expect(out.diagnostics.map((d) => `${d.message} ${pos(d.range)}`)).toEqual([
      'Expected a literal value, an array, an object, a parenthesized expression, or a function call at this location. (BCP009) 1:17-1:17',
    ]);
    expect(view(site(out, 'app').settings.httpsOnly)).toMatchObject({ kind: 'set', value: false, at: '5:28-5:32' });
  });
});

describe('Bicep mapping: declaration ranges', () => {
  it('a symbol named like its keyword still gets the whole head', async () => {
    const out = await parseMain("@description('x')\nresource resource 'Microsoft.Web/sites@2023-12-01' = { name: 'r' }\n");
    expect(pos(sites(out)[0]?.declaration)).toBe('2:1-2:50');
  });
});
